// When a line or polygon investment is drawn as itself and when as its symbol.
//
// At city scale most lines and polygons (a street, a park, a schoolyard) are a few pixels across:
// their shape is noise, and what the map encodes on them (dashes for social, a white core for
// waiting) cannot be read, while a symbol shows kind, phase and status at any scale. So every
// investment has a symbol in the clustered symbol sources, and clusters count all of them; a line or
// polygon is drawn as itself from the zoom at which it spans SHAPE_MIN_PX on screen, and from there
// its symbol is not drawn. A cluster may then count a line that is also drawn next to it: it counts
// the investments at that place, whatever their geometry.
//
// It also keeps the city view of a large workspace quick: 5,000 small shapes at zoom 11 took more
// than half of every frame in software WebGL, and a filter change waits for two frames (npm run
// bench, #6).
import type { Geometry, Position } from 'geojson';
import { bboxOf, interiorPoint } from './planar';

/** A line or polygon is drawn as itself once it is this wide or high on screen. */
export const SHAPE_MIN_PX = 32;
/** From this zoom (street scale) every line and polygon is drawn as itself, however small. */
export const SHAPE_ALWAYS_ZOOM = 16;
/** The `shapeZoom` of a point: it is always drawn as its symbol. */
export const SYMBOL_ALWAYS = 99;

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD_PX;
}

/** The lowest whole zoom at which `geometry` is drawn as itself instead of as its symbol. */
export function shapeZoom(geometry: Geometry): number {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return SYMBOL_ALWAYS;
  const [west, south, east, north] = bboxOf(geometry);
  const spanAtZoom0 = Math.max(((east - west) / 360) * WORLD_PX, mercatorY(north) - mercatorY(south));
  if (!(spanAtZoom0 > 0)) return SHAPE_ALWAYS_ZOOM;
  const zoom = Math.ceil(Math.log2(SHAPE_MIN_PX / spanAtZoom0));
  return Math.min(SHAPE_ALWAYS_ZOOM, Math.max(0, zoom));
}

/** Flat length of a segment, in degrees of latitude (longitude scaled by its cosine): enough to find a middle. */
function segmentLength(a: Position, b: Position): number {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((b[0]! - a[0]!) * k, b[1]! - a[1]!);
}

function lineLength(line: Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += segmentLength(line[i - 1]!, line[i]!);
  return total;
}

/** The point halfway along a line: on the line, unlike its centre. */
function halfway(line: Position[]): Position {
  let left = lineLength(line) / 2;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const d = segmentLength(a, b);
    if (d >= left && d > 0) {
      const t = left / d;
      return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    }
    left -= d;
  }
  return line[0]!;
}

/** Where an investment's symbol sits: the point itself, halfway along a line, inside a polygon. */
export function symbolPosition(geometry: Geometry): Position {
  switch (geometry.type) {
    case 'Point': return geometry.coordinates;
    case 'LineString': return halfway(geometry.coordinates);
    case 'MultiLineString': return halfway(geometry.coordinates.reduce((a, b) => (lineLength(b) > lineLength(a) ? b : a)));
    case 'Polygon':
    case 'MultiPolygon': return interiorPoint(geometry);
    default: {
      const [west, south, east, north] = bboxOf(geometry);
      return [(west + east) / 2, (south + north) / 2];
    }
  }
}
