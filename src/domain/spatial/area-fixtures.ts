// Small fixture polygons near Malmö (Lindängen) for the area tests, and a helper to catch the
// DomainError a rule throws. At 55.55° N one degree is about 63 km east-west and 111 km north-south.
import type { Polygon, Position } from 'geojson';
import { DomainError, isDomainError } from '../errors';
import type { Area, AreaGeometry } from '../model';

export const LON0 = 13.02;
export const LAT0 = 55.55;
/** Degrees of longitude / latitude per metre at LAT0. */
export const DLON = 1 / (111_320 * Math.cos((LAT0 * Math.PI) / 180));
export const DLAT = 1 / 110_574;

/** A closed counter-clockwise rectangle ring, x/y/width/height in metres from (LON0, LAT0). */
export function rectRing(x: number, y: number, w: number, h: number): Position[] {
  const at = (dx: number, dy: number): Position => [LON0 + dx * DLON, LAT0 + dy * DLAT];
  return [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h), at(x, y)];
}

export function rect(x: number, y: number, w: number, h: number): Polygon {
  return { type: 'Polygon', coordinates: [rectRing(x, y, w, h)] };
}

export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

export function fixtureArea(id: string, name: string, geometry: AreaGeometry): Area {
  const at = '2026-01-01T00:00:00.000Z';
  return { id, name, description: '', geometry, source: { type: 'drawn' }, createdAt: at, updatedAt: at };
}
