// Streets under every map: a deployment's own PMTiles street map (built here from invented streets)
// shows street names in the public viewer and the editor without a request leaving 127.0.0.1; an
// online basemap that cannot load gives way to the bundled one, with a note, within 5 s.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/map/basemap/csp';
import { DEFAULT_DEPLOY_CONFIG } from '../../src/map/basemap/config';
import { INVENTED_STREETS, inventedStreetsPmtiles } from '../support/invented-streets';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type TestWindow } from './browser';
import { deploy, type Deployment } from './deployment';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const LABELS = ['roads_labels_major', 'roads_labels_minor'];
const STREETS_CONFIG = {
  municipality: 'Malmö', basemap: 'pmtiles',
  pmtiles: { url: 'basemap/streets.pmtiles', attribution: 'Invented test streets' },
  initialView: { center: [13.0, 55.57], zoom: 12 },
};

let streets: Deployment;
let online: Deployment;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [streets, online] = await Promise.all([
    deploy(STREETS_CONFIG, { 'basemap/streets.pmtiles': inventedStreetsPmtiles() }),
    deploy({ ...STREETS_CONFIG, basemap: 'positron', pmtiles: undefined }),
  ]);
});
afterAll(async () => {
  await Promise.all([streets?.close(), online?.close()]);
});

const labelNames = async (page: Page) => new Set((await renderedFeatures(page, LABELS)).map((f) => String(f.properties.name)));

async function zoomTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom]);
  await waitForMapIdle(page);
}

test('the deployment\'s own street map: street names in the viewer and the editor, nothing from elsewhere', async () => {
  const session = await openApp(`${streets.baseUrl}public.html`);
  const { page } = session;
  await waitForMapIdle(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBe(contentSecurityPolicy({ ...DEFAULT_DEPLOY_CONFIG, basemap: 'pmtiles' }));
  expect(policy).toContain("connect-src 'self';");
  // The opening view shows the main streets by name; closer in, the small ones too.
  await expect.poll(async () => [...await labelNames(page)].sort()).toEqual([...INVENTED_STREETS.major].sort());
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer-streets.png') });
  await zoomTo(page, [13.0455, 55.5855], 16);
  await expect.poll(async () => (await labelNames(page)).has('Testgränd')).toBe(true);
  // The street map credits its source; the page's own policy allowed nothing but this site.
  expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Invented test streets');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(streets.baseUrl);
  await waitForMapIdle(page);
  await zoomTo(page, [12.9855, 55.5722], 16);
  await expect.poll(async () => (await labelNames(page)).has('Låtsasstigen')).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'editor-streets.png') });
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

/** The bundled style is on the map (its land is drawn) and the page says why. */
async function fellBack(page: Page, note: string): Promise<number> {
  const start = Date.now();
  await page.getByText(note).waitFor({ timeout: 5000 });
  await page.waitForFunction(() => {
    const map = (window as unknown as TestWindow).__platsen?.map;
    return map?.getLayer('basemap-land') !== undefined && map.queryRenderedFeatures({ layers: ['basemap-land'] }).length > 0;
  }, undefined, { timeout: 5000 });
  return Date.now() - start;
}

test('an online basemap that cannot be reached gives way to the bundled map, with a note, within 5 s', async () => {
  const note = 'Bakgrundskartan kunde inte laddas';
  const session = await openApp(`${online.baseUrl}public.html`, { waitUntil: 'commit' });
  const { page } = session;
  const start = Date.now();
  await fellBack(page, note);
  expect(Date.now() - start).toBeLessThanOrEqual(5000);
  expect(await page.getByRole('status').filter({ hasText: note }).count()).toBe(1);
  // The policy let the page try OpenFreeMap (config.json names it); the test network refused.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain('https://tiles.openfreemap.org');
  await waitForMapIdle(page);
  expect((await renderedFeatures(page, ['platsen-area-fill'])).length).toBeGreaterThan(0);

  const editorStart = Date.now();
  await page.goto(online.baseUrl, { waitUntil: 'commit' });
  await fellBack(page, note);
  expect(Date.now() - editorStart).toBeLessThanOrEqual(5000);
  await waitForMapIdle(page);
  expect((await renderedFeatures(page, ['platsen-area-fill'])).length).toBeGreaterThan(0);
  expect(session.externalRequests.length).toBeGreaterThan(0);
  expect(session.externalRequests.every((url) => url.startsWith('https://tiles.openfreemap.org/'))).toBe(true);
  // Chromium reports each refused request; nothing else went wrong.
  expect(session.consoleErrors.filter((e) => !/Failed to load resource|openfreemap/.test(e))).toEqual([]);
});
