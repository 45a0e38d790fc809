import { describe, expect, it } from 'vitest';
import type { LineString, MultiPolygon, Point, Position } from 'geojson';
import { areaIndexFor, buildAreaIndex } from './area-index';
import type { InvestmentGeometry } from '../model';
import { rect, testArea } from '../test-kit';

// Two neighbourhoods side by side, a district around both, and a place in two separate parts.
const west = testArea('west', 'Väster', rect(13.0, 55.6, 13.02, 55.62));
const east = testArea('east', 'Öster', rect(13.02, 55.6, 13.04, 55.62));
const district = testArea('district', 'Stadsdel', rect(12.99, 55.59, 13.05, 55.63));
const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [rect(13.1, 55.6, 13.11, 55.61).coordinates, rect(13.2, 55.6, 13.21, 55.61).coordinates] };
const parts = testArea('parts', 'Två delar', islands);

const pt = (lon: number, lat = 55.61): Point => ({ type: 'Point', coordinates: [lon, lat] });
const line = (...coords: Position[]): LineString => ({ type: 'LineString', coordinates: coords });

describe('area index', () => {
  const neighbours = buildAreaIndex([west, east, parts]);
  const assign = (g: InvestmentGeometry) => neighbours.assign(g);

  it('puts a point in the area that contains it, and outside every area in none', () => {
    expect(assign(pt(13.01))).toBe('west');
    expect(assign(pt(13.03))).toBe('east');
    expect(assign(pt(13.5))).toBeNull();
    expect(assign(pt(13.01, 55.7))).toBeNull();
    expect(assign(pt(13.205, 55.605))).toBe('parts');
  });

  it('prefers the smallest containing area where areas overlap', () => {
    const nested = buildAreaIndex([district, west, east]);
    expect(nested.assign(pt(13.01))).toBe('west');
    expect(nested.assign(pt(12.995))).toBe('district');
    // The order areas are listed in does not matter.
    expect(buildAreaIndex([west, east, district]).assign(pt(13.03))).toBe('east');
  });

  it('gives a line to the area holding the longest part of it', () => {
    expect(assign(line([13.015, 55.61], [13.035, 55.61]))).toBe('east'); // 0.005° in west, 0.015° in east
    expect(assign(line([13.005, 55.61], [13.025, 55.61]))).toBe('west');
    expect(assign(line([13.01, 55.605], [13.01, 55.615]))).toBe('west'); // wholly inside
    expect(assign(line([13.5, 55.6], [13.6, 55.6]))).toBeNull();
    // A line bending out of and back into an area counts only what is inside.
    expect(assign(line([13.019, 55.61], [13.03, 55.61], [13.03, 55.65], [13.0, 55.65], [13.0, 55.7]))).toBe('east');
  });

  it('measures a multi-line by all of its parts', () => {
    const multi: InvestmentGeometry = { type: 'MultiLineString', coordinates: [
      [[13.001, 55.61], [13.009, 55.61]], [[13.021, 55.61], [13.025, 55.61]], [[13.026, 55.611], [13.03, 55.611]],
    ] };
    expect(assign(multi)).toBe('west'); // 0.008° against 0.004° + 0.004° (slightly less at the higher latitude)
  });

  it('counts a line in a multi-part area', () => {
    expect(assign(line([13.205, 55.605], [13.3, 55.605]))).toBe('parts');
  });

  it('gives a polygon to the area it overlaps most', () => {
    expect(assign(rect(13.015, 55.605, 13.035, 55.615))).toBe('east');
    expect(assign(rect(13.005, 55.605, 13.025, 55.615))).toBe('west');
    expect(assign(rect(13.5, 55.5, 13.6, 55.6))).toBeNull();
    const spread: InvestmentGeometry = { type: 'MultiPolygon', coordinates: [rect(13.001, 55.601, 13.002, 55.602).coordinates, rect(13.03, 55.601, 13.039, 55.619).coordinates] };
    expect(assign(spread)).toBe('east');
  });

  it('finds nothing in an empty workspace', () => {
    expect(buildAreaIndex([]).assign(pt(13.01))).toBeNull();
    expect(buildAreaIndex([]).candidates([0, 0, 90, 90])).toEqual([]);
  });

  it('lists the areas whose bounds meet a box', () => {
    expect(neighbours.candidates([13.005, 55.605, 13.006, 55.606]).map((a) => a.id)).toEqual(['west']);
    expect(neighbours.candidates([13.01, 55.605, 13.15, 55.606]).map((a) => a.id).sort()).toEqual(['east', 'parts', 'west']);
  });

  it('builds the index once per areas table', () => {
    const table = { west, east };
    expect(areaIndexFor(table)).toBe(areaIndexFor(table));
    expect(areaIndexFor({ ...table })).not.toBe(areaIndexFor(table));
  });
});
