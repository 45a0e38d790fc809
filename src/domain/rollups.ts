// What an area's programme adds up to: money, counts, the balance of benefits and goals, and how
// far its budget has come. Computed from the investments and their derived phases, so "as of a
// date" rollups come from passing phases derived as of that date.
import type { BenefitDimension, Budget, GateDef, Id, Investment, InvestmentKind, PlatsenDocument, Rating } from './model';
import { BENEFIT_DIMENSIONS } from './model';
import { INITIAL_PHASE, type PhaseState, type PhaseStatus } from './phase';

/** Sums of a group of investments: how many, and their budget lines in SEK. */
export interface Tally extends Budget {
  count: number;
}

export interface BenefitBalance {
  /** Investments whose expected benefit in this dimension is written down. */
  described: number;
  /** Investments whose latest review rated this dimension (not "not assessed"). */
  rated: number;
  /** Mean of those ratings from -2 (negative) to 2 (strong); null when none is rated. */
  meanRating: number | null;
}

export interface AreaRollup {
  /** null for the investments outside every area. */
  areaId: Id | null;
  total: Tally;
  byKind: Record<InvestmentKind, Tally>;
  /** Keyed by department id; null for investments without a department. */
  byDepartment: Map<Id | null, Tally>;
  /** One entry per gate of the workspace, by the index of the phase the investments are in. */
  byPhase: Tally[];
  byStatus: Record<PhaseStatus, number>;
  benefits: Record<BenefitDimension, BenefitBalance>;
  /** Agenda 2030 goal -> number of investments linked to it. */
  sdgCoverage: Map<number, number>;
  /**
   * Share (0–1) of the investment budget in phases past the implementation gate, or realised;
   * null when the budget is zero or the workspace has no implementation gate.
   */
  progress: number | null;
}

export interface AllAreaRollups {
  byArea: Map<Id, AreaRollup>;
  noArea: AreaRollup;
}

export const IMPLEMENTATION_GATE_CODE = 'G3';

export const RATING_SCORE: Readonly<Record<Exclude<Rating, 'notAssessed'>, number>> = {
  strong: 2, positive: 1, neutral: 0, weak: -1, negative: -2,
};

function emptyTally(): Tally {
  return { count: 0, investment: 0, operatingPerYear: 0, externalFunding: 0 };
}

function addTo(t: Tally, b: Budget): void {
  t.count += 1;
  t.investment += b.investment;
  t.operatingPerYear += b.operatingPerYear;
  t.externalFunding += b.externalFunding;
}

/** The area an investment counts for: one that no longer exists counts as no area. */
function rollupAreaOf(doc: PlatsenDocument, inv: Investment): Id | null {
  return inv.areaId !== null && doc.areas[inv.areaId] ? inv.areaId : null;
}

function rollupOf(areaId: Id | null, investments: Investment[], phases: Map<Id, PhaseState>, gates: GateDef[]): AreaRollup {
  const out: AreaRollup = {
    areaId,
    total: emptyTally(),
    byKind: { physical: emptyTally(), social: emptyTally() },
    byDepartment: new Map(),
    byPhase: gates.map(emptyTally),
    byStatus: { active: 0, waiting: 0, stopped: 0, realised: 0 },
    benefits: Object.fromEntries(BENEFIT_DIMENSIONS.map((d) => [d, { described: 0, rated: 0, meanRating: null }])) as Record<BenefitDimension, BenefitBalance>,
    sdgCoverage: new Map(),
    progress: null,
  };
  const ratingSums = { environmental: 0, social: 0, economic: 0 };
  const implementation = gates.findIndex((g) => g.code === IMPLEMENTATION_GATE_CODE);
  let pastImplementation = 0;

  for (const inv of investments) {
    const phase = phases.get(inv.id) ?? INITIAL_PHASE;
    addTo(out.total, inv.budget);
    addTo(out.byKind[inv.kind], inv.budget);
    const dept = out.byDepartment.get(inv.departmentId) ?? emptyTally();
    addTo(dept, inv.budget);
    out.byDepartment.set(inv.departmentId, dept);
    const phaseTally = out.byPhase[phase.gateIndex];
    if (phaseTally) addTo(phaseTally, inv.budget);
    out.byStatus[phase.status] += 1;

    for (const d of BENEFIT_DIMENSIONS) {
      if (inv.expectedBenefits[d].trim()) out.benefits[d].described += 1;
      const rating = phase.lastReview?.benefitRatings[d];
      if (rating && rating !== 'notAssessed') {
        out.benefits[d].rated += 1;
        ratingSums[d] += RATING_SCORE[rating];
      }
    }
    // A goal listed twice on one investment still counts that investment once.
    for (const sdg of new Set(inv.sdgs)) out.sdgCoverage.set(sdg, (out.sdgCoverage.get(sdg) ?? 0) + 1);
    if (implementation >= 0 && (phase.gateIndex > implementation || phase.status === 'realised')) {
      pastImplementation += inv.budget.investment;
    }
  }

  for (const d of BENEFIT_DIMENSIONS) {
    const b = out.benefits[d];
    b.meanRating = b.rated ? ratingSums[d] / b.rated : null;
  }
  if (implementation >= 0 && out.total.investment > 0) out.progress = pastImplementation / out.total.investment;
  return out;
}

/** The rollup of one area's programme; areaId null gives the investments outside every area. */
export function areaRollup(doc: PlatsenDocument, areaId: Id | null, phases: Map<Id, PhaseState>, gates: GateDef[]): AreaRollup {
  const mine = Object.values(doc.investments).filter((inv) => rollupAreaOf(doc, inv) === areaId);
  return rollupOf(areaId, mine, phases, gates);
}

/** Every area's rollup (areas without investments included) and the no-area bucket, in one pass. */
export function allAreaRollups(doc: PlatsenDocument, phases: Map<Id, PhaseState>, gates: GateDef[]): AllAreaRollups {
  const grouped = new Map<Id | null, Investment[]>([[null, []]]);
  for (const id of Object.keys(doc.areas)) grouped.set(id, []);
  for (const inv of Object.values(doc.investments)) grouped.get(rollupAreaOf(doc, inv))!.push(inv);
  const byArea = new Map<Id, AreaRollup>();
  for (const id of Object.keys(doc.areas)) byArea.set(id, rollupOf(id, grouped.get(id)!, phases, gates));
  return { byArea, noArea: rollupOf(null, grouped.get(null)!, phases, gates) };
}
