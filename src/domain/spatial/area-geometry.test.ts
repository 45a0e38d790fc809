import { describe, expect, it } from 'vitest';
import { area as turfArea, booleanClockwise } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geometryIssueLocation, normaliseAreaGeometry, removeSlivers } from './area-geometry';
import { DLAT, DLON, LAT0, LON0, errorOf, rect, rectRing } from './area-fixtures';
import { DomainError } from '../errors';

const square = rect(0, 0, 500, 500);

describe('normaliseAreaGeometry', () => {
  it('accepts a plain square unchanged', () => {
    expect(normaliseAreaGeometry(square)).toEqual(square);
  });

  it('refuses a bow-tie and says where the edges cross', () => {
    const [a, b, c, d] = rectRing(0, 0, 500, 500);
    const e = errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [[a, b, d, c, a]] }));
    expect(e.code).toBe('geometry.error.selfIntersection');
    const loc = geometryIssueLocation(e)!;
    expect(loc.lon).toBeCloseTo(LON0 + 250 * DLON, 5);
    expect(loc.lat).toBeCloseTo(LAT0 + 250 * DLAT, 5);
  });

  it('refuses a hole that crosses the outline', () => {
    const g = { type: 'Polygon', coordinates: [rectRing(0, 0, 500, 500), rectRing(400, 100, 200, 100).reverse()] };
    expect(errorOf(() => normaliseAreaGeometry(g)).code).toBe('geometry.error.selfIntersection');
  });

  it('refuses a spike where the boundary runs back along itself', () => {
    const [a, b, c, d] = rectRing(0, 0, 500, 500) as [Position, Position, Position, Position];
    const tip: Position = [b[0]! + 100 * DLON, b[1]!];
    const e = errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [[a, b, tip, b, c, d, a]] }));
    expect(e.code).toBe('geometry.error.selfIntersection');
    expect(geometryIssueLocation(e)).toMatchObject({ lon: Number(tip[0]!.toFixed(6)), lat: Number(tip[1]!.toFixed(6)) });
  });

  it('refuses an unclosed ring and points at its open end', () => {
    const ring = rectRing(0, 0, 500, 500).slice(0, 4);
    const e = errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [ring] }));
    expect(e.code).toBe('geometry.error.unclosedRing');
    expect(e.params).toMatchObject({ polygon: 0, ring: 0, lon: ring[3]![0]!.toFixed(6), lat: ring[3]![1]!.toFixed(6) });
  });

  it('removes consecutive duplicate vertices, then refuses a ring left with fewer than four positions', () => {
    const [a, b, c, d] = rectRing(0, 0, 500, 500);
    const doubled = { type: 'Polygon', coordinates: [[a, a, b, b, b, c, d, d, a]] };
    expect(normaliseAreaGeometry(doubled)).toEqual(square);
    const e = errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [[a, b, b, a]] }));
    expect(e.code).toBe('geometry.error.tooFewPositions');
  });

  it('keeps holes and winds them clockwise inside a counter-clockwise outline', () => {
    const hole = rectRing(100, 100, 200, 200); // given counter-clockwise, the wrong way for a hole
    const outline = rectRing(0, 0, 500, 500).reverse(); // given clockwise
    const g = normaliseAreaGeometry({ type: 'Polygon', coordinates: [outline, hole] }) as Polygon;
    expect(g.coordinates).toHaveLength(2);
    expect(booleanClockwise(g.coordinates[0]!)).toBe(false);
    expect(booleanClockwise(g.coordinates[1]!)).toBe(true);
    expect(turfArea(g)).toBeCloseTo(turfArea(square) - turfArea(rect(100, 100, 200, 200)), 0);
  });

  it('refuses a hole outside its outline', () => {
    const g = { type: 'Polygon', coordinates: [rectRing(0, 0, 500, 500), rectRing(900, 0, 50, 50).reverse()] };
    const e = errorOf(() => normaliseAreaGeometry(g));
    expect(e.code).toBe('geometry.error.holeOutside');
    expect(e.params.ring).toBe(1);
  });

  it('keeps a MultiPolygon of separate parts, each wound correctly', () => {
    const g = { type: 'MultiPolygon', coordinates: [[rectRing(0, 0, 300, 300).reverse()], [rectRing(1000, 0, 300, 300)]] };
    const out = normaliseAreaGeometry(g) as MultiPolygon;
    expect(out.type).toBe('MultiPolygon');
    expect(out.coordinates).toHaveLength(2);
    for (const part of out.coordinates) expect(booleanClockwise(part[0]!)).toBe(false);
  });

  it('dissolves overlapping parts of a MultiPolygon and stores a single part as a Polygon', () => {
    const overlapping = { type: 'MultiPolygon', coordinates: [[rectRing(0, 0, 300, 300)], [rectRing(200, 0, 300, 300)]] };
    const out = normaliseAreaGeometry(overlapping);
    expect(out.type).toBe('Polygon');
    expect(turfArea(out)).toBeCloseTo(turfArea(rect(0, 0, 500, 300)), 0);
    expect(normaliseAreaGeometry({ type: 'MultiPolygon', coordinates: [square.coordinates] })).toEqual(square);
  });

  it('drops z coordinates', () => {
    const ring3d = rectRing(0, 0, 500, 500).map(([x, y]) => [x!, y!, 12.5]);
    expect(normaliseAreaGeometry({ type: 'Polygon', coordinates: [ring3d] })).toEqual(square);
  });

  it('refuses slivers: a tiny polygon, a hairline strip and a tiny hole', () => {
    expect(errorOf(() => normaliseAreaGeometry(rect(0, 0, 5, 5))).code).toBe('geometry.error.sliver');
    expect(errorOf(() => normaliseAreaGeometry(rect(0, 0, 3000, 0.5))).code).toBe('geometry.error.sliver');
    const withSpeck = { type: 'Polygon', coordinates: [rectRing(0, 0, 500, 500), rectRing(100, 100, 2, 2).reverse()] };
    const e = errorOf(() => normaliseAreaGeometry(withSpeck));
    expect(e.code).toBe('geometry.error.sliver');
    expect(e.params.ring).toBe(1);
    // A narrow but real place, a 1 km long 20 m wide linear park, is accepted.
    expect(normaliseAreaGeometry(rect(0, 0, 1000, 20)).type).toBe('Polygon');
  });

  it('refuses non-finite and malformed coordinates and anything that is not a polygon', () => {
    const ring = rectRing(0, 0, 500, 500);
    const withNaN = ring.map((p, i) => (i === 2 ? [Number.NaN, p[1]!] : p));
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [withNaN] })).code).toBe('geometry.error.notFinite');
    const withInf = ring.map((p, i) => (i === 1 ? [p[0]!, Number.POSITIVE_INFINITY] : p));
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [withInf] })).code).toBe('geometry.error.notFinite');
    const withText = ring.map((p, i) => (i === 1 ? ['13.0', p[1]!] : p));
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [withText] })).code).toBe('geometry.error.structure');
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: 'x' })).code).toBe('geometry.error.structure');
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Polygon', coordinates: [] })).code).toBe('geometry.error.empty');
    expect(errorOf(() => normaliseAreaGeometry({ type: 'Point', coordinates: [13, 55] })).code).toBe('geometry.error.notAnArea');
    expect(errorOf(() => normaliseAreaGeometry(null)).code).toBe('geometry.error.notAnArea');
    const offEarth = { type: 'Polygon', coordinates: [[[13, 55], [13.01, 55], [13.01, 95], [13, 55]]] };
    expect(errorOf(() => normaliseAreaGeometry(offEarth)).code).toBe('geometry.error.outOfRange');
  });

  it('is idempotent, so normalised geometry can be normalised again on every save', () => {
    const once = normaliseAreaGeometry({ type: 'Polygon', coordinates: [rectRing(0, 0, 500, 500).reverse(), rectRing(100, 100, 200, 200)] });
    expect(normaliseAreaGeometry(once)).toEqual(once);
  });
});

describe('geometryIssueLocation', () => {
  it('is null for errors without a spot', () => {
    expect(geometryIssueLocation(new DomainError('geometry.error.empty'))).toBeNull();
    expect(geometryIssueLocation(new DomainError('area.error.nameRequired', { lon: '13', lat: '55' }))).toBeNull();
    expect(geometryIssueLocation(new Error('x'))).toBeNull();
  });
});

describe('removeSlivers', () => {
  it('drops hairline holes and fragment parts, keeping the real area', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rectRing(0, 0, 500, 500), rectRing(100, 100, 300, 0.05).reverse()], [rectRing(600, 0, 3, 3)]],
    };
    expect(removeSlivers(g)).toEqual(square);
    expect(removeSlivers(rect(0, 0, 2, 2))).toBeNull();
  });
});
