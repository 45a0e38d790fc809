// GeoPackages built here with SQLite in WebAssembly and wkx's WKB (test/support/geopackage-writer.ts),
// in SWEREF 99 TM (EPSG code) and in the local zone SWEREF 99 12 00 (stated only as WKT), with SCB's
// field names. Positions are projected by Lantmäteriet's formulas, not by proj4, so the reader's
// result is checked against an independent transformation.
import { distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { openSqliteNode } from '../../src/cli/sqlite-node';
import { readAny } from '../../src/domain/io/import-pipeline';
import { parseXmlStrict } from '../../src/domain/io/parse-xml';
import { buildGeoPackage, SWEREF99_1200_SRS, SWEREF99TM_SRS, type GpkgLayer } from '../support/geopackage-writer';
import { projectedBox, SWEREF_1200_GRID, SWEREF_TM_GRID } from '../support/gauss-kruger';



const deso: GpkgLayer = {
  name: 'DeSO_2025', geometryType: 'MULTIPOLYGON', srs: SWEREF99TM_SRS,
  columns: { desokod: 'TEXT', regsokod: 'TEXT', kommunkod: 'TEXT', kommunnamn: 'TEXT' },
  features: [
    { geometry: projectedBox(12.49, 56.9, SWEREF_TM_GRID), properties: { desokod: '1382C1010', regsokod: '1382R001', kommunkod: '1382', kommunnamn: 'Falkenberg' } },
    { geometry: projectedBox(12.50, 56.9, SWEREF_TM_GRID), properties: { desokod: '1382C1020', regsokod: '1382R001', kommunkod: '1382', kommunnamn: 'Falkenberg' } },
  ],
};
const regso: GpkgLayer = {
  name: 'RegSO_2025', geometryType: 'POLYGON', srs: SWEREF99_1200_SRS,
  columns: { regsokod: 'TEXT', regsonamn: 'TEXT', kommunkod: 'TEXT' },
  features: [{ geometry: projectedBox(12.49, 56.9, SWEREF_1200_GRID), properties: { regsokod: '1382R001', regsonamn: 'Falkenberg centrum', kommunkod: '1382' } }],
};

const read = (bytes: Uint8Array, layer?: string) =>
  readAny({ name: 'scb.gpkg', bytes }, { parseXml: parseXmlStrict, openSqlite: openSqliteNode, layer });

describe('GeoPackage import', () => {
  it('lists every feature table, reads the first, and lands within 1 m in SWEREF 99 TM', async () => {
    const result = await read(await buildGeoPackage([regso, deso]));
    expect(result.format).toBe('geopackage');
    expect(result.layers).toEqual([{ name: 'DeSO_2025', geometryType: 'MULTIPOLYGON' }, { name: 'RegSO_2025', geometryType: 'POLYGON' }]);
    expect(result.layer).toBe('DeSO_2025');
    expect(result.crs).toMatchObject({ crs: 'EPSG:3006', source: 'declared', needsConfirmation: false });
    expect(result.counts).toMatchObject({ total: 2, valid: 2, invalid: 0 });
    expect(result.features.map((f) => f.properties)).toEqual([
      { fid: 1, desokod: '1382C1010', regsokod: '1382R001', kommunkod: '1382', kommunnamn: 'Falkenberg' },
      { fid: 2, desokod: '1382C1020', regsokod: '1382R001', kommunkod: '1382', kommunnamn: 'Falkenberg' },
    ]);
    const corner = (result.features[0]!.geometry as Polygon).coordinates[0]![0]!;
    expect(distance(corner, [12.49, 56.9], { units: 'meters' })).toBeLessThan(1);
  });

  it('reads the chosen layer in a local zone stated only as WKT', async () => {
    const result = await read(await buildGeoPackage([deso, regso]), 'RegSO_2025');
    expect(result.layer).toBe('RegSO_2025');
    expect(result.crs).toMatchObject({ crs: 'EPSG:3007', source: 'declared' }); // recognised by the WKT's name
    const ring = (result.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(distance(ring[2]!, [12.5, 56.91], { units: 'meters' })).toBeLessThan(1);
    expect(result.features[0]!.properties.regsonamn).toBe('Falkenberg centrum');
  });

  it('names a layer that is not there, and reports a damaged geometry per feature', async () => {
    const bytes = await buildGeoPackage([deso], (db) => db.run("UPDATE DeSO_2025 SET geom = X'47500001' WHERE fid = 2"));
    await expect(read(bytes, 'Basomraden')).rejects.toMatchObject({ code: 'io.error.gpkgNoLayer', params: { layers: 'DeSO_2025' } });
    const result = await read(bytes);
    expect(result.counts).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(result.problems).toContainEqual(expect.objectContaining({ featureIndex: 1, code: 'io.problem.badWkb', severity: 'error' }));
  });
});
