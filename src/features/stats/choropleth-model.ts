// A statistic as coloured polygons: classes by quantiles or natural breaks, a sequential ramp from
// light (low) to dark (high), and missing values kept apart (hatched grey on the map, "missing" in
// the legend), never put in the lowest class as if they were 0.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { classBreaks, classOf, legendOf, type ClassMethod, type LegendEntry } from '../../domain/stats/class-breaks';

/**
 * ColorBrewer "Purples", 3 to 7 classes: one hue ordered by lightness reads the same with every
 * kind of colour blindness and in greyscale, and purple stays apart from the blue-green phase
 * ramp and the orange selection.
 */
const PURPLES: Record<number, readonly string[]> = {
  3: ['#efedf5', '#bcbddc', '#756bb1'],
  4: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
  5: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
  6: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
  7: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
};

/** Colours for n classes; fewer than 3 (values too alike to split) take spread-out steps of the 3-class ramp. */
export function choroplethRamp(n: number): readonly string[] {
  if (n >= 3) return PURPLES[Math.min(n, 7)]!;
  return n === 2 ? [PURPLES[3]![0]!, PURPLES[3]![2]!] : n === 1 ? [PURPLES[3]![1]!] : [];
}

export interface ChoroplethItem {
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  value: number | null;
}

export interface ChoroplethProperties {
  id: string;
  name: string;
  /** -1 when missing. */
  value: number;
  missing: boolean;
  /** Class index, -1 when missing. */
  cls: number;
  /** Fill colour; empty when missing (drawn hatched instead). */
  colour: string;
}

export interface ChoroplethLegend {
  method: ClassMethod;
  entries: Array<LegendEntry & { colour: string }>;
  missing: number;
}

export interface Choropleth {
  collection: FeatureCollection<Polygon | MultiPolygon, ChoroplethProperties>;
  legend: ChoroplethLegend;
}

export function buildChoropleth(items: readonly ChoroplethItem[], classes: number, method: ClassMethod): Choropleth {
  const breaks = classBreaks(items.map((i) => i.value), classes, method);
  const { entries, missing } = legendOf(breaks);
  const ramp = choroplethRamp(entries.length);
  const features = items.map((item): Feature<Polygon | MultiPolygon, ChoroplethProperties> => {
    const cls = classOf(breaks, item.value);
    return {
      type: 'Feature', id: item.id, geometry: item.geometry,
      properties: {
        id: item.id, name: item.name, value: item.value ?? -1, missing: cls === null, cls: cls ?? -1,
        colour: cls === null ? '' : ramp[cls]!,
      },
    };
  });
  return {
    collection: { type: 'FeatureCollection', features },
    legend: { method, entries: entries.map((e, i) => ({ ...e, colour: ramp[i]! })), missing },
  };
}
