// Any municipality's own data in a real browser: a GeoPackage of SCB's DeSO (built here with SQLite
// in WebAssembly, in SWEREF 99 TM, SCB's field names) is read in the import worker (sql.js loaded
// from our own origin) and saved as a reference division; two parts are adopted and merged; an SCB
// statistics export for the division then colours the map and fills the area's Mätning.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildGeoPackage, SWEREF99TM_SRS } from '../support/geopackage-writer';
import { projectedBox, SWEREF_TM_GRID } from '../support/gauss-kruger';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

const SCB = fileURLToPath(new URL('../fixtures/scb/', import.meta.url));
const SLOW = { timeout: 60_000 };
/** Set PLATSEN_SHOTS to a folder to keep 1366×768 screenshots of each step (for looking, not asserting). */
const SHOTS = process.env.PLATSEN_SHOTS;

let session: AppSession | undefined;
let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'platsen-own-data-')); });
afterAll(() => rm(dir, { recursive: true, force: true }));


async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const doc = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc);

test('a GeoPackage of DeSO becomes a reference division; two parts merge keeping both codes; SCB statistics colour the map and fill Mätning', async () => {
  const gpkg = join(dir, 'falkenberg-deso.gpkg');
  await writeFile(gpkg, await buildGeoPackage([{
    name: 'DeSO_2025', geometryType: 'MULTIPOLYGON', srs: SWEREF99TM_SRS, columns: { desokod: 'TEXT', regsokod: 'TEXT', kommunkod: 'TEXT' },
    features: ['1382C1010', '1382C1020', '1382C1030'].map((desokod, i) => ({
      geometry: projectedBox(12.47 + i * 0.02, 56.9, SWEREF_TM_GRID, 0.02, 0.012), properties: { desokod, regsokod: i < 2 ? '1382R001' : '1382R002', kommunkod: '1382' },
    })),
  }]));
  session = await openApp('/');
  const { page } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForMapIdle(page);

  await page.getByText('Data', { exact: true }).click();
  await page.getByRole('button', { name: 'Importera fil …' }).click();
  await page.getByLabel('Välj en fil (eller släpp den på kartan)').setInputFiles(gpkg);
  const dialog = page.getByRole('dialog', { name: 'Importera från fil' });
  await dialog.getByText('GeoPackage', { exact: true }).waitFor(SLOW);
  expect(await dialog.getByRole('radio', { name: 'Referensindelning' }).isChecked()).toBe(true);
  await dialog.getByText('SCB:s fältnamn känns igen: desokod, regsokod, kommunkod.').waitFor();
  await shot(page, 'division-preview');
  await dialog.getByRole('button', { name: 'Spara som referensindelning (3 delar)' }).click();
  await dialog.getByRole('status').filter({ hasText: '3 objekt importerades' }).waitFor(SLOW);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const [division] = Object.values((await doc(page)).divisions);
  expect(division).toMatchObject({ name: 'DeSO_2025', kind: 'deso', attribution: 'Källa: SCB (CC0)' });

  await page.getByRole('button', { name: 'Från referensindelning' }).click();
  await page.getByRole('combobox', { name: 'Indelning' }).selectOption(division!.id);
  for (const code of ['1382C1010', '1382C1020']) await page.getByRole('checkbox', { name: code }).check();
  await waitForMapIdle(page);
  expect(await renderedFeatures(page, ['platsen-reference-outline'])).not.toHaveLength(0);
  await shot(page, 'division-adopt');
  await page.getByRole('button', { name: 'Slå ihop till ett område' }).click();
  await expect.poll(async () => Object.values((await doc(page)).areas).find((a) => a.name === '1382C1010 + 1382C1020')?.source)
    .toEqual({ type: 'adopted', layer: division!.id, codes: ['1382C1010', '1382C1020'] });

  await page.getByText('Data', { exact: true }).click();
  await page.getByRole('button', { name: 'Importera statistik (SCB) …' }).click();
  const stats = page.getByRole('dialog', { name: 'Importera statistik från SCB' });
  await stats.getByLabel('Fil från Statistikdatabasen (CSV eller JSON-stat 2)').setInputFiles(join(SCB, 'TAB6571-bakgrund-deso.csv'));
  await stats.getByText('3 av indelningens 3 delar finns i filen.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'statistics-import');
  await stats.getByRole('button', { name: 'Importera 2 statistikmått' }).click();
  await stats.getByText(/Statistiken importerades/).waitFor();
  await stats.getByRole('button', { name: 'Stäng' }).click();

  const box = page.locator('.choropleth-box');
  await box.getByRole('button', { name: 'Färglägg efter statistik' }).click();
  await box.getByRole('combobox', { name: 'Statistik' }).selectOption('foreign');
  await expect.poll(async () => [...new Set((await renderedFeatures(page, ['platsen-choropleth-fill'])).map((f) => f.properties.id))].sort(), SLOW)
    .toEqual(['1382C1010', '1382C1020']);
  // The third DeSO's foreign background is suppressed in the file: hatched as missing, never 0.
  await box.getByText('Uppgift saknas (1)').waitFor();
  await box.getByText(/importerat: TAB6571/).waitFor();
  await shot(page, 'statistics-choropleth');

  await page.evaluate(() => {
    const { store } = (window as unknown as TestWindow).__platsen;
    const area = Object.values(store.getState().doc.areas).find((a) => a.name === '1382C1010 + 1382C1020')!;
    store.setSession({ selection: { type: 'area', ids: [area.id] } });
  });
  await page.getByText('Från DeSO_2025 (från falkenberg-deso.gpkg), delar: 1382C1010, 1382C1020').waitFor();
  await page.getByRole('tab', { name: 'Mätning' }).click();
  const pop = page.locator('tr[data-stat="pop"]');
  await expect.poll(() => pop.textContent(), SLOW).toMatch(/3\s775 personer.*Exakt/);
  await page.getByText(/Källa: SCB \(CC0\), importerat: TAB6571/).first().waitFor();
  await shot(page, 'statistics-measure');
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});
