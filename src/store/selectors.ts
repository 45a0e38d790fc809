// Derived views of the state, memoised on the identity of their inputs (documents are immutable),
// so the map, the list and the board share one computation per change.
import { filterInvestments } from '../domain/filter';
import type { GateDef, Id, Investment, PlatsenDocument } from '../domain/model';
import { workspaceOf } from '../domain/model';
import { DEFAULT_GATES } from '../domain/gates';
import { createPhaseDeriver, reviewsByInvestment, type PhaseState } from '../domain/phase';
import { gateDecisionRight, hasRole } from '../domain/governance';
import type { PlatsenState } from './store';

function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

export function gatesOf(doc: PlatsenDocument): GateDef[] {
  return workspaceOf(doc)?.settings.gates ?? DEFAULT_GATES;
}

const groupedReviews = memo((reviews: PlatsenDocument['reviews']) => reviewsByInvestment(Object.values(reviews)));
// Remembers each investment's phase: an edit of one investment no longer derives all of them, and
// leaves the phases Map itself unchanged, so the map and the board need not rebuild either.
const derivePhases = createPhaseDeriver();
const phasesMemo = memo((investments: PlatsenDocument['investments'], reviews: PlatsenDocument['reviews'], gates: GateDef[], asOf: string | null) =>
  derivePhases(Object.keys(investments), groupedReviews(reviews), gates, asOf));

/** Every investment's phase, as of the session's date when one is chosen. */
export function selectPhases(s: PlatsenState): Map<Id, PhaseState> {
  return phasesMemo(s.doc.investments, s.doc.reviews, gatesOf(s.doc), s.session.asOf);
}

const filteredMemo = memo((doc: PlatsenDocument, phases: Map<Id, PhaseState>, filter: PlatsenState['session']['filter']) =>
  filterInvestments(doc, phases, filter));

/** The investments the list and the map show. */
export function selectFilteredInvestments(s: PlatsenState): Investment[] {
  return filteredMemo(s.doc, selectPhases(s), s.session.filter);
}

/** Whether the person may edit at all: always in this browser's own workspace; in a shared one, from editor up. */
export function selectMayEdit(s: PlatsenState): boolean {
  return !s.session.access || hasRole(s.session.access.role, 'editor');
}

/**
 * Whether editing tools are offered: in Redigera (the editor's default), to those who may edit.
 * Utforska is for looking around without the risk of a stray edit, and Presentera shows no
 * editing chrome at all.
 */
export function selectCanEdit(s: PlatsenState): boolean {
  return s.session.mode === 'edit' && selectMayEdit(s);
}

/** Whether the person records gate decisions for `inv` (governance.ts); always in this browser's own workspace. */
export function selectDecides(s: PlatsenState, inv: Investment): boolean {
  return !s.session.access || gateDecisionRight(s.doc, inv, s.session.access) === 'decides';
}

/** Whether the person may set what only an admin decides (gate model, a programme's governance). */
export function selectIsAdmin(s: PlatsenState): boolean {
  return !s.session.access || s.session.access.role === 'admin';
}
