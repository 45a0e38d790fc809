// The SCB statistics bundled with the DeSO layers, and how they add up to an area. An area adopted
// from DeSO (or RegSO, an exact union of DeSO) gets exact figures; any other area is apportioned
// from the DeSO it overlaps, assuming people are spread evenly inside each DeSO. That assumption
// is what makes drawn-area figures estimates, and the method returned says which one was used.
import { area as turfArea, bbox, feature, featureCollection, intersect } from '@turf/turf';
import type { Area, AreaSource, Id, ReferenceLayerId } from '../model';
import { desoIndexFor, type DesoFeature, type DesoIndex, type DesoProperties } from './deso-index';

export type StatUnit = 'persons' | 'percent' | 'kSEK';
/** 'count' is summed; 'percent' and 'mean' are means weighted by population. */
export type StatAggregation = 'count' | 'percent' | 'mean';

export const STAT_KEYS = [
  'pop', 'growth', 'young', 'single', 'foreign', 'income', 'income_med', 'capital_inc', 'low_econ',
  'unemp', 'employment', 'higher_ed', 'renters', 'flats',
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

export interface StatisticDef {
  key: StatKey;
  unit: StatUnit;
  aggregation: StatAggregation;
  /** i18n key of the statistic's name. */
  label: `stat.${StatKey}`;
}

const UNITS: Record<StatKey, StatUnit> = {
  pop: 'persons', income: 'kSEK', income_med: 'kSEK',
  growth: 'percent', young: 'percent', single: 'percent', foreign: 'percent', capital_inc: 'percent',
  low_econ: 'percent', unemp: 'percent', employment: 'percent', higher_ed: 'percent', renters: 'percent', flats: 'percent',
};

/** Units imply the aggregation: persons add up, shares and incomes average over the people. */
const AGGREGATION_OF_UNIT: Record<StatUnit, StatAggregation> = { persons: 'count', percent: 'percent', kSEK: 'mean' };

export const STATISTICS: readonly StatisticDef[] = STAT_KEYS.map((key) => ({
  key, unit: UNITS[key], aggregation: AGGREGATION_OF_UNIT[UNITS[key]], label: `stat.${key}`,
}));

const BY_KEY = new Map(STATISTICS.map((s) => [s.key, s]));

export function isStatKey(value: string): value is StatKey {
  return BY_KEY.has(value as StatKey);
}

export function statisticDef(key: StatKey): StatisticDef {
  return BY_KEY.get(key)!;
}

/** A statistic of one DeSO; null when SCB suppressed it or the layer lacks it (never 0). */
export function statValue(props: DesoProperties, key: StatKey): number | null {
  const v = props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export type AggregationMethod = 'exact' | 'population-weighted' | 'area-weighted';

export interface AreaStatistic {
  key: StatKey;
  /** null when every contributing DeSO lacks the value, or no DeSO covers the area. */
  value: number | null;
  method: AggregationMethod;
  /** Share (0–1) of the area covered by DeSO polygons. */
  coverage: number;
  /** Share (0–1) of the weight whose value was missing, so excluded from `value`. */
  missingShare: number;
}

export type AreaStatistics = Record<StatKey, AreaStatistic>;

/** One DeSO's part in an area: the share of the DeSO inside it, and the m² of the area it covers. */
interface Piece {
  props: DesoProperties;
  share: number;
  covered: number;
}

const DESO_LAYERS: ReadonlySet<string> = new Set<ReferenceLayerId>(['malmo-deso', 'boras-deso']);
const REGSO_LAYERS: ReadonlySet<string> = new Set<ReferenceLayerId>(['malmo-regso', 'boras-regso']);

/** The DeSO an adopted area is made of, or null when it is not (entirely) made of the given DeSO. */
function exactPieces(source: AreaSource, index: DesoIndex): Piece[] | null {
  if (source.type !== 'adopted') return null;
  let groups: Array<number[] | undefined>;
  // A bundled DeSO layer, or a division whose own parts carry the statistics (index.layers).
  if (DESO_LAYERS.has(source.layer) || index.layers.has(source.layer)) groups = source.codes.map((c) => {
    const i = index.byDeso.get(c);
    return i === undefined ? undefined : [i];
  });
  else if (REGSO_LAYERS.has(source.layer)) groups = source.codes.map((c) => index.byRegso.get(c));
  else return null;
  if (!groups.length || groups.some((g) => !g)) return null;
  const positions = new Set(groups.flatMap((g) => g!));
  return [...positions].map((i) => ({ props: index.features[i]!.properties, share: 1, covered: index.sizes[i]! }));
}

function overlapPieces(area: Area, index: DesoIndex): { pieces: Piece[]; coverage: number } {
  const areaF = feature(area.geometry);
  const size = turfArea(areaF);
  const pieces: Piece[] = [];
  let covered = 0;
  for (const i of index.search(bbox(areaF) as [number, number, number, number])) {
    const shared = intersect(featureCollection([areaF, index.features[i]!]));
    const overlap = shared ? turfArea(shared) : 0;
    if (overlap <= 0 || !index.sizes[i]) continue;
    pieces.push({ props: index.features[i]!.properties, share: Math.min(1, overlap / index.sizes[i]!), covered: overlap });
    covered += overlap;
  }
  // Simplified neighbouring DeSO overlap by a few metres, so the sum can pass the area slightly.
  return { pieces, coverage: size > 0 ? Math.min(1, covered / size) : 0 };
}

/** Counts: each DeSO contributes its value times the share of it inside the area; missingness by covered area. */
function sumOf(pieces: Piece[], key: StatKey): { value: number | null; missingShare: number } {
  let sum = 0;
  let present = 0;
  let missing = 0;
  for (const p of pieces) {
    const v = statValue(p.props, key);
    if (v === null) missing += p.covered;
    else {
      sum += v * p.share;
      present += p.covered;
    }
  }
  return { value: present > 0 ? sum : null, missingShare: present + missing > 0 ? missing / (present + missing) : 0 };
}

/**
 * Shares and incomes: mean weighted by the people of each DeSO inside the area. A DeSO without a
 * population figure cannot be weighted and is left out (SCB does not suppress DeSO population).
 * Shares of households (single) are weighted by persons too: an approximation, stated here.
 */
function weightedMeanOf(pieces: Piece[], key: StatKey): { value: number | null; missingShare: number } {
  let sum = 0;
  let present = 0;
  let missing = 0;
  for (const p of pieces) {
    const pop = statValue(p.props, 'pop');
    if (pop === null) continue;
    const w = pop * p.share;
    const v = statValue(p.props, key);
    if (v === null) missing += w;
    else {
      sum += v * w;
      present += w;
    }
  }
  return { value: present > 0 ? sum / present : null, missingShare: present + missing > 0 ? missing / (present + missing) : 0 };
}

/**
 * Every bundled statistic for one area. Exact when the area was adopted from the DeSO (or RegSO)
 * layer these features belong to; otherwise each overlapping DeSO counts in proportion to the
 * part of its surface inside the area: counts are apportioned by area ('area-weighted'), means
 * are weighted by the people thereby apportioned ('population-weighted').
 */
export function aggregateToArea(area: Area, desoFeatures: readonly DesoFeature[], index: DesoIndex = desoIndexFor(desoFeatures)): AreaStatistics {
  const exact = exactPieces(area.source, index);
  const { pieces, coverage } = exact ? { pieces: exact, coverage: 1 } : overlapPieces(area, index);
  const out = {} as AreaStatistics;
  for (const def of STATISTICS) {
    const counted = def.aggregation === 'count';
    const { value, missingShare } = counted ? sumOf(pieces, def.key) : weightedMeanOf(pieces, def.key);
    const method: AggregationMethod = exact ? 'exact' : counted ? 'area-weighted' : 'population-weighted';
    out[def.key] = { key: def.key, value, method, coverage, missingShare };
  }
  return out;
}

/** Statistics of many areas against one layer, sharing its index. */
export function aggregateAreas(areas: Iterable<Area>, desoFeatures: readonly DesoFeature[]): Map<Id, AreaStatistics> {
  const index = desoIndexFor(desoFeatures);
  const out = new Map<Id, AreaStatistics>();
  for (const a of areas) out.set(a.id, aggregateToArea(a, desoFeatures, index));
  return out;
}
