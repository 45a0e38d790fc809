// Deterministic placement of demo investments inside their real area polygons. The data table
// says roughly where (a fraction of the area's bounding box); this finds the nearest spot that is
// well inside the polygon and shrinks lines and rectangles until they fit, so the demo stays
// valid whatever the exact shape of the adopted boundary.
import { bbox, booleanPointInPolygon, booleanWithin, destination } from '@turf/turf';
import type { LineString, Point, Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../model';

/** Fractions of the area's bounding box: x from its west edge, y from its south edge. */
export type BoxFraction = readonly [number, number];

export type Placement =
  | { readonly point: BoxFraction }
  /** A street or path through the anchor; `bend` turns its second half (degrees). */
  | { readonly line: BoxFraction; readonly bearing: number; readonly lengthM: number; readonly bend?: number }
  | { readonly rect: BoxFraction; readonly widthM: number; readonly heightM: number };

/** Anchors keep this distance from the boundary, so a marker never sits on the area's edge. */
const MARGIN_KM = 0.025;
const GRID = 48;
const SHRINK = 0.85;
const MIN_SIZE_M = 15;

// About 0.1 m: enough for a map, and keeps stored coordinates short.
function round(p: Position): Position {
  return [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
}

function offset(p: Position, metres: number, bearing: number): Position {
  return round(destination(p, metres / 1000, bearing).geometry.coordinates);
}

function wellInside(area: AreaGeometry, p: Position): boolean {
  if (!booleanPointInPolygon(p, area)) return false;
  return [0, 90, 180, 270].every((b) => booleanPointInPolygon(destination(p, MARGIN_KM, b), area));
}

/** The grid point nearest the wanted position that lies well inside the area. */
export function anchorIn(area: AreaGeometry, [fx, fy]: BoxFraction): Position {
  const [west, south, east, north] = bbox(area);
  const at = (gx: number, gy: number): Position => round([west + gx * (east - west), south + gy * (north - south)]);
  const wanted = at(fx, fy);
  if (wellInside(area, wanted)) return wanted;
  const cells: Array<{ gx: number; gy: number; d: number }> = [];
  for (let i = 0; i <= GRID; i++) {
    for (let j = 0; j <= GRID; j++) {
      const gx = i / GRID;
      const gy = j / GRID;
      cells.push({ gx, gy, d: (gx - fx) ** 2 + (gy - fy) ** 2 });
    }
  }
  // A stable sort on a deterministic grid: ties keep grid order, so every build picks the same cell.
  cells.sort((a, b) => a.d - b.d);
  for (const c of cells) {
    const p = at(c.gx, c.gy);
    if (wellInside(area, p)) return p;
  }
  throw new Error('Demo area has no interior point far enough from its boundary');
}

function fitting<T extends LineString | Polygon>(area: AreaGeometry, make: (scale: number) => T): T {
  for (let scale = 1; ; scale *= SHRINK) {
    const g = make(scale);
    if (booleanWithin(g, area)) return g;
    if (scale < 0.05) throw new Error('Demo geometry does not fit inside its area');
  }
}

export function placeInArea(area: AreaGeometry, placement: Placement): Point | LineString | Polygon {
  if ('point' in placement) return { type: 'Point', coordinates: anchorIn(area, placement.point) };
  if ('line' in placement) {
    const mid = anchorIn(area, placement.line);
    const { bearing, lengthM, bend = 0 } = placement;
    return fitting(area, (scale) => {
      const half = Math.max((lengthM * scale) / 2, MIN_SIZE_M);
      return { type: 'LineString', coordinates: [offset(mid, half, bearing + 180), mid, offset(mid, half, bearing + bend)] };
    });
  }
  const centre = anchorIn(area, placement.rect);
  return fitting(area, (scale) => {
    const w = Math.max((placement.widthM * scale) / 2, MIN_SIZE_M);
    const h = Math.max((placement.heightM * scale) / 2, MIN_SIZE_M);
    const south = offset(centre, h, 180);
    const north = offset(centre, h, 0);
    const dx = offset(centre, w, 90)[0]! - centre[0]!;
    // Counter-clockwise outer ring, as RFC 7946 asks.
    const ring: Position[] = [
      [south[0]! - dx, south[1]!], [south[0]! + dx, south[1]!], [north[0]! + dx, north[1]!], [north[0]! - dx, north[1]!],
    ].map(round);
    return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  });
}

/** The zoom (in half steps, rounded down) at which a [west, south, east, north] extent fits `width` × `height` px. */
export function fitZoom([west, south, east, north]: number[], width: number, height: number, step = 0.5): number {
  const cosLat = Math.cos((((south! + north!) / 2) * Math.PI) / 180);
  const widthM = (east! - west!) * 111_320 * cosLat;
  const heightM = (north! - south!) * 110_540;
  const metresPerPixel = Math.max(widthM / width, heightM / height);
  // MapLibre's zoom 0 is one 512-px tile for the world: 78,271.5 m per pixel at the equator.
  return Math.floor(Math.log2((78_271.517 * cosLat) / metresPerPixel) / step) * step;
}
