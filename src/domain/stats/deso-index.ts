// DeSO polygons with SCB statistics, indexed once per loaded layer: a flatbush box index so an area
// only intersects the few DeSO near it, their sizes in m² (for apportioning), and lookups by DeSO
// and RegSO code for areas adopted from those layers.
import Flatbush from 'flatbush';
import { area as turfArea, bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Properties of a DeSO feature in the bundled layers: codes plus one number (or null) per statistic. */
export interface DesoProperties {
  code?: string;
  desokod?: string;
  regsokod?: string;
  /** The division a feature belongs to, when it is not a bundled DeSO (statistics imported for a file's division). */
  layer?: string;
  [key: string]: unknown;
}

export type DesoFeature = Feature<Polygon | MultiPolygon, DesoProperties>;

export interface DesoIndex {
  features: readonly DesoFeature[];
  /** Size of each feature in m², by position in `features`. */
  sizes: readonly number[];
  /** Positions of features whose bounding box meets [minX, minY, maxX, maxY]. */
  search(box: [number, number, number, number]): number[];
  /** Position of the feature with this DeSO code. */
  byDeso: ReadonlyMap<string, number>;
  /** Positions of the DeSO making up each RegSO (a RegSO is an exact union of DeSO). */
  byRegso: ReadonlyMap<string, number[]>;
  /** Divisions the features belong to: an area adopted from one of them is made of these features exactly. */
  layers: ReadonlySet<string>;
}

export function desoCode(f: DesoFeature): string | undefined {
  return f.properties.desokod ?? f.properties.code;
}

export function buildDesoIndex(features: readonly DesoFeature[]): DesoIndex {
  const index = features.length ? new Flatbush(features.length) : null;
  const byDeso = new Map<string, number>();
  const byRegso = new Map<string, number[]>();
  const layers = new Set<string>();
  features.forEach((f, i) => {
    if (f.properties.layer) layers.add(f.properties.layer);
    const [minX, minY, maxX, maxY] = bbox(f);
    index?.add(minX, minY, maxX, maxY);
    const code = desoCode(f);
    if (code) byDeso.set(code, i);
    const regso = f.properties.regsokod;
    if (regso) byRegso.set(regso, [...(byRegso.get(regso) ?? []), i]);
  });
  index?.finish();
  return {
    features,
    sizes: features.map((f) => turfArea(f)),
    search: (box) => (index ? index.search(...box) : []),
    byDeso,
    byRegso,
    layers,
  };
}

// A reference layer is loaded once and never mutated, so its index lives as long as the array.
const cache = new WeakMap<readonly DesoFeature[], DesoIndex>();

export function desoIndexFor(features: readonly DesoFeature[]): DesoIndex {
  let index = cache.get(features);
  if (!index) {
    index = buildDesoIndex(features);
    cache.set(features, index);
  }
  return index;
}
