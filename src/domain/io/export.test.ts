import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Point, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { parseXmlStrict } from './parse-xml';
import { rect, testArea, testDepartment, testDoc, testInvestment } from '../test-kit';
import { DomainError } from '../errors';
import { exportCsv } from './export-csv';
import { exportGeoJson } from './export-geojson';
import { exportKml } from './export-kml';
import { readAny } from './import-pipeline';
import { readKml } from './read-kml';

const HOSTILE = `<script>alert("x")</script> & 'quoted'`;

function doc() {
  const park: Polygon = rect(13.0, 55.6, 13.01, 55.605);
  return testDoc({
    areas: [testArea('a1', 'Lindängen', park), testArea('a2', HOSTILE, rect(13.02, 55.6, 13.03, 55.61))],
    departments: [testDepartment('d1', 'Fritidsförvaltningen')],
    investments: [
      testInvestment('i1', { title: '=HYPERLINK("http://evil")', geometry: { type: 'Point', coordinates: [13.005, 55.602] }, areaId: 'a1', departmentId: 'd1' }),
      testInvestment('i2', { title: 'Gångstråk, "nya"\netapp 2', geometry: { type: 'LineString', coordinates: [[13.0, 55.6], [13.01, 55.605]] } }),
      testInvestment('i3', { title: '-1+1', kind: 'social', geometry: park, budget: { investment: 1_500_000, operatingPerYear: 0, externalFunding: 0 } }),
    ],
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) => readAny({ name, bytes: bytes(text) }, { parseXml: parseXmlStrict });

describe('GeoJSON export', () => {
  it('reads back through the import pipeline with the same geometries, names and ids', async () => {
    const d = doc();
    const result = await read('x.geojson', exportGeoJson(d, 'investments'));
    expect(result.problems).toEqual([]);
    expect(result.crs).toMatchObject({ crs: 'EPSG:4326', needsConfirmation: false });
    const byId = new Map(result.features.map((f) => [f.id, f]));
    for (const inv of Object.values(d.investments)) {
      expect(byId.get(inv.id)?.geometry).toEqual(inv.geometry);
      expect(byId.get(inv.id)?.properties.title).toBe(inv.title);
    }
    expect(byId.get('i1')?.properties).toMatchObject({ department: 'Fritidsförvaltningen', area: 'Lindängen', budget: 0 });
  });

  it('refuses a record with a NaN coordinate rather than writing null into the file', () => {
    const d = doc();
    d.investments.i1!.geometry = { type: 'Point', coordinates: [Number.NaN, 55.6] };
    expect(() => exportGeoJson(d, 'investments')).toThrow(DomainError);
  });
});

describe('CSV export', () => {
  const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('has the property columns, a geometry type and a representative longitude/latitude', () => {
    const d = doc();
    const rows = rowsOf(exportCsv(d, 'investments'));
    expect(Object.keys(rows[0]!)).toEqual([
      'id', 'title', 'kind', 'category', 'department', 'area', 'wholeArea', 'budget', 'operatingPerYear', 'externalFunding',
      'startDate', 'endDate', 'visibility', 'description', 'geometryType', 'longitude', 'latitude',
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('i1')).toMatchObject({ geometryType: 'Point', longitude: '13.005', latitude: '55.602' });
    const polygonRow = byId.get('i3')!;
    expect(polygonRow.geometryType).toBe('Polygon');
    expect(booleanPointInPolygon([Number(polygonRow.longitude), Number(polygonRow.latitude)], d.investments.i3!.geometry as Polygon)).toBe(true);
    expect(polygonRow.budget).toBe('1500000');
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    const csv = exportCsv(doc(), 'investments');
    const byId = new Map(rowsOf(csv).map((r) => [r.id, r]));
    expect(byId.get('i1')!.title).toBe(`'=HYPERLINK("http://evil")`);
    expect(byId.get('i3')!.title).toBe(`'-1+1`);
    expect(byId.get('i2')!.title).toBe('Gångstråk, "nya"\netapp 2');
    expect(csv).toContain('"Gångstråk, ""nya""\netapp 2"');
  });

  it('leaves numbers as numbers: a negative longitude is not defused', () => {
    const d = testDoc({ investments: [testInvestment('w', { geometry: { type: 'Point', coordinates: [-0.5, 51.5] } })] });
    expect(rowsOf(exportCsv(d, 'investments'))[0]).toMatchObject({ longitude: '-0.5', latitude: '51.5' });
  });

  it('imports again as points at the representative positions', async () => {
    const result = await read('x.csv', exportCsv(doc(), 'areas'));
    expect(result.features).toHaveLength(2);
    expect(result.features.map((f) => f.properties.name).sort()).toEqual(['Lindängen', HOSTILE].sort());
  });
});

describe('KML export', () => {
  it('parses back with readKml to the same names and coordinates', () => {
    const d = doc();
    const back = readKml(exportKml(d, 'areas', 'Test'), parseXmlStrict).features as Array<{ geometry: Polygon; properties: { name: string } }>;
    const byName = new Map(back.map((f) => [f.properties.name, f]));
    expect(byName.get('Lindängen')?.geometry.coordinates).toEqual(d.areas.a1!.geometry.coordinates);
    expect(byName.get(HOSTILE)?.geometry.coordinates).toEqual(d.areas.a2!.geometry.coordinates);
  });

  it('keeps hostile text as literal text: no element of it reaches the document', () => {
    const kml = exportKml(doc(), 'areas', '<Dokument & "namn">');
    expect(kml).not.toContain('<script>');
    const parsed = parseXmlStrict(kml);
    expect(parsed.getElementsByTagName('script').length).toBe(0);
    expect(parsed.getElementsByTagName('name')[0]!.textContent).toBe('<Dokument & "namn">');
  });

  it('writes points, lines and polygons of investments with their data', () => {
    const back = readKml(exportKml(doc(), 'investments', 'Insatser'), parseXmlStrict).features as Array<{ geometry: Point; properties: Record<string, unknown> }>;
    const point = back.find((f) => f.properties.name === '=HYPERLINK("http://evil")')!;
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [13.005, 55.602] });
    expect(point.properties).toMatchObject({ kind: 'physical', department: 'Fritidsförvaltningen' });
    expect(back.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point', 'Polygon']);
  });
});
