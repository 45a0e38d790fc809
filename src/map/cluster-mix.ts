// What a cluster holds of each class of the active colour, counted by MapLibre while it clusters
// (clusterProperties), and the name of the ring image that shows that mix (rings.ts draws it).
//
// Counted for the active colour only: every cluster property costs on every re-cluster, which
// every filter change and edit causes; and each is one match on a digit of the symbol's code. Measured at 50,000 symbols in software WebGL: a re-cluster
// took ~120 ms with four properties and ~650 ms with the 22 that all six colours' 43 classes need.
// So a change of colour re-clusters once in the worker (from the data it holds; nothing is sent
// again), and a filter change stays cheap. Two classes share a property, as the two halves of one
// number (counts below 2^26 each, sums exact in a double), which halves the properties again.
// The properties are named after the colour: while a change of colour is under way, a cluster
// counted for the old one has no ring under the new one for a moment, rather than a wrong ring.
import type { ExpressionSpecification } from 'maplibre-gl';
import { classDigit, colourClasses, type ColourMode } from './colour-mode';

const BASE = 2 ** 26;
const PER_PROPERTY = 2;
const modeKey = (mode: ColourMode) => (mode.by.type === 'phase' ? `phase${mode.gateCount}` : mode.by.aspect);
const propertyOf = (mode: ColourMode, classIndex: number) => `n_${modeKey(mode)}_${Math.floor(classIndex / PER_PROPERTY)}`;

export type ClusterProperties = Record<string, [string, ExpressionSpecification]>;

/** MapLibre's clusterProperties for a source clustered under `mode`. */
export function clusterProperties(mode: ColourMode): ClusterProperties {
  const { digit, values } = classDigit(mode);
  const out: ClusterProperties = {};
  for (let first = 0; first < values.length; first += PER_PROPERTY) {
    const cases = values.slice(first, first + PER_PROPERTY).flatMap((v, k) => [v, BASE ** k]);
    out[propertyOf(mode, first)] = ['+', ['match', digit, ...cases, 0] as ExpressionSpecification];
  }
  return out;
}

/** The count of each class in a cluster, from its properties (as queryRenderedFeatures gives them). */
export function clusterClassCounts(properties: Record<string, unknown>, mode: ColourMode): number[] {
  return colourClasses(mode).map((_, i) => Math.floor(Number(properties[propertyOf(mode, i)] ?? 0) / BASE ** (i % PER_PROPERTY)) % BASE);
}

function classCountExpression(mode: ColourMode, i: number): ExpressionSpecification {
  return ['%', ['floor', ['/', ['coalesce', ['get', propertyOf(mode, i)], 0], BASE ** (i % PER_PROPERTY)]], BASE];
}

const RING_PREFIX = 'platsen-ring';
/** A ring is split in twelfths: enough to tell a third from a half, few enough images to draw. */
const RING_STEPS = 12;
/** Ring sizes by the cluster's count: below 10, below 100, from 100. */
const RING_SIZE_STEPS = [10, 100] as const;

function sizeOf(total: number): number {
  return RING_SIZE_STEPS.filter((s) => total >= s).length;
}

/** Each present class's share in twelfths; a class present at all gets at least one. */
const weight = (count: number, total: number) => Math.max(1, Math.round(RING_STEPS * (count / total)));

const tokenOf = (c: { colour: string; hollow?: boolean }) => (c.hollow ? 'w' : c.colour.slice(1).toLowerCase());

/** The ring image's name for a cluster of these class counts: 'platsen-ring:1:c7e9b4.3,w.1,'. */
export function ringImageId(counts: readonly number[], mode: ColourMode): string {
  const total = counts.reduce((a, b) => a + b, 0);
  const segments = colourClasses(mode).map((c, i) => (counts[i]! > 0 ? `${tokenOf(c)}.${weight(counts[i]!, total)},` : '')).join('');
  return `${RING_PREFIX}:${sizeOf(total)}:${segments}`;
}

/** The same name, computed by MapLibre for each cluster. */
export function ringImageExpression(mode: ColourMode): ExpressionSpecification {
  const total: ExpressionSpecification = ['get', 'point_count'];
  const size: ExpressionSpecification = ['step', total, 0, ...RING_SIZE_STEPS.flatMap((s, i) => [s, i + 1])] as ExpressionSpecification;
  const segments = colourClasses(mode).map((c, i): ExpressionSpecification => {
    const count = classCountExpression(mode, i);
    return ['case', ['>', count, 0], ['concat', `${tokenOf(c)}.`, ['max', 1, ['round', ['*', RING_STEPS, ['/', count, total]]]], ','], ''];
  });
  return ['concat', `${RING_PREFIX}:`, size, ':', ...segments];
}

export interface RingSpec {
  /** 0, 1 or 2: the cluster's size step. */
  size: number;
  /** In clockwise order from twelve o'clock; `colour` null is a hollow (waiting) segment. */
  segments: Array<{ colour: string | null; weight: number }>;
}

/** The spec behind a ring image name, or null for images that are not rings. */
export function parseRingImageId(id: string): RingSpec | null {
  const [prefix, size, body, ...rest] = id.split(':');
  if (prefix !== RING_PREFIX || rest.length || !size || !/^[0-2]$/.test(size) || body === undefined) return null;
  const segments = [];
  for (const part of body.split(',').filter(Boolean)) {
    const match = /^(w|[0-9a-f]{6})\.([1-9]\d?)$/.exec(part);
    if (!match) return null;
    segments.push({ colour: match[1] === 'w' ? null : `#${match[1]}`, weight: Number(match[2]) });
  }
  // No segments: a cluster counted under the previous colour, for a moment: drawn as a plain ring.
  return { size: Number(size), segments };
}
