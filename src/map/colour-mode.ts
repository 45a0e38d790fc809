// What the colour of investments shows (the phase, or the latest rating of one aspect), as the
// classes a legend and a cluster's ring list, and as the style expressions that draw a symbol from
// its code (symbol-code.ts). JavaScript and expressions are built from the same tables, and the
// tests hold the two to the same answers.
import type { ExpressionSpecification } from 'maplibre-gl';
import { RATINGS } from '../domain/model';
import type { ColourBy } from '../store/session';
import { RATING_COLOURS, STOPPED_COLOUR, SHAPE_OF_KIND, phaseRamp, statusColour } from './encoding';
import { KINDS, MAX_GATES, PHASE_STOPPED, PHASE_WAITING, STATUSES, digitExpression, type SymbolClass } from './symbol-code';
import { symbolImageId } from './symbols';

export interface ColourMode {
  by: ColourBy;
  /** The workspace's number of gates: the phase ramp is sampled to it. */
  gateCount: number;
  /** A colour for each gate instead of the phase ramp (the public map's residents' phases). */
  gateColours?: readonly string[];
}

/** One class of the active colour: a phase, "waiting" or "stopped", or a rating. */
export interface ColourClass {
  /** 'gate:2', 'waiting', 'stopped', 'rating:weak'. */
  key: string;
  colour: string;
  /** Drawn hollow (white inside its outline), as waiting symbols are. */
  hollow?: boolean;
}

const FALLBACK = '#000000';
const STOPPED_INDEX = STATUSES.indexOf('stopped');

const rampOf = (mode: ColourMode): readonly string[] => {
  const ramp = mode.gateColours?.slice(0, MAX_GATES) ?? phaseRamp(Math.min(mode.gateCount, MAX_GATES));
  return ramp.length ? ramp : [FALLBACK];
};

/**
 * The classes in order. By phase, waiting and stopped investments are classes of their own
 * (a cluster's ring shows how many stand still); by an aspect, only stopped ones are (grey, as
 * their symbols are, whatever their rating).
 */
export function colourClasses(mode: ColourMode): ColourClass[] {
  const stopped: ColourClass = { key: 'stopped', colour: STOPPED_COLOUR };
  if (mode.by.type === 'phase') {
    return [...rampOf(mode).map((colour, i) => ({ key: `gate:${i}`, colour })), { key: 'waiting', colour: '#ffffff', hollow: true }, stopped];
  }
  return [...RATINGS.map((r) => ({ key: `rating:${r}`, colour: RATING_COLOURS[r] })), stopped];
}

/** The class of one investment (an index into colourClasses). */
export function classIndexOf(c: SymbolClass, mode: ColourMode): number {
  const last = rampOf(mode).length - 1;
  if (mode.by.type === 'phase') {
    if (c.status === 'stopped') return last + 2;
    if (c.status === 'waiting') return last + 1;
    return Math.min(c.gateIndex, last);
  }
  return c.status === 'stopped' ? RATINGS.length : RATINGS.indexOf(c.ratings[mode.by.aspect]);
}

const status = digitExpression('status');

/**
 * The symbol code's digit that holds the class, and for each class the digit's values in it: the
 * clusters count classes by matching these values, one expression per symbol (cluster-mix.ts).
 */
export function classDigit(mode: ColourMode): { digit: ExpressionSpecification; values: number[][] } {
  if (mode.by.type === 'aspect') return { digit: digitExpression(mode.by.aspect), values: colourClasses(mode).map((_, i) => [i]) };
  const last = rampOf(mode).length - 1;
  const gates = Array.from({ length: MAX_GATES }, (_, g) => g);
  return {
    digit: digitExpression('phase'),
    values: [...gates.slice(0, last).map((g) => [g]), gates.slice(last), [PHASE_WAITING], [PHASE_STOPPED]],
  };
}

/** The colour a symbol, line or polygon is drawn in: stopped is grey whatever the colour shows. */
export function symbolColour(c: SymbolClass, mode: ColourMode): string {
  const ramp = rampOf(mode);
  const base = mode.by.type === 'phase' ? ramp[Math.min(c.gateIndex, ramp.length - 1)]! : RATING_COLOURS[c.ratings[mode.by.aspect]];
  return statusColour(c.status, base);
}

/** `match` on a digit with one output per value, the last value also the fallback. */
function byDigit(digit: ExpressionSpecification, outputs: readonly string[]): ExpressionSpecification {
  if (outputs.length === 1) return ['literal', outputs[0]!] as unknown as ExpressionSpecification;
  const cases = outputs.slice(0, -1).flatMap((out, i) => [i, out]);
  return ['match', digit, ...cases, outputs.at(-1)!] as ExpressionSpecification;
}

export function symbolColourExpression(mode: ColourMode): ExpressionSpecification {
  const base = mode.by.type === 'phase'
    ? byDigit(digitExpression('gate'), rampOf(mode))
    : byDigit(digitExpression(mode.by.aspect), RATINGS.map((r) => RATING_COLOURS[r]));
  return ['case', ['==', status, STOPPED_INDEX], STOPPED_COLOUR, base];
}

/** The image of a symbol (symbols.ts draws it on demand): the same name as symbolImageId. */
export function iconImageExpression(mode: ColourMode): ExpressionSpecification {
  const [prefix] = symbolImageId({ shape: 'square', status: 'active', colour: '' }).split(':');
  return ['concat', `${prefix}:`, byDigit(digitExpression('kind'), KINDS.map((k) => SHAPE_OF_KIND[k])), ':', byDigit(status, STATUSES), ':', symbolColourExpression(mode)];
}

/** Colour by phase: the editor's first choice and the public map's only one. */
export const phaseMode = (gateCount: number): ColourMode => ({ by: { type: 'phase' }, gateCount });
