import { describe, expect, it } from 'vitest';
import { area as turfArea } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { areAdjacent, mergeAreas } from './merge';
import { normaliseAreaGeometry } from './area-geometry';
import { DLAT, DLON, LAT0, LON0, errorOf, rect, rectRing } from './area-fixtures';

function expectAreaNear(actual: number, expected: number, share = 0.005): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(share);
}

const west = rect(0, 0, 500, 500);
const east = rect(500, 0, 400, 500);
const withHole: Polygon = { type: 'Polygon', coordinates: [rectRing(500, 0, 400, 500), rectRing(600, 100, 100, 100).reverse()] };

describe('mergeAreas', () => {
  it('merges two adjacent squares into one polygon whose area is their sum', () => {
    const merged = mergeAreas([west, east]);
    expect(merged.type).toBe('Polygon');
    expectAreaNear(turfArea(merged), turfArea(west) + turfArea(east));
  });

  it('keeps the hole of a merged neighbour', () => {
    const merged = mergeAreas([west, withHole]) as Polygon;
    expect(merged.type).toBe('Polygon');
    expect(merged.coordinates).toHaveLength(2);
    expectAreaNear(turfArea(merged), turfArea(west) + turfArea(withHole));
  });

  it('merges disjoint areas into a MultiPolygon', () => {
    const far = rect(3000, 0, 300, 300);
    const merged = mergeAreas([west, far]) as MultiPolygon;
    expect(merged.type).toBe('MultiPolygon');
    expect(merged.coordinates).toHaveLength(2);
    expectAreaNear(turfArea(merged), turfArea(west) + turfArea(far));
  });

  it('closes a hairline gap between simplified neighbours instead of leaving a sliver hole', () => {
    // Two blocks 5 cm apart, bridged above and below: the gap becomes an enclosed hairline hole.
    const parts = [rect(0, 0, 500, 500), rect(500.05, 0, 500, 500), rect(0, 500, 1000.05, 300), rect(0, -300, 1000.05, 300)];
    const merged = mergeAreas(parts) as Polygon;
    expect(merged.type).toBe('Polygon');
    expect(merged.coordinates).toHaveLength(1);
  });

  it('repairs a reference polygon with a small bow-tie left by simplification', () => {
    const at = (x: number, y: number): Position => [LON0 + x * DLON, LAT0 + y * DLAT];
    const ring = [at(0, 0), at(500, 0), at(500, 500), at(0, 500), at(0, 20), at(10, 10), at(10, 20), at(0, 10), at(0, 0)];
    const raw: Polygon = { type: 'Polygon', coordinates: [ring] };
    expect(errorOf(() => normaliseAreaGeometry(raw)).code).toBe('geometry.error.selfIntersection');
    const repaired = mergeAreas([raw]);
    expect(repaired.type).toBe('Polygon');
    expectAreaNear(turfArea(repaired), turfArea(west));
  });

  it('refuses to merge nothing', () => {
    expect(errorOf(() => mergeAreas([])).code).toBe('geometry.error.empty');
  });
});

describe('areAdjacent', () => {
  it('counts shared borders and overlaps as adjacent', () => {
    expect(areAdjacent(west, east)).toBe(true);
    expect(areAdjacent(west, rect(400, 100, 400, 100))).toBe(true);
  });

  it('tolerates the small gaps of simplified boundaries but not a street between blocks', () => {
    expect(areAdjacent(west, rect(502, 0, 400, 500))).toBe(true);
    expect(areAdjacent(west, rect(550, 0, 400, 500))).toBe(false);
    expect(areAdjacent(west, rect(3000, 3000, 100, 100))).toBe(false);
  });
});
