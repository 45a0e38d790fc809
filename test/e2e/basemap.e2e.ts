// Streets under every map: a deployment's own PMTiles street map (built here from invented streets)
// shows street names in the public viewer and the editor without a request leaving 127.0.0.1; an
// online basemap that cannot load gives way to the bundled one, with a note, within 5 s.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/map/basemap/csp';
import { DEFAULT_DEPLOY_CONFIG } from '../../src/map/basemap/config';
import { INVENTED_STREETS, inventedStreetsPmtiles } from '../support/invented-streets';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type TestWindow } from './browser';
import { deploy, type Deployment } from './deployment';

const LABELS = ['roads_labels_major', 'roads_labels_minor'];
const STREETS_CONFIG = {
  municipality: 'Malmö', basemap: 'pmtiles',
  pmtiles: { url: 'basemap/streets.pmtiles', attribution: 'Invented test streets' },
  initialView: { center: [13.0, 55.57], zoom: 12 },
};

let streets: Deployment;
let online: Deployment;
beforeAll(async () => {
  [streets, online] = await Promise.all([
    deploy(STREETS_CONFIG, { 'basemap/streets.pmtiles': inventedStreetsPmtiles() }),
    deploy({ ...STREETS_CONFIG, basemap: 'positron', pmtiles: undefined }),
  ]);
});
afterAll(async () => {
  await Promise.all([streets?.close(), online?.close()]);
});

/** A point on each invented street (test/support/invented-streets.ts). */
const STREET_MIDPOINTS: Record<string, [number, number]> = {
  'Påhittade allén': [12.975, 55.5748], Provgatan: [13.006, 55.558], Exempelvägen: [13.03, 55.58], Testgränd: [13.0455, 55.5854],
};

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
  // The opening view names main streets; closer in, every street has its name.
  await expect.poll(async () => [...await labelNames(page)].some((n) => (INVENTED_STREETS.major as readonly string[]).includes(n))).toBe(true);
  for (const [name, at] of Object.entries(STREET_MIDPOINTS)) {
    await zoomTo(page, at, 15.5);
    await expect.poll(async () => (await labelNames(page)).has(name), { message: name }).toBe(true);
  }
  // The street map credits its source; the page's own policy allowed nothing but this site.
  expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Invented test streets');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(streets.baseUrl);
  await waitForMapIdle(page);
  await zoomTo(page, [12.9855, 55.5722], 16);
  await expect.poll(async () => (await labelNames(page)).has('Låtsasstigen')).toBe(true);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

const NOTE = 'Bakgrundskartan kunde inte laddas';

/**
 * Opens `url` and returns how long after the page first asked OpenFreeMap for the basemap the note
 * was on screen; then waits for the bundled map to be drawn. Timed from that request, not from
 * the start of the page, so a machine busy with other work does not count against the fallback.
 */
async function timeToFallback(page: Page, url: string): Promise<number> {
  let asked = 0;
  const onRequest = (r: { url(): string }) => {
    if (!asked && r.url().startsWith('https://tiles.openfreemap.org/')) asked = Date.now();
  };
  page.on('request', onRequest);
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByText(NOTE).waitFor({ timeout: 30_000 });
  const shown = Date.now();
  page.off('request', onRequest);
  await page.waitForFunction(() => {
    const map = (window as unknown as TestWindow).__platsen?.map;
    return map?.getLayer('basemap-land') !== undefined && map.queryRenderedFeatures({ layers: ['basemap-land'] }).length > 0;
  });
  expect(asked).toBeGreaterThan(0);
  return shown - asked;
}

test('an online basemap that cannot be reached gives way to the bundled map, with a note, within 5 s', async () => {
  const session = await openApp('about:blank');
  const { page } = session;
  // Refused at once (the test network blocks every outside request).
  expect(await timeToFallback(page, `${online.baseUrl}public.html`)).toBeLessThanOrEqual(5000);
  expect(await page.getByRole('status').filter({ hasText: NOTE }).count()).toBe(1);
  // The policy let the page try OpenFreeMap (config.json names it); the test network refused.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain('https://tiles.openfreemap.org');
  await waitForMapIdle(page);
  expect((await renderedFeatures(page, ['platsen-area-fill'])).length).toBeGreaterThan(0);

  // A network that hangs instead: the editor gives up after a few seconds.
  await page.route('https://tiles.openfreemap.org/**', () => undefined);
  expect(await timeToFallback(page, online.baseUrl)).toBeLessThanOrEqual(5000);
  await waitForMapIdle(page);
  expect((await renderedFeatures(page, ['platsen-area-fill'])).length).toBeGreaterThan(0);
  expect(session.externalRequests.length).toBeGreaterThan(0);
  expect(session.externalRequests.every((url) => url.startsWith('https://tiles.openfreemap.org/'))).toBe(true);
  // Chromium reports each refused request; nothing else went wrong.
  expect(session.consoleErrors.filter((e) => !/Failed to load resource|openfreemap/.test(e))).toEqual([]);
});
