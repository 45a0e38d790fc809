// Which area does an investment belong to? A flatbush index over area bounding boxes narrows the
// candidates, so attaching 100,000 points to 6,000 areas costs a few box queries each rather than
// a loop over every polygon.
import Flatbush from 'flatbush';
import { area as turfArea, bbox, booleanPointInPolygon, intersect, featureCollection, feature, length as turfLength, lineSplit, midpoint } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Area, Id, InvestmentGeometry } from '../model';

export interface AreaIndex {
  /** The area an investment geometry belongs to, or null when it is outside every area. */
  assign(geometry: InvestmentGeometry): Id | null;
  /** Areas whose bounding box intersects the box [minX, minY, maxX, maxY]. */
  candidates(box: [number, number, number, number]): Area[];
}

type AreaFeature = Feature<Polygon | MultiPolygon>;

export function buildAreaIndex(areas: Iterable<Area>): AreaIndex {
  const list = [...areas];
  const features: AreaFeature[] = list.map((a) => feature(a.geometry));
  const index = list.length ? new Flatbush(list.length) : null;
  for (const f of features) {
    const [minX, minY, maxX, maxY] = bbox(f);
    index?.add(minX, minY, maxX, maxY);
  }
  index?.finish();

  const sizes = features.map((f) => turfArea(f));
  const candidates = (box: [number, number, number, number]): number[] => (index ? index.search(...box) : []);

  function assignPoint(p: Position): Id | null {
    // Overlapping areas are allowed: prefer the smallest containing one, the most specific place.
    let best: { id: Id; size: number } | null = null;
    for (const i of candidates([p[0]!, p[1]!, p[0]!, p[1]!])) {
      if (!booleanPointInPolygon(p, features[i]!)) continue;
      if (!best || sizes[i]! < best.size) best = { id: list[i]!.id, size: sizes[i]! };
    }
    return best?.id ?? null;
  }

  function assignByOverlap(geometry: LineString | MultiLineString | Polygon | MultiPolygon): Id | null {
    const g = feature(geometry);
    const measure = geometry.type.endsWith('Polygon') ? overlapArea : overlapLength;
    let best: { id: Id; amount: number } | null = null;
    for (const i of candidates(bbox(g) as [number, number, number, number])) {
      const amount = measure(g, features[i]!);
      if (amount > 0 && (!best || amount > best.amount)) best = { id: list[i]!.id, amount };
    }
    return best?.id ?? null;
  }

  return {
    assign(geometry) {
      return geometry.type === 'Point' ? assignPoint(geometry.coordinates) : assignByOverlap(geometry);
    },
    candidates(box) {
      return candidates(box).map((i) => list[i]!);
    },
  };
}

function overlapArea(g: Feature<LineString | MultiLineString | Polygon | MultiPolygon>, areaF: AreaFeature): number {
  const shared = intersect(featureCollection([g as Feature<Polygon | MultiPolygon>, areaF]));
  return shared ? turfArea(shared) : 0;
}

/** Length of a line inside a polygon: split the line at the boundary, keep pieces whose midpoint is inside. */
function overlapLength(g: Feature<LineString | MultiLineString | Polygon | MultiPolygon>, areaF: AreaFeature): number {
  const geom = g.geometry as LineString | MultiLineString;
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  let total = 0;
  for (const coords of lines) {
    const line = feature<LineString>({ type: 'LineString', coordinates: coords });
    const pieces = lineSplit(line, areaF).features;
    for (const piece of pieces.length ? pieces : [line]) {
      const c = piece.geometry.coordinates;
      const mid = midpoint(c[0]!, c[1]!);
      if (booleanPointInPolygon(mid, areaF)) total += turfLength(piece);
    }
  }
  return total;
}

// Documents are immutable and applyPatch keeps an untouched table's identity, so the index is
// rebuilt only when the areas themselves change.
const cache = new WeakMap<Record<Id, Area>, AreaIndex>();

export function areaIndexFor(areas: Record<Id, Area>): AreaIndex {
  let index = cache.get(areas);
  if (!index) {
    index = buildAreaIndex(Object.values(areas));
    cache.set(areas, index);
  }
  return index;
}
