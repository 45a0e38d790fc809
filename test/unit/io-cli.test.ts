// `platsen validate` and `platsen convert` through the real dispatcher, in both languages.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { main } from '../../src/cli/main';
import { buildGeoPackage, SWEREF99TM_SRS, type GpkgLayer } from '../support/geopackage-writer';
import { FIXTURES } from './io-fixtures';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'platsen-io-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[], lang = 'sv_SE.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd: FIXTURES, env: { LANG: lang }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('every command', () => {
  it.each(['publish', 'demo', 'validate', 'convert', 'help'])('answers %s --help with its usage on stdout and exit 0, in both languages', async (name) => {
    const sv = await run([name, '--help']);
    expect(sv).toMatchObject({ code: 0, err: '' });
    expect(sv.out).toContain('Användning:');
    expect(sv.out).toContain(`platsen ${name}`);
    const en = await run([name, '-h', '--out', 'ignored.json'], 'en_GB.UTF-8');
    expect(en).toMatchObject({ code: 0, err: '' });
    expect(en.out).toContain('Usage:');
    expect(en.out).toContain(`platsen ${name}`);
  });
});

describe('platsen validate', () => {
  it('reads a GeoPackage and names its layers; refuses a damaged one with exit 1', async () => {
    const r = await run(['validate', 'bad-input/gpkg-claims-10-million-rows.gpkg']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Lagret punkter har fler än');
    const damaged = await run(['validate', 'bad-input/gpkg-corrupt-page.gpkg', '--lang', 'en']);
    expect(damaged).toMatchObject({ code: 1, err: expect.stringContaining('The GeoPackage is damaged') });
  });

  it('reports format, system and how it was found, and exits 0 for a valid file', async () => {
    const r = await run(['validate', 'good-input/sweref-points.zip']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Format: Shapefil (zip)');
    expect(r.out).toContain('Koordinatsystem: SWEREF 99 TM (EPSG:3006) (angivet i .prj-filen)');
    expect(r.out).toContain('Objekt: 3 i filen, 3 kan importeras, 0 kan inte importeras');
  });

  it('warns that a system was guessed', async () => {
    const r = await run(['validate', 'bad-input/sweref-without-crs.geojson', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('GUESSED from the size of the coordinates');
    expect(r.out).toContain('Confirm with --crs EPSG:3006');
  });

  it('lists feature problems and exits 1 when a feature cannot be imported', async () => {
    const r = await run(['validate', 'bad-input/csv-bad-number.csv']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Fel: objekt 2 har en koordinat som inte är ett tal: "tretton"');
  });

  it('explains a refused file in the chosen language and exits 1', async () => {
    const r = await run(['validate', 'bad-input/zip-without-shp.zip'], 'en_GB.UTF-8');
    expect(r.code).toBe(1);
    expect(r.err).toContain('The zip file contains no .shp file and no KML file. Nothing was imported.');
  });

  it('accepts --crs to settle an ambiguous local zone', async () => {
    expect((await run(['validate', 'bad-input/local-zone-ambiguous.geojson'])).code).toBe(1);
    const r = await run(['validate', 'bad-input/local-zone-ambiguous.geojson', '--crs', 'EPSG:3008']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('SWEREF 99 13 30 (EPSG:3008) (valt av dig)');
  });

  it('refuses a --crs that is not an EPSG code as wrong usage', async () => {
    expect((await run(['validate', 'good-input/places.kml', '--crs', 'sweref'])).code).toBe(2);
  });
});

describe('platsen convert', () => {
  it('converts the chosen layer of a GeoPackage', async () => {
    const point = (name: string, e: number, n: number): GpkgLayer => ({
      name, geometryType: 'POINT', srs: SWEREF99TM_SRS, columns: { namn: 'TEXT' },
      features: [{ geometry: { type: 'Point', coordinates: [e, n] }, properties: { namn: name } }],
    });
    const gpkg = join(dir, 'lager.gpkg');
    await writeFile(gpkg, await buildGeoPackage([point('skolor', 374018, 6164434), point('parker', 374500, 6164500)]));
    const check = await run(['validate', gpkg]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('Format: GeoPackage');
    expect(check.out).toContain('Lager: parker lästes (filen har parker, skolor; välj med --layer)');
    const out = join(dir, 'skolor.geojson');
    expect((await run(['convert', gpkg, '--layer', 'skolor', '--out', out])).code).toBe(0);
    const fc = JSON.parse(await readFile(out, 'utf8')) as FeatureCollection<Point>;
    expect(fc.features.map((f) => f.properties)).toEqual([{ fid: 1, namn: 'skolor' }]);
    expect(fc.features[0]!.geometry.coordinates[0]).toBeCloseTo(13.0, 4);
  });

  it('writes WGS 84 GeoJSON without a crs member', async () => {
    const out = join(dir, 'points.geojson');
    const r = await run(['convert', 'good-input/sweref-points.zip', '--out', out]);
    expect(r.code).toBe(0);
    const fc = JSON.parse(await readFile(out, 'utf8')) as FeatureCollection<Point>;
    expect(fc).not.toHaveProperty('crs');
    expect(fc.features[0]!.properties).toEqual({ namn: 'Malmö C' });
    const [lon, lat] = fc.features[0]!.geometry.coordinates;
    expect(lon).toBeCloseTo(13.0, 6);
    expect(lat).toBeCloseTo(55.6095, 6);
  });

  it('converts a guess but says it was one', async () => {
    const out = join(dir, 'guessed.geojson');
    const r = await run(['convert', 'bad-input/sweref-without-crs.geojson', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Varning: koordinatsystemet är gissat');
    expect(existsSync(out)).toBe(true);
  });

  it('writes nothing when no feature can be imported', async () => {
    const out = join(dir, 'none.geojson');
    const r = await run(['convert', 'bad-input/bowtie.geojson', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Inget objekt kan importeras. Ingen fil har skrivits.');
    expect(existsSync(out)).toBe(false);
  });
});

describe('platsen validate on every fixture', () => {
  const rawKey = /\b[a-z]+(\.[a-zA-Z]+){2,}\b/;

  // Suspicious but importable: repaired or kept with a note (or, for swapped axes and a missing
  // crs, read with a warning). Every other bad file must be refused.
  const IMPORTABLE = new Set(['duplicate-ids.geojson', 'hostile-html.geojson', 'huge-property.geojson', 'latlon-swapped.geojson',
    'properties-not-object.geojson', 'sweref-without-crs.geojson', 'three-d.geojson', 'unclosed-ring.geojson']);

  it('answers every bad file with the right exit code and a translated message, never a crash or a raw key', async () => {
    const files = readdirSync(join(FIXTURES, 'bad-input'));
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const { code, out, err } = await run(['validate', join('bad-input', file)]);
      const text = `${out}\n${err}`;
      expect(code, file).toBe(IMPORTABLE.has(file) ? 0 : 1);
      expect(text.trim().length, file).toBeGreaterThan(0);
      expect(text, file).not.toMatch(rawKey);
    }
  }, 120_000);

  it('accepts every good file (exit 0)', async () => {
    for (const file of readdirSync(join(FIXTURES, 'good-input'))) {
      const { code, out, err } = await run(['validate', join('good-input', file)]);
      expect(code, `${file}: ${out}\n${err}`).toBe(0);
    }
  }, 120_000);
});
