// Which other areas an area overlaps, and by how much. Overlapping areas are allowed (a school
// catchment across two neighbourhoods), but planners should see them, since an investment in the
// shared part is attached to only one of the areas.
import { area as turfArea, bbox, feature, featureCollection, intersect } from '@turf/turf';
import type { Id, PlatsenDocument } from '../model';
import { areaIndexFor } from './area-index';
import { MIN_AREA_M2 } from './area-geometry';

export interface AreaOverlap {
  areaId: Id;
  name: string;
  /** Shared surface, m². */
  overlapM2: number;
  /** Shared surface as a share (0–1) of the area asked about. */
  shareOfThis: number;
}

/**
 * The areas sharing surface with `areaId`, largest overlap first. Overlaps smaller than the
 * smallest allowed area (MIN_AREA_M2) are left out: they are the seams of simplified neighbouring
 * boundaries, not a shared place.
 */
export function overlapsFor(areaId: Id, doc: Pick<PlatsenDocument, 'areas'>): AreaOverlap[] {
  const self = doc.areas[areaId];
  if (!self) return [];
  const selfFeature = feature(self.geometry);
  const selfM2 = turfArea(selfFeature);
  const result: AreaOverlap[] = [];
  for (const other of areaIndexFor(doc.areas).candidates(bbox(selfFeature) as [number, number, number, number])) {
    if (other.id === areaId) continue;
    const shared = intersect(featureCollection([selfFeature, feature(other.geometry)]));
    const overlapM2 = shared ? turfArea(shared) : 0;
    if (overlapM2 < MIN_AREA_M2) continue;
    result.push({ areaId: other.id, name: other.name, overlapM2, shareOfThis: selfM2 > 0 ? overlapM2 / selfM2 : 0 });
  }
  return result.sort((a, b) => b.overlapM2 - a.overlapM2);
}
