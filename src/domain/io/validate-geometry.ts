// One geometry, checked and normalised in a single pass: positions reprojected to WGS 84 and cut to
// two dimensions, rings closed and wound the RFC 7946 way. The first error ends the walk; notes say
// what was changed so that the user is never surprised by a silent repair.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { firstCrossing } from '../spatial/area-geometry';
import type { Params } from '../errors';
import type { Transform } from './crs';
import type { ImportGeometry } from './types';

export interface Issues {
  error: { code: string; params: Params } | null;
  notes: Map<string, Params>;
}

/** Refusals of a polygon's shape, which *Reparera* can mend (a make-valid), unlike bad numbers or types. */
export const REPAIRABLE_PROBLEMS: ReadonlySet<string> = new Set(['io.problem.selfIntersection', 'io.problem.zeroArea', 'io.problem.ringTooShort']);

/** Thrown inside the walk to stop at the first error; caught by normaliseGeometry, never escapes. */
class Stop {}
const STOP = new Stop();

/** A short, bounded preview of a bad value: junk may be nested thousands of levels deep. */
function preview(v: unknown, depth = 0): string {
  if (Array.isArray(v)) return depth > 2 ? '[…]' : `[${v.slice(0, 3).map((x) => preview(x, depth + 1)).join(',')}${v.length > 3 ? ',…' : ''}]`;
  if (v !== null && typeof v === 'object') return '{…}';
  return typeof v === 'string' ? v : String(v);
}
const short = (v: unknown) => preview(v).slice(0, 40);

class Walker {
  /** A ring with no area: refused unless kinks explains it as a symmetric bow-tie. */
  degenerate = false;

  constructor(readonly transform: Transform, readonly issues: Issues) {}

  fail(code: string, params: Params = {}): never {
    this.issues.error = { code, params };
    throw STOP;
  }

  note(code: string, params: Params = {}): void {
    if (!this.issues.notes.has(code)) this.issues.notes.set(code, params);
  }

  position(p: unknown): Position {
    if (!Array.isArray(p) || p.length < 2) this.fail('io.problem.badPosition', { value: short(p) });
    const x: unknown = p[0];
    const y: unknown = p[1];
    if (typeof x !== 'number' || typeof y !== 'number') {
      const bad = typeof x !== 'number' ? x : y;
      if (typeof bad === 'string') this.fail('io.problem.coordinateNotNumber', { value: short(bad) });
      this.fail('io.problem.badPosition', { value: short(p) });
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) this.fail('io.problem.notFinite', { value: short(p) });
    // KML writes ",0" after every position: only a real height is worth a note.
    if (p.length > 2 && p[2] !== 0) this.note('io.note.dropped3d');
    const [lon, lat] = this.transform(x, y);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) this.fail('io.problem.outsideCrs', { x, y });
    if (lon < -180 || lon > 180) this.fail('io.problem.lonOutOfRange', { value: lon });
    if (lat < -90 || lat > 90) this.fail('io.problem.latOutOfRange', { value: lat });
    return [lon, lat];
  }

  list(a: unknown): unknown[] {
    if (!Array.isArray(a)) this.fail('io.problem.badCoordinates', { value: short(a) });
    if (a.length === 0) this.fail('io.problem.emptyGeometry');
    return a;
  }

  positions(a: unknown, min: number): Position[] {
    const list = this.list(a);
    if (list.length < min) this.fail('io.problem.tooFewPositions', { count: list.length, min });
    return list.map((p) => this.position(p));
  }

  ring(a: unknown, exterior: boolean): Position[] {
    // Repeated vertices change no shape but read as self-intersections to kinks: drop them.
    const ring = this.positions(a, 1).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (ring.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) {
      ring.push([first[0]!, first[1]!]);
      this.note('io.note.ringClosed');
    }
    if (ring.length < 4) this.fail('io.problem.ringTooShort', { count: ring.length });
    const area = signedArea(ring);
    if (area === 0) this.degenerate = true;
    else if (area > 0 !== exterior) {
      ring.reverse();
      this.note('io.note.rewound');
    }
    return ring;
  }

  polygon(a: unknown): Position[][] {
    return this.list(a).map((r, i) => this.ring(r, i === 0));
  }

  geometry(g: Record<string, unknown>): ImportGeometry {
    const c = g.coordinates;
    switch (g.type) {
      case 'Point': return { type: 'Point', coordinates: this.position(c) };
      case 'MultiPoint': return { type: 'MultiPoint', coordinates: this.positions(c, 1) };
      case 'LineString': return { type: 'LineString', coordinates: this.positions(c, 2) };
      case 'MultiLineString': return { type: 'MultiLineString', coordinates: this.list(c).map((l) => this.positions(l, 2)) };
      case 'Polygon': return { type: 'Polygon', coordinates: this.polygon(c) };
      case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: this.list(c).map((p) => this.polygon(p)) };
      case 'GeometryCollection': return this.fail('io.problem.geometryCollection');
      // A reader's mark for bytes it could not decode (a damaged GeoPackage blob).
      case 'Unreadable': return this.fail(String(g.code));
      default: return this.fail('io.problem.unknownGeometryType', { type: short(g.type) });
    }
  }
}

/** Twice the signed area (shoelace); positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

/** Returns the normalised geometry, or null with `issues.error` set. Never throws. */
export function normaliseGeometry(g: unknown, transform: Transform, issues: Issues): ImportGeometry | null {
  if (g === null || g === undefined) {
    issues.error = { code: 'io.problem.noGeometry', params: {} };
    return null;
  }
  if (typeof g !== 'object' || Array.isArray(g)) {
    issues.error = { code: 'io.problem.badGeometry', params: { value: short(g) } };
    return null;
  }
  const walker = new Walker(transform, issues);
  try {
    const out = walker.geometry(g as Record<string, unknown>);
    if (out.type === 'Polygon' || out.type === 'MultiPolygon') {
      // Bow-ties break areas and point-in-polygon. The rule is the area rule's (firstCrossing):
      // rings meeting at a shared vertex, as RFC 7946 and OGC allow, are not crossings.
      for (const rings of out.type === 'Polygon' ? [out.coordinates] : out.coordinates) {
        const hit = firstCrossing(rings);
        if (hit) walker.fail('io.problem.selfIntersection', { lon: hit[0]!.toFixed(6), lat: hit[1]!.toFixed(6) });
      }
      if (walker.degenerate) walker.fail('io.problem.zeroArea');
    }
    return out;
  } catch (e) {
    if (e === STOP) return null;
    throw e;
  }
}

/**
 * A refused polygon's rings as they are, in WGS 84, for repair: every position must still be a
 * finite number pair (a repair mends shapes, not numbers); rings too short to enclose anything are
 * left out. Null when nothing is left or the geometry is not a polygon.
 */
export function looseArea(g: unknown, transform: Transform): Polygon | MultiPolygon | null {
  const geometry = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) return null;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  const out: Position[][][] = [];
  for (const poly of polygons) {
    if (!Array.isArray(poly)) return null;
    const rings: Position[][] = [];
    for (const ring of poly) {
      if (!Array.isArray(ring)) return null;
      const positions: Position[] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
        positions.push(transform(p[0] as number, p[1] as number));
      }
      if (positions.length >= 3) rings.push(positions);
    }
    if (rings.length) out.push(rings);
  }
  if (!out.length) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}
