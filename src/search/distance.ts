// How far a place is from a point, in metres, for "near me": on a local flat approximation around
// the point (the error is well under a percent within the few kilometres a resident asks about),
// written here because the public viewer cannot carry turf (its bundle budget).
import type { Geometry, Position } from 'geojson';

const M_PER_DEG_LAT = 110_574;

type Xy = [number, number];

function projector([lon0, lat0]: [number, number]): (p: Position) => Xy {
  const mPerDegLon = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  return ([lon, lat]) => [(lon! - lon0) * mPerDegLon, (lat! - lat0) * M_PER_DEG_LAT];
}

/** Distance from the origin to the segment a–b. */
function toSegment([ax, ay]: Xy, [bx, by]: Xy): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function toLine(line: Xy[]): number {
  if (line.length === 1) return Math.hypot(...line[0]!);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) best = Math.min(best, toSegment(line[i]!, line[i + 1]!));
  return best;
}

/** Whether the origin lies inside the rings (even-odd, so holes count as outside). */
function containsOrigin(rings: Xy[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if ((yi > 0) !== (yj > 0) && 0 < ((xj - xi) * (0 - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Metres from `point` ([lon, lat]) to the nearest part of `geometry`; 0 inside a polygon. */
export function distanceTo(point: [number, number], geometry: Geometry): number {
  const xy = projector(point);
  const line = (ps: Position[]) => toLine(ps.map(xy));
  const polygon = (rings: Position[][]) => {
    const projected = rings.map((r) => r.map(xy));
    return containsOrigin(projected) ? 0 : Math.min(...projected.map(toLine));
  };
  switch (geometry.type) {
    case 'Point': return line([geometry.coordinates]);
    case 'MultiPoint': return Math.min(...geometry.coordinates.map((p) => line([p])));
    case 'LineString': return line(geometry.coordinates);
    case 'MultiLineString': return Math.min(...geometry.coordinates.map(line));
    case 'Polygon': return polygon(geometry.coordinates);
    case 'MultiPolygon': return Math.min(...geometry.coordinates.map(polygon));
    case 'GeometryCollection': return Math.min(...geometry.geometries.map((g) => distanceTo(point, g)));
  }
}

/** A circle of `radius` metres around `point` as a polygon, to draw the distance a list covers. */
export function circle(point: [number, number], radius: number, steps = 64): Geometry {
  const mPerDegLon = 111_320 * Math.cos((point[1] * Math.PI) / 180);
  const ring = Array.from({ length: steps + 1 }, (_, i) => {
    const a = (2 * Math.PI * (i % steps)) / steps;
    return [point[0] + (radius * Math.cos(a)) / mPerDegLon, point[1] + (radius * Math.sin(a)) / M_PER_DEG_LAT];
  });
  return { type: 'Polygon', coordinates: [ring] };
}
