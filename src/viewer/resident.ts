// The gate model in residents' words: the phase each gate is shown as (the snapshot's setting, or
// the default for snapshots published before it), status lines and decisions as sentences.
import type { PublicPhase, PublicReview, PublicSnapshot } from '../domain/publish/snapshot-types';
import { RESIDENT_PHASES, defaultResidentPhases, type ResidentPhase } from '../domain/resident-phases';
import '../i18n/strings/resident';
import { phaseRamp } from '../map/encoding';
import { translate } from '../i18n/translate';
import type { Lang } from '../store/session';

/** The resident phase of every gate of the snapshot, in order. */
export function residentPhases(snapshot: PublicSnapshot): ResidentPhase[] {
  const defaults = defaultResidentPhases(snapshot.gates.length);
  return snapshot.gates.map((g, i) => g.residentPhase ?? defaults[i]!);
}

export function residentPhaseAt(snapshot: PublicSnapshot, gateIndex: number): ResidentPhase {
  return residentPhases(snapshot)[gateIndex] ?? 'idea';
}

/** Index of the phase in the plain sequence (colour, sorting). */
export const residentIndex = (phase: ResidentPhase) => RESIDENT_PHASES.indexOf(phase);

export const phaseName = (phase: ResidentPhase, lang: Lang) => translate(lang, `resident.phase.${phase}`);

/** Where an investment stands for a resident: its phase, or paused or stopped (whatever the phase). */
export type ResidentState = ResidentPhase | 'waiting' | 'stopped';
export const RESIDENT_STATES: readonly ResidentState[] = [...RESIDENT_PHASES, 'waiting', 'stopped'];

export function residentState(snapshot: PublicSnapshot, phase: PublicPhase): ResidentState {
  return phase.status === 'waiting' || phase.status === 'stopped' ? phase.status : residentPhaseAt(snapshot, phase.gateIndex);
}

const stateKey = (state: ResidentState) => (state === 'waiting' || state === 'stopped' ? `resident.${state}` : `resident.phase.${state}`);
export const stateName = (state: ResidentState, lang: Lang) => translate(lang, stateKey(state));
/** One sentence saying what the state means. */
export const stateAbout = (state: ResidentState, lang: Lang) => translate(lang, `${stateKey(state)}.about`);

/** The map's colour of a phase: the phase ramp spread over the five resident phases. */
export function residentColour(phase: ResidentPhase): string {
  return phaseRamp(RESIDENT_PHASES.length)[residentIndex(phase)]!;
}

/** "Pågår", "Planeras – pausat, väntar på ett nytt beslut", "Stoppat – blir inte av". */
export function statusText(snapshot: PublicSnapshot, phase: PublicPhase, lang: Lang): string {
  const name = phaseName(residentPhaseAt(snapshot, phase.gateIndex), lang);
  if (phase.status === 'waiting') return translate(lang, 'resident.status.waiting', { phase: name });
  if (phase.status === 'stopped') return translate(lang, 'resident.status.stopped');
  return name;
}

function gateIndexOf(snapshot: PublicSnapshot, review: PublicReview): number {
  return Math.max(0, snapshot.gates.findIndex((g) => g.code === review.gateCode));
}

/** "Arbetet går vidare till planering." and the like: what the decision meant for the work. */
export function decisionSentence(snapshot: PublicSnapshot, review: PublicReview, lang: Lang): string {
  if (review.decision !== 'pass') return translate(lang, `resident.decision.${review.decision}`);
  const at = gateIndexOf(snapshot, review);
  if (at >= snapshot.gates.length - 1) return translate(lang, 'resident.decision.pass.last');
  const from = residentPhaseAt(snapshot, at);
  const to = residentPhaseAt(snapshot, at + 1);
  return translate(lang, residentIndex(to) <= residentIndex(from) ? 'resident.decision.pass.same' : `resident.decision.pass.${to}`);
}

/** The gate a review was taken at, for the "how was it judged?" disclosure only. */
export function reviewGate(snapshot: PublicSnapshot, review: PublicReview, lang: Lang): { code: string; name: string } {
  return { code: review.gateCode, name: snapshot.gates[gateIndexOf(snapshot, review)]?.name[lang] ?? '' };
}
