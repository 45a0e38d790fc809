// Files from municipal GIS in a real browser, one session: damaged GeoPackages refused with their
// reason and nothing written (SQLite in WebAssembly in the worker); a UTM zone 33N shapefile (positions
// projected here by Lantmäteriet's Gauss–Krüger formulas, not proj4) and a KMZ land within 1 m of
// where they were made from; a self-crossing polygon is refused, *Reparera* shows it before (red,
// dashed) and after (green) on the map with its change of area, and only then is it imported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { zip } from '../support/file-writers';
import { utmPlacesShapefile } from '../support/utm-places';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type TestWindow } from './browser';

const SLOW = { timeout: 60_000 };
const BAD = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
/** Set PLATSEN_SHOTS to a folder to keep 1366×768 screenshots of each step (for looking, not asserting). */
const SHOTS = process.env.PLATSEN_SHOTS;
const UTM_PLACES = [
  { namn: 'Triangeln', lat: 55.5945, lon: 13.0011 },
  { namn: 'Möllevångstorget', lat: 55.5912, lon: 13.0076 },
  { namn: 'Värnhemstorget', lat: 55.6035, lon: 13.0185 },
];
const KMZ_PLACES = [
  { namn: 'Folkets park', lat: 55.5905, lon: 13.0117 },
  { namn: 'Pildammsparken', lat: 55.5905, lon: 12.9915 },
];

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'platsen-own-files-')); });
afterAll(() => rm(dir, { recursive: true, force: true }));

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const doc = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc);

async function openImport(page: Page, file: string) {
  await page.getByText('Data', { exact: true }).click();
  await page.getByRole('button', { name: 'Importera fil …' }).click();
  await page.getByLabel('Välj en fil (eller släpp den på kartan)').setInputFiles(file);
  return page.getByRole('dialog', { name: 'Importera från fil' });
}

async function importPlaces(page: Page, file: string, format: string, crs: string, places: typeof UTM_PLACES): Promise<void> {
  const dialog = await openImport(page, file);
  await dialog.getByText(format, { exact: true }).waitFor(SLOW);
  await dialog.getByText(crs).first().waitFor();
  await dialog.getByRole('button', { name: `Importera ${places.length} investeringar` }).click();
  await dialog.getByRole('status').filter({ hasText: `${places.length} objekt importerades` }).waitFor(SLOW);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const investments = Object.values((await doc(page)).investments);
  for (const p of places) {
    const inv = investments.find((i) => i.title === p.namn);
    expect(inv?.geometry.type, p.namn).toBe('Point');
    if (inv?.geometry.type === 'Point') expect(distance(inv.geometry.coordinates, [p.lon, p.lat], { units: 'meters' }), p.namn).toBeLessThan(1);
  }
}

test('damaged GeoPackages are refused with nothing written; a UTM 33N shapefile and a KMZ land within 1 m; a self-crossing polygon is repaired with consent, shown before and after', async () => {
  const utm = await write('platser-utm33n.zip', utmPlacesShapefile(UTM_PLACES));
  const placemarks = KMZ_PLACES.map((p) => `<Placemark><name>${p.namn}</name><Point><coordinates>${p.lon},${p.lat},0</coordinates></Point></Placemark>`).join('');
  const kmz = await write('parker.kmz', zip([['doc.kml', utf8(`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`)]]));
  // A bow-tie (its ring crosses itself in the middle) beside a plain square.
  const bowTie = [[13.02, 55.575], [13.03, 55.58], [13.03, 55.575], [13.02, 55.58], [13.02, 55.575]];
  const square = [[13.035, 55.575], [13.04, 55.575], [13.04, 55.58], [13.035, 55.58], [13.035, 55.575]];
  const shapes = await write('omraden.geojson', JSON.stringify({
    type: 'FeatureCollection',
    features: [['Fjärilen', bowTie], ['Kvadraten', square]].map(([namn, ring]) => ({ type: 'Feature', properties: { namn }, geometry: { type: 'Polygon', coordinates: [ring] } })),
  }));

  const session = await openApp('/');
  const { page } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForMapIdle(page);

  // Damaged GeoPackages are refused by the worker's SQLite with the reason and nothing written.
  const before = await doc(page);
  for (const [file, reason] of [['gpkg-corrupt-page.gpkg', 'GeoPackage-filen är skadad'], ['gpkg-claims-10-million-rows.gpkg', 'har fler än 1\u00a0000\u00a0000 rader']]) {
    const dialog = await openImport(page, join(BAD, file!));
    const alert = dialog.getByRole('alert');
    await alert.filter({ hasText: reason! }).waitFor(SLOW);
    expect(await alert.textContent()).toContain('Inget importerades.');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
  }
  expect(await doc(page)).toEqual(before);

  await importPlaces(page, utm, 'Shapefil (zip)', 'UTM', UTM_PLACES);
  await importPlaces(page, kmz, 'KMZ (zippad KML)', 'WGS 84', KMZ_PLACES);

  const areasBefore = Object.keys((await doc(page)).areas).length;
  const dialog = await openImport(page, shapes);
  await dialog.getByText('1 yta kan inte importeras som de är', { exact: false }).waitFor(SLOW);
  // All or nothing: the square alone is not imported while the bow-tie is refused.
  expect(await dialog.getByRole('button', { name: 'Importera 1 område' }).isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: 'Reparera', exact: true }).click();
  await dialog.getByText(/^Reparerade: 1 av 1; sammanlagd ytändring/).waitFor(SLOW);
  await waitForMapIdle(page);
  const shown = await renderedFeatures(page, ['platsen-import-repair-before', 'platsen-import-repair-after']);
  expect(new Set(shown.map((f) => f.layer))).toEqual(new Set(['platsen-import-repair-before', 'platsen-import-repair-after']));
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'repair-review');
  await dialog.getByRole('button', { name: 'Använd valda reparationer (1)' }).click();
  await dialog.getByText('1 yta reparerades och importeras med sin nya form', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Importera 2 områden' }).click();
  await dialog.getByRole('status').filter({ hasText: '2 objekt importerades' }).waitFor(SLOW);
  await shot(page, 'repair-imported');

  const areas = Object.values((await doc(page)).areas);
  expect(areas).toHaveLength(areasBefore + 2);
  const mended = areas.find((a) => a.name === 'Fjärilen');
  // Both lobes of the bow-tie are kept, as two polygons, and the area knows its file.
  expect(mended?.geometry.type).toBe('MultiPolygon');
  expect(mended?.source).toMatchObject({ type: 'imported', file: 'omraden.geojson' });
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}, 120_000);
