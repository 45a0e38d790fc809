// Everything a symbol's colour can show, packed into one number per symbol: its kind, status,
// phase and the latest rating of each of the five aspects. The layers compute the colour, the icon
// and the cluster mix from it with style expressions, so choosing another colour is a change of
// style, not 50,000 features sent to the map's worker again (npm run bench, #8). One number, not
// eight properties: every property of a symbol is copied to the worker whenever a filter sends it.
//
// Layout (each part a "digit" in its own base, so an expression reads it with / and %):
//   kind (2) · status (4) · gate (32) · phase class (64) · strategy, benefits, market, economy,
//   governance (8 each)
// Each colour's class is one digit as it stands, because the clusters count classes with an
// expression per symbol on every re-cluster (cluster-mix.ts): the phase class is the gate, or
// WAITING or STOPPED; an aspect's is the rating, or STOPPED (a stopped investment is grey whatever
// its ratings said, so they are not kept).
import type { ExpressionSpecification } from 'maplibre-gl';
import { ASPECTS, RATINGS, type Aspect, type InvestmentKind, type Rating } from '../domain/model';
import type { PhaseStatus } from '../domain/phase';

export const KINDS: readonly InvestmentKind[] = ['physical', 'social'];
export const STATUSES: readonly PhaseStatus[] = ['active', 'waiting', 'stopped', 'realised'];
/** Gates beyond this many share the last one's code (no workspace comes near it). */
export const MAX_GATES = 32;
/** The phase class digit of a waiting and of a stopped investment. */
export const PHASE_WAITING = MAX_GATES;
export const PHASE_STOPPED = MAX_GATES + 1;
/** The aspect digit of a stopped investment; the others hold their rating (RATINGS order). */
export const ASPECT_STOPPED = RATINGS.length;
const ASPECT_BASE = 8;

export interface SymbolClass {
  kind: InvestmentKind;
  status: PhaseStatus;
  gateIndex: number;
  ratings: Record<Aspect, Rating>;
}

/** No aspect rated yet (and what the public map, which colours by phase only, passes). */
export const UNRATED: Record<Aspect, Rating> = Object.fromEntries(ASPECTS.map((a) => [a, 'notAssessed'])) as Record<Aspect, Rating>;

/** [divisor, base] of each part of the code. */
const DIGITS = {
  kind: [1, 2],
  status: [2, 4],
  gate: [8, MAX_GATES],
  phase: [8 * MAX_GATES, 64],
  ...Object.fromEntries(ASPECTS.map((a, i) => [a, [8 * MAX_GATES * 64 * ASPECT_BASE ** i, ASPECT_BASE]])),
} as Record<'kind' | 'status' | 'gate' | 'phase' | Aspect, [number, number]>;

export type Digit = keyof typeof DIGITS;

export function encodeSymbolClass(c: SymbolClass): number {
  const part = (name: Digit, value: number) => DIGITS[name][0] * value;
  const gate = Math.min(c.gateIndex, MAX_GATES - 1);
  const phase = c.status === 'stopped' ? PHASE_STOPPED : c.status === 'waiting' ? PHASE_WAITING : gate;
  let code = part('kind', KINDS.indexOf(c.kind)) + part('status', STATUSES.indexOf(c.status)) + part('gate', gate) + part('phase', phase);
  for (const a of ASPECTS) code += part(a, c.status === 'stopped' ? ASPECT_STOPPED : RATINGS.indexOf(c.ratings[a]));
  return code;
}

const digitOf = (code: number, name: Digit) => Math.floor(code / DIGITS[name][0]) % DIGITS[name][1];

/** The class back from its code; a stopped investment comes back unrated (its ratings are not kept). */
export function decodeSymbolClass(code: number): SymbolClass {
  return {
    kind: KINDS[digitOf(code, 'kind')]!,
    status: STATUSES[digitOf(code, 'status')]!,
    gateIndex: digitOf(code, 'gate'),
    ratings: Object.fromEntries(ASPECTS.map((a) => [a, RATINGS[digitOf(code, a)] ?? 'notAssessed'])) as Record<Aspect, Rating>,
  };
}

/** The same digit as a style expression over a feature's `c`. */
export function digitExpression(name: Digit): ExpressionSpecification {
  const [divisor, base] = DIGITS[name];
  return ['%', ['floor', ['/', ['get', 'c'], divisor]], base];
}
