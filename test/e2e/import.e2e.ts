// Bring your own data in a real browser: files chosen through the file input are read in the import
// worker, previewed, and imported as one command into IndexedDB; an import interrupted by closing
// the page during the write leaves the database as it was.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { Investment } from '../../src/domain/model';
import { createProfileDir, openApp, removeProfileDir, waitForMapIdle, type AppSession, type TestWindow } from './browser';

const GOOD = fileURLToPath(new URL('../fixtures/good-input/', import.meta.url));
const LONG = 90_000;
const SLOW = { timeout: 60_000 };

let session: AppSession | undefined;
let profile: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (profile) await removeProfileDir(profile);
  profile = undefined;
});


const investments = (page: Page) => page.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.investments));

async function openImport(page: Page, file: string): Promise<void> {
  await page.getByText('Data', { exact: true }).click();
  await page.getByRole('button', { name: 'Importera fil …' }).click();
  await page.getByLabel('Välj en fil (eller släpp den på kartan)').setInputFiles(file);
}

/** Metres between an imported point and where it should be. */
function metresOff(inv: Investment | undefined, expected: [number, number]): number {
  if (!inv || inv.geometry.type !== 'Point') return Infinity;
  return distance(inv.geometry.coordinates, expected, { units: 'meters' });
}

async function importAndCheck(page: Page, file: string, formatText: string, crsText: string): Promise<void> {
  const before = (await investments(page)).length;
  await openImport(page, join(GOOD, file));
  const dialog = page.getByRole('dialog', { name: 'Importera från fil' });
  await dialog.getByText(formatText, { exact: true }).waitFor(SLOW);
  await expect.poll(() => dialog.getByText(crsText).count(), SLOW).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Importera 3 investeringar' }).click();
  await dialog.getByRole('status').filter({ hasText: '3 objekt importerades' }).waitFor(SLOW);
  const all = await investments(page);
  expect(all).toHaveLength(before + 3);
  expect(metresOff(all.find((i) => i.title === 'Malmö C'), [13.0, 55.6095])).toBeLessThan(1);
  expect(metresOff(all.find((i) => i.title === 'Lindängen centrum'), [13.0085, 55.5626])).toBeLessThan(1);
  // One import, one undo step.
  expect(await page.getByRole('button', { name: 'Ångra' }).getAttribute('title')).toContain('Importera från fil');
}

test('a SWEREF 99 TM shapefile lands at its WGS 84 positions', async () => {
  session = await openApp('/');
  await waitForMapIdle(session.page);
  await importAndCheck(session.page, 'sweref-points.zip', 'Shapefil (zip)', 'SWEREF 99 TM (EPSG:3006): angivet i .prj-filen');
  expect(session.consoleErrors).toEqual([]);
}, LONG);

test('a CSV with semicolons and decimal commas lands at its positions', async () => {
  session = await openApp('/');
  await waitForMapIdle(session.page);
  await importAndCheck(session.page, 'decimal-comma.csv', 'CSV', 'WGS 84 (EPSG:4326)');
  expect(session.consoleErrors).toEqual([]);
}, LONG);

/** Points spread over Malmö with a name column: large enough that its write takes seconds. */
async function largeFile(count: number): Promise<string> {
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [12.95 + (i % 200) * 0.0005, 55.55 + Math.floor(i / 200) * 0.0005] },
    properties: { namn: `Punkt ${i + 1}` },
  }));
  const path = join(tmpdir(), `platsen-e2e-large-${process.pid}.geojson`);
  await writeFile(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
}

test('closing the page during the write of an import leaves the database as it was', async () => {
  profile = await createProfileDir();
  session = await openApp('/', { profileDir: profile });
  await waitForMapIdle(session.page);
  const page = session.page;
  // A finished import first: it must still be there after the reopening, so the comparison below
  // shows the interrupted one left nothing rather than that nothing was read back.
  await importAndCheck(page, 'decimal-comma.csv', 'CSV', 'WGS 84 (EPSG:4326)');
  await page.getByRole('dialog', { name: 'Importera från fil' }).getByRole('button', { name: 'Stäng', exact: true }).click();
  const before = (await investments(page)).length;

  await openImport(page, await largeFile(30_000));
  const dialog = page.getByRole('dialog', { name: 'Importera från fil' });
  await dialog.getByRole('button', { name: /^Importera 30\s000 investeringar$/ }).click(SLOW);
  // The write has begun and is not finished: some chunks are in the (uncommitted) transaction.
  await page.waitForFunction(() => {
    const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
    return bar !== null && bar.max > 1 && bar.value > 0 && bar.value < bar.max;
  }, undefined, SLOW);
  await session.close();

  session = await openApp('/', { profileDir: profile });
  await waitForMapIdle(session.page);
  await expect.poll(async () => (await investments(session!.page)).length, SLOW).toBe(before);
  expect((await investments(session.page)).filter((i) => i.title === 'Malmö C')).toHaveLength(1);
}, LONG);
