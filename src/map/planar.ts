// Small planar helpers shared by the editor map and the public viewer, written here rather than
// taken from turf: the citizens' page must stay light (the budget is 450 KB gzip, MapLibre
// included), and these few jobs need no geodesy beyond a local flat approximation.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); break;
    case 'MultiPoint':
    case 'LineString': geometry.coordinates.forEach(visit); break;
    case 'MultiLineString':
    case 'Polygon': geometry.coordinates.forEach((line) => line.forEach(visit)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit))); break;
    case 'GeometryCollection': geometry.geometries.forEach((g) => eachPosition(g, visit)); break;
  }
}

export function bboxOf(geometry: Geometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geometry, ([x, y]) => {
    box[0] = Math.min(box[0], x!);
    box[1] = Math.min(box[1], y!);
    box[2] = Math.max(box[2], x!);
    box[3] = Math.max(box[3], y!);
  });
  return box;
}

/** Where a horizontal line at `y` crosses the rings, sorted west to east. */
function crossings(rings: Position[][], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if ((y1! <= y) !== (y2! <= y)) xs.push(x1! + ((y - y1!) / (y2! - y1!)) * (x2! - x1!));
    }
  }
  return xs.sort((a, b) => a - b);
}

/**
 * A point inside a polygon, for its label and its whole-area symbols: the middle of the widest
 * inside stretch on a few horizontal lines through it. A centroid can fall outside a bent shape.
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { x: number; y: number; width: number } | null = null;
  for (const rings of polygons) {
    const [, south, , north] = bboxOf({ type: 'Polygon', coordinates: rings });
    for (const f of [0.5, 0.35, 0.65, 0.2, 0.8]) {
      // A tiny nudge keeps the line off vertices that sit exactly on a round fraction.
      const y = south + (north - south) * f + (north - south) * 1e-7;
      const xs = crossings(rings, y);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const width = xs[i + 1]! - xs[i]!;
        if (!best || width > best.width) best = { x: (xs[i]! + xs[i + 1]!) / 2, y, width };
      }
    }
  }
  if (best) return [best.x, best.y];
  const [w, s, e, n] = bboxOf(geometry);
  return [(w + e) / 2, (s + n) / 2];
}

const KM_PER_DEGREE = 111.32;

/** Moves a position east and south by kilometres (flat approximation: fine over a few hundred metres). */
export function offsetKm([lng, lat]: Position, eastKm: number, southKm: number): Position {
  const dLat = southKm / KM_PER_DEGREE;
  const dLng = eastKm / (KM_PER_DEGREE * Math.cos((lat! * Math.PI) / 180));
  return [lng! + dLng, lat! - dLat];
}
