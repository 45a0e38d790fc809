// The rules an area's polygon must follow before it is stored. Areas arrive from drawing, from
// imported files and from merged reference polygons; each source has its own slips (an open ring,
// a bow-tie from a misplaced vertex, a stray 2 m² fragment), and a bad polygon breaks assignment,
// overlaps and metrics later. Every refusal names the spot (lon/lat) so the map can point at it.
import { area as turfArea, bbox, booleanPointInPolygon, length as turfLength, rewind, union, featureCollection, feature } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../model';
import { DomainError, isDomainError, type Params } from '../errors';
import { ringMeetings } from './crossings';

/**
 * Smallest ring we accept, in m². Below this a ring is a digitising slip (a double click, a gap
 * between simplified neighbours) rather than a place: 100 m² is a 10 × 10 m plot, far smaller than
 * any block, park or school yard a programme would be about.
 */
export const MIN_AREA_M2 = 100;
/**
 * Smallest isoperimetric quotient 4πA/P² of a ring (1 for a circle, about π·width/length for a
 * long rectangle). Below 0.001 a ring is a strip over ~3,000 times longer than wide, e.g. 3 km by
 * 1 m: the trace of a snapping error along a street, not a neighbourhood, even a narrow one.
 */
export const MIN_COMPACTNESS = 0.001;

type Ring = Position[];
type Rings = Ring[];

export interface GeometryIssueLocation {
  lon: number;
  lat: number;
  /** Index of the polygon within a MultiPolygon (0 for a Polygon). */
  polygon?: number;
  /** Index of the ring within its polygon: 0 is the outline, 1… are holes. */
  ring?: number;
}

interface Where {
  polygon: number;
  ring?: number;
}

/**
 * lon/lat go into params as fixed six-decimal strings (about 0.1 m): numeric params are formatted
 * for reading with one decimal by the translator, which would make the spot useless.
 */
function fail(code: string, at: Position | null | undefined, where: Where, extra: Params = {}): never {
  const params: Params = { ...extra, polygon: where.polygon };
  if (where.ring !== undefined) params.ring = where.ring;
  if (at) {
    params.lon = at[0]!.toFixed(6);
    params.lat = at[1]!.toFixed(6);
  }
  throw new DomainError(code, params);
}

/** Where a geometry error happened, for highlighting it on the map; null for other errors. */
export function geometryIssueLocation(e: unknown): GeometryIssueLocation | null {
  if (!isDomainError(e) || !e.code.startsWith('geometry.error.')) return null;
  const lon = Number(e.params.lon);
  const lat = Number(e.params.lat);
  if (e.params.lon === undefined || e.params.lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const loc: GeometryIssueLocation = { lon, lat };
  if (typeof e.params.polygon === 'number') loc.polygon = e.params.polygon;
  if (typeof e.params.ring === 'number') loc.ring = e.params.ring;
  return loc;
}

/**
 * Validates and normalises an area geometry: Polygon or MultiPolygon only, 2D, no consecutive
 * duplicate vertices, closed rings of at least four positions, no self-intersection (within a ring
 * or between the rings of one polygon), holes inside their outline, no slivers, overlapping parts
 * of a MultiPolygon dissolved, a single-part MultiPolygon stored as a Polygon, and RFC 7946
 * winding (outline counter-clockwise, holes clockwise). Throws DomainError('geometry.error.*').
 */
export function normaliseAreaGeometry(g: unknown): AreaGeometry {
  let polygons = readPolygons(g);
  polygons.forEach(checkPolygon);
  if (polygons.length > 1 && boxesOverlap(polygons)) {
    polygons = dissolve(polygons);
    polygons.forEach(checkPolygon);
  }
  return rewind(toGeometry(polygons)) as AreaGeometry;
}

/**
 * Drops holes and parts that fail the sliver rule, for geometry made by the program (a union of
 * simplified neighbours leaves hairline gaps) rather than by a person, who should be told instead.
 * Null when nothing is left.
 */
export function removeSlivers(g: AreaGeometry): AreaGeometry | null {
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .filter((rings) => rings[0] && !isSliverRing(rings[0]))
    .map((rings) => [rings[0]!, ...rings.slice(1).filter((hole) => !isSliverRing(hole))])
    .filter((rings) => turfArea(polygonOf(rings)) >= MIN_AREA_M2);
  return polygons.length ? toGeometry(polygons) : null;
}

function readPolygons(g: unknown): Rings[] {
  if (!isRecord(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new DomainError('geometry.error.notAnArea', { type: isRecord(g) ? String(g.type) : typeof g });
  }
  const raw: unknown = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(raw)) fail('geometry.error.structure', null, { polygon: 0 });
  if (raw.length === 0) throw new DomainError('geometry.error.empty');
  return raw.map((poly: unknown, p) => {
    if (!Array.isArray(poly)) fail('geometry.error.structure', null, { polygon: p });
    if (poly.length === 0) throw new DomainError('geometry.error.empty');
    return poly.map((ring: unknown, r) => readRing(ring, { polygon: p, ring: r }));
  });
}

function readRing(ring: unknown, where: Where): Ring {
  if (!Array.isArray(ring)) fail('geometry.error.structure', null, where);
  const out: Ring = [];
  ring.forEach((p: unknown, vertex) => {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
      fail('geometry.error.structure', out.at(-1), where, { vertex });
    }
    const [lon, lat] = p as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) fail('geometry.error.notFinite', out.at(-1), where, { vertex });
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) fail('geometry.error.outOfRange', [lon, lat], where, { vertex });
    const prev = out.at(-1);
    // Drops z (and any further ordinate) and repeated clicks on the same spot.
    if (!prev || prev[0] !== lon || prev[1] !== lat) out.push([lon, lat]);
  });
  const first = out[0];
  const last = out.at(-1);
  if (!first) fail('geometry.error.structure', null, where);
  if (last && out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) {
    fail('geometry.error.unclosedRing', last, where);
  }
  if (out.length < 4) fail('geometry.error.tooFewPositions', first, where);
  return out;
}

function checkPolygon(rings: Rings, p: number): void {
  rings.forEach((ring, r) => {
    const spike = findSpike(ring);
    if (spike) fail('geometry.error.selfIntersection', spike, { polygon: p, ring: r });
  });
  const crossing = firstCrossing(rings);
  if (crossing) fail('geometry.error.selfIntersection', crossing, { polygon: p });
  const outline = polygonOf([rings[0]!]);
  // With no crossings a hole is wholly inside or wholly outside; a vertex touching the outline
  // decides nothing, so look for one strictly inside.
  rings.slice(1).forEach((hole, i) => {
    if (!hole.some((v) => booleanPointInPolygon(v, outline, { ignoreBoundary: true }))) fail('geometry.error.holeOutside', hole[0], { polygon: p, ring: i + 1 });
  });
  rings.forEach((ring, r) => {
    if (isSliverRing(ring)) fail('geometry.error.sliver', ring[0], { polygon: p, ring: r }, { minM2: MIN_AREA_M2 });
  });
  if (turfArea(polygonOf(rings)) < MIN_AREA_M2) fail('geometry.error.sliver', rings[0]![0], { polygon: p }, { minM2: MIN_AREA_M2 });
}

/**
 * Every segment is compared with every other across all rings of the polygon (as turf's kinks
 * does, through an index: crossings.ts), so a hole crossing its outline is caught as well as a
 * bow-tie within one ring. Rings meeting at a shared
 * vertex are let through: RFC 7946 and the clipper's own output (a hole touching its outline at
 * one point) allow it, and it leaves the area well defined. 1e-9° is about 0.1 mm, room for the
 * rounding in kinks' computed intersection point.
 */
export function firstCrossing(rings: Rings): Position | null {
  const isVertex = (q: Position) => rings.some((ring) => ring.some((v) => Math.abs(v[0]! - q[0]!) < 1e-9 && Math.abs(v[1]! - q[1]!) < 1e-9));
  return ringMeetings(rings, (q) => !isVertex(q));
}

/** A vertex where the boundary runs straight back along itself: zero width, invisible to kinks. */
function findSpike(ring: Ring): Position | null {
  const n = ring.length - 1; // the closing position repeats the first
  for (let i = 0; i < n; i++) {
    const a = ring[(i - 1 + n) % n]!;
    const b = ring[i]!;
    const c = ring[(i + 1) % n]!;
    const ux = b[0]! - a[0]!, uy = b[1]! - a[1]!, vx = c[0]! - b[0]!, vy = c[1]! - b[1]!;
    const cross = ux * vy - uy * vx;
    const dot = ux * vx + uy * vy;
    if (dot < 0 && Math.abs(cross) <= 1e-12 * Math.hypot(ux, uy) * Math.hypot(vx, vy)) return b;
  }
  return null;
}

function isSliverRing(ring: Ring): boolean {
  const size = turfArea(polygonOf([ring]));
  const perimeter = turfLength(feature({ type: 'LineString', coordinates: ring }), { units: 'meters' });
  return size < MIN_AREA_M2 || (4 * Math.PI * size) / (perimeter * perimeter) < MIN_COMPACTNESS;
}

function boxesOverlap(polygons: Rings[]): boolean {
  const boxes = polygons.map((rings) => bbox(polygonOf([rings[0]!])));
  return boxes.some((a, i) => boxes.some((b, j) => j > i && a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]));
}

/** Parts that overlap or share an edge become one part; disjoint parts come back as they were. */
function dissolve(polygons: Rings[]): Rings[] {
  const merged = union(featureCollection(polygons.map((rings) => feature(polygonOf(rings)))));
  if (!merged) throw new DomainError('geometry.error.empty');
  const g = merged.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function polygonOf(rings: Rings): Polygon {
  return { type: 'Polygon', coordinates: rings };
}

function toGeometry(polygons: Rings[]): AreaGeometry {
  return polygons.length === 1 ? polygonOf(polygons[0]!) : { type: 'MultiPolygon', coordinates: polygons };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
