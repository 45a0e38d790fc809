// An investment's phase is derived from its review history, never stored: the history is the
// truth, and "as of a date" is the same derivation cut off at that date.
import type { GateDef, GateReview, Id, IsoDate } from './model';

export type PhaseStatus = 'active' | 'waiting' | 'stopped' | 'realised';

export interface PhaseState {
  /** Index into the workspace's gate list of the phase the investment is in. */
  gateIndex: number;
  status: PhaseStatus;
  /** The review that decided the current state, if any. */
  lastReview: GateReview | null;
}

export const INITIAL_PHASE: PhaseState = { gateIndex: 0, status: 'active', lastReview: null };

/** Order in which reviews take effect: by decision date, then by when they were recorded. */
export function compareReviews(a: GateReview, b: GateReview): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Reviews still in force: a correction replaces the review it corrects (and, transitively, what
 * that one corrected). Only reviews dated on or before `asOf` count, when given.
 */
export function effectiveReviews(reviews: GateReview[], asOf?: IsoDate | null): GateReview[] {
  const visible = asOf ? reviews.filter((r) => r.date <= asOf) : reviews;
  const corrected = new Set<Id>();
  for (const r of visible) if (r.correctsReviewId) corrected.add(r.correctsReviewId);
  return visible.filter((r) => !corrected.has(r.id)).sort(compareReviews);
}

function gateIndexOf(gates: GateDef[], review: GateReview): number {
  const byId = gates.findIndex((g) => g.id === review.gateId);
  if (byId >= 0) return byId;
  // The gate was removed or replaced since: fall back to its code, then to the start.
  const byCode = gates.findIndex((g) => g.code === review.gateCode);
  return byCode >= 0 ? byCode : 0;
}

/** Phase of one investment from its reviews (in any order), optionally as of a date. */
export function derivePhase(reviews: GateReview[], gates: GateDef[], asOf?: IsoDate | null): PhaseState {
  let state: PhaseState = INITIAL_PHASE;
  const last = Math.max(gates.length - 1, 0);
  for (const review of effectiveReviews(reviews, asOf)) {
    const at = gateIndexOf(gates, review);
    if (review.decision === 'pass') {
      state = at >= last
        ? { gateIndex: last, status: 'realised', lastReview: review }
        : { gateIndex: at + 1, status: 'active', lastReview: review };
    } else {
      state = { gateIndex: at, status: review.decision === 'wait' ? 'waiting' : 'stopped', lastReview: review };
    }
  }
  return state;
}

/** Groups reviews by investment once, so deriving every phase is linear in the reviews. */
export function reviewsByInvestment(reviews: Iterable<GateReview>): Map<Id, GateReview[]> {
  const out = new Map<Id, GateReview[]>();
  for (const r of reviews) {
    const list = out.get(r.investmentId);
    if (list) list.push(r);
    else out.set(r.investmentId, [r]);
  }
  return out;
}

export function derivePhases(
  investmentIds: Iterable<Id>,
  reviews: Iterable<GateReview>,
  gates: GateDef[],
  asOf?: IsoDate | null,
): Map<Id, PhaseState> {
  const grouped = reviewsByInvestment(reviews);
  const out = new Map<Id, PhaseState>();
  for (const id of investmentIds) out.set(id, derivePhase(grouped.get(id) ?? [], gates, asOf));
  return out;
}

export type PhaseDeriver = (
  investmentIds: Iterable<Id>,
  grouped: Map<Id, GateReview[]>,
  gates: GateDef[],
  asOf?: IsoDate | null,
) => Map<Id, PhaseState>;

const NO_REVIEWS: GateReview[] = [];

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * derivePhases for a document that changes one edit at a time (`grouped` from reviewsByInvestment):
 * an investment is derived again only when its reviews changed (by identity) or it is new, and a
 * result equal to the previous one is the previous Map itself, so memos downstream hold. At 50,000
 * investments an edit of one otherwise re-derived all of them.
 */
export function createPhaseDeriver(): PhaseDeriver {
  let cache = new Map<Id, { reviews: GateReview[]; phase: PhaseState }>();
  let last = new Map<Id, PhaseState>();
  let lastGates: GateDef[] | null = null;
  let lastAsOf: IsoDate | null = null;
  return (investmentIds, grouped, gates, asOf = null) => {
    if (gates !== lastGates || asOf !== lastAsOf) {
      cache = new Map();
      lastGates = gates;
      lastAsOf = asOf;
    }
    const out = new Map<Id, PhaseState>();
    let changed = false;
    for (const id of investmentIds) {
      const reviews = grouped.get(id) ?? NO_REVIEWS;
      let entry = cache.get(id);
      if (!entry || !sameItems(entry.reviews, reviews)) {
        entry = { reviews, phase: derivePhase(reviews, gates, asOf) };
        cache.set(id, entry);
      }
      out.set(id, entry.phase);
      if (!changed && last.get(id) !== entry.phase) changed = true;
    }
    if (!changed && out.size === last.size) return last;
    // Forget deleted investments, so the cache does not grow with every id ever seen.
    if (cache.size > out.size) for (const id of cache.keys()) if (!out.has(id)) cache.delete(id);
    last = out;
    return out;
  };
}
