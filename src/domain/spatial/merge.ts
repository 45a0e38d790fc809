// Merging reference polygons (DeSO, RegSO, delområden) into one area, and telling whether two
// areas are neighbours. Reference layers are simplified independently per polygon, so they carry
// small bow-ties, spikes and hairline gaps or overlaps along shared borders; both functions are
// built to tolerate that rather than to refuse the data.
import { bbox, booleanIntersects, buffer, feature, featureCollection, union } from '@turf/turf';
import type { AreaGeometry } from '../model';
import { DomainError } from '../errors';
import { normaliseAreaGeometry, removeSlivers } from './area-geometry';

/** Gap between two areas still counted as a shared border: simplification (~40 m for DeSO) moves borders by a few metres. */
export const ADJACENCY_TOLERANCE_M = 5;

/**
 * The union of the geometries, cleaned and normalised. Disjoint inputs give a MultiPolygon.
 * Also repairs a single reference polygon: the clipper rebuilds self-crossing rings into valid
 * ones and drops zero-width spikes, and hairline holes or fragments left between simplified
 * neighbours are removed (removeSlivers) instead of refusing the merge.
 */
export function mergeAreas(geoms: AreaGeometry[]): AreaGeometry {
  if (!geoms.length) throw new DomainError('geometry.error.empty');
  const features = geoms.map((g) => feature(g));
  // turf's union wants two inputs; a polygon united with itself is itself, rebuilt by the clipper.
  const merged = union(featureCollection(features.length === 1 ? [features[0]!, features[0]!] : features));
  const cleaned = merged && removeSlivers(merged.geometry);
  if (!cleaned) throw new DomainError('geometry.error.empty');
  return normaliseAreaGeometry(cleaned);
}

/** Whether two areas touch or overlap, allowing a gap of up to ADJACENCY_TOLERANCE_M metres. */
export function areAdjacent(a: AreaGeometry, b: AreaGeometry, toleranceM = ADJACENCY_TOLERANCE_M): boolean {
  if (!boxesWithin(a, b, toleranceM)) return false;
  if (booleanIntersects(a, b)) return true;
  const grown = buffer(feature(a), toleranceM, { units: 'meters', steps: 4 });
  return grown ? booleanIntersects(grown, b) : false;
}

/** Cheap rejection before buffering: bounding boxes further apart than the tolerance. */
function boxesWithin(a: AreaGeometry, b: AreaGeometry, toleranceM: number): boolean {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  const dLat = toleranceM / 110_574;
  const dLon = toleranceM / (111_320 * Math.cos((Math.max(Math.abs(as), Math.abs(an)) * Math.PI) / 180));
  return aw - dLon <= be && bw <= ae + dLon && as - dLat <= bn && bs <= an + dLat;
}
