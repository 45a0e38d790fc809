// Good input in every format lands where the places really are (Malmö C ≈ 55.6095 N 13.0000 E,
// Lindängen centrum ≈ 55.5626 N 13.0085 E), with the Swedish letters intact.
import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from 'geojson';
import { importFixture } from './io-fixtures';

const MALMO_C = [13.0, 55.6095];
const LINDANGEN = [13.0085, 55.5626];

function expectNear(actual: unknown, expected: number[], tolerance = 1e-6) {
  const [lon, lat] = actual as number[];
  expect(Math.abs(lon! - expected[0]!)).toBeLessThan(tolerance);
  expect(Math.abs(lat! - expected[1]!)).toBeLessThan(tolerance);
}

describe('good input', () => {
  it('reads a zipped SWEREF 99 TM point shapefile through its .prj', async () => {
    const r = await importFixture('good-input', 'sweref-points.zip');
    expect(r.format).toBe('shapefile');
    expect(r.crs).toMatchObject({ crs: 'EPSG:3006', source: 'prj', needsConfirmation: false });
    expect(r.features.map((f) => f.properties.namn)).toEqual(['Malmö C', 'Lindängen centrum', 'Stortorget']);
    expectNear((r.features[0]!.geometry as Point).coordinates, MALMO_C);
    expectNear((r.features[1]!.geometry as Point).coordinates, LINDANGEN);
  });

  it('decodes attribute text as Windows-1252 when a shapefile has no .cpg and is not UTF-8', async () => {
    const r = await importFixture('good-input', 'sweref-points-no-cpg.zip');
    expect(r.features.map((f) => f.properties.namn)).toEqual(['Malmö C', 'Lindängen centrum', 'Stortorget']);
  });

  it('reads CSV with a BOM, semicolons, decimal commas and quoted fields', async () => {
    const r = await importFixture('good-input', 'decimal-comma.csv');
    expect(r.crs).toMatchObject({ crs: 'EPSG:4326', source: 'default' });
    expect(r.features).toHaveLength(3);
    expect(r.features[0]!.properties).toEqual({ namn: 'Malmö C', kommentar: 'semikolon; och "citat"' });
    expectNear((r.features[1]!.geometry as Point).coordinates, LINDANGEN, 1e-12);
  });

  it('reads a Windows-1252 CSV and says how it was read', async () => {
    const r = await importFixture('good-input', 'windows-1252.csv');
    expect(r.features.map((f) => f.properties.namn)).toEqual(['Lindängen centrum', 'Östra torn']);
    expect(r.problems.map((p) => p.code)).toContain('io.note.encodingWindows1252');
  });

  it('reads N/E columns as SWEREF 99 TM, guessed', async () => {
    const r = await importFixture('good-input', 'sweref-ne.csv');
    expect(r.crs).toMatchObject({ crs: 'EPSG:3006', source: 'guessed', swapApplied: false });
    expect(r.features[0]!.properties).toEqual({ Namn: 'Malmö C' });
    expectNear((r.features[0]!.geometry as Point).coordinates, MALMO_C, 1e-6);
  });

  it('reads RT90 with X as northing (the Swedish habit) by swapping, and notes it', async () => {
    const r = await importFixture('good-input', 'rt90-xy.csv');
    expect(r.crs).toMatchObject({ crs: 'EPSG:3021', source: 'guessed', swapApplied: true });
    expect(r.problems.map((p) => p.code)).toContain('io.note.axesSwapped');
    expectNear((r.features[0]!.geometry as Point).coordinates, MALMO_C, 1e-5);
  });

  it('reads KML points, lines and polygons without a note for zero heights', async () => {
    const r = await importFixture('good-input', 'places.kml');
    expect(r.crs).toMatchObject({ crs: 'EPSG:4326', source: 'declared' });
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(r.features.map((f) => f.properties.name)).toEqual(['Malmö C', 'Gångstråk', 'Kvarter']);
    expect(r.problems).toEqual([]);
  });

  it('honours a declared EPSG:3006 and rewinds a clockwise exterior ring', async () => {
    const r = await importFixture('good-input', 'declared-3006.geojson');
    expect(r.crs).toMatchObject({ crs: 'EPSG:3006', source: 'declared' });
    expect(r.features[0]!.id).toBe(1);
    expect(r.problems.map((p) => p.code)).toEqual(['io.note.rewound']);
    const ring = (r.features[0]!.geometry as Polygon).coordinates[0]!;
    let twiceArea = 0;
    for (let i = 0; i < ring.length - 1; i++) twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(twiceArea).toBeGreaterThan(0);
  });

  it('lets the user override a declaration', async () => {
    const r = await importFixture('good-input', 'declared-3006.geojson', { crs: 'EPSG:3008' });
    expect(r.crs).toMatchObject({ crs: 'EPSG:3008', source: 'user' });
  });
});
