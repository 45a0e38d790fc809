// The public map as a resident uses it: finds their street by address (a geocoder on 127.0.0.1),
// sees what is near them (a granted test location), reads it in the deployment's language and in
// plain words, on a laptop and on a phone, with the map mostly free of boxes over it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distance, point, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import { targetGeometry } from '../../src/viewer/sources';
import { searchBias } from '../../src/viewer/places';
import { inventedStreetsPmtiles } from '../support/invented-streets';
import { startGeocoderStub, type GeocoderStub } from '../support/geocoder-stub';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';
import { deploy, type Deployment } from './deployment';
import { mapCoverage } from './map-coverage';

const demo = parseSnapshot(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'demo-snapshot.json'), 'utf8'));
const LAPTOP = { width: 1366, height: 768 };
const G_CODE = /\bG[0-9]\b/;
const RATINGS = /\b(Stark|Positiv|Neutral|Svag|Negativ|Ej bedömd|Strategi|Marknad|Styrning)\b/;

let stub: GeocoderStub;
let site: Deployment;
beforeAll(async () => {
  stub = await startGeocoderStub();
  site = await deploy({
    municipality: 'Malmö', basemap: 'pmtiles', pmtiles: { url: 'basemap/streets.pmtiles', attribution: 'Invented test streets' },
    geocoder: { type: 'nominatim', url: `${stub.origin}/search` }, initialView: { center: [13.0, 55.57], zoom: 12 },
  }, { 'basemap/streets.pmtiles': inventedStreetsPmtiles() });
});
afterAll(async () => {
  await Promise.all([site?.close(), stub?.close()]);
});

const mapCentre = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.map.getCenter().toArray());
const metresBetween = (a: number[], b: number[]) => distance(point(a), point(b), { units: 'meters' });

/** Metres from `at` to an investment as a resident means it (inside its area counts as 0), by turf. */
function turfMetres(at: [number, number], geometry: Geometry): number {
  const p = point(at);
  switch (geometry.type) {
    case 'Point': return distance(p, point(geometry.coordinates), { units: 'meters' });
    case 'LineString': case 'MultiLineString':
      return pointToLineDistance(p, geometry as LineString | MultiLineString as unknown as Feature<LineString>, { units: 'meters' });
    default: return Math.max(0, pointToPolygonDistance(p, geometry as Polygon, { units: 'meters' }));
  }
}

/** The place search (the list's filters are comboboxes too). */
const searchBox = (page: Page) => page.getByRole('combobox', { name: /^Sök (plats|område)/ });

/** The place is on the map canvas, not under the legend or a control. */
async function clearlyInView(page: Page, lngLat: [number, number]): Promise<boolean> {
  return page.evaluate((at) => {
    const map = (window as unknown as TestWindow).__platsen.map;
    const { x, y } = map.project(at);
    const r = map.getCanvas().getBoundingClientRect();
    return document.elementFromPoint(r.left + x, r.top + y) === map.getCanvas();
  }, lngLat);
}

async function searchFor(page: Page, text: string, option: RegExp): Promise<void> {
  const box = searchBox(page);
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
}

test('a Swedish map in an English browser: find an address, see what is near it; the map stays clear on a laptop', async () => {
  const session = await openApp(`${site.baseUrl}public.html`, { locale: 'en-GB', viewport: LAPTOP });
  const { page } = session;
  await waitForMapIdle(page);
  // The deployment's language, not the browser's.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  await page.getByRole('button', { name: 'Nära mig' }).waitFor();
  await page.getByRole('heading', { name: 'Herrgården' }).waitFor();

  // Every area is in view and its name drawn; the boxes over the map cover at most 12 %.
  await expect.poll(async () => new Set((await renderedFeatures(page, ['platsen-area-labels'])).map((f) => f.properties.name)).size)
    .toBe(demo.areas.length);
  const laptop = await mapCoverage(page);
  console.info(`viewer map covered at 1366x768: ${(laptop.share * 100).toFixed(1)} %`);
  expect(laptop.share, JSON.stringify(laptop.by)).toBeLessThanOrEqual(0.12);

  // An address: the suggestion list is a keyboard-usable combobox, the service is asked with the
  // municipality as its preferred box, and the map goes there with what is near.
  await searchBox(page).fill('Testgränd 3');
  await page.getByRole('option', { name: /Testgränd 3.*Adress/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await searchBox(page).press('ArrowDown');
  expect(await searchBox(page).getAttribute('aria-activedescendant')).toBeTruthy();
  await searchBox(page).press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Nära Testgränd 3' }).waitFor();
  await waitForMapIdle(page);
  expect(await clearlyInView(page, [13.0452, 55.5855])).toBe(true);
  const asked = stub.requests.find((u) => u.searchParams.get('q') === 'Testgränd 3')!;
  expect(asked.searchParams.get('viewbox')).toBe(searchBias(demo)!.join(','));
  expect(asked.searchParams.get('accept-language')).toBe('sv');
  const near = page.locator('.viewer-near li');
  expect(await near.count()).toBeGreaterThan(0);
  // The street itself is named on the map the resident now sees.
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, ['roads_labels_minor'])).some((f) => f.properties.name === 'Testgränd')).toBe(true);

  // The map's own places are found offline, accents or not.
  await searchFor(page, 'rosengard', /Rosengård Centrum.*Område/);
  await page.getByRole('heading', { level: 2, name: 'Rosengård Centrum' }).waitFor();

  // The editor's top bar finds the same address and flies there.
  await page.goto(site.baseUrl);
  await waitForMapIdle(page);
  await searchFor(page, 'Provgatan 12', /Provgatan 12/);
  await expect.poll(async () => metresBetween(await mapCentre(page), [13.0058, 55.558])).toBeLessThan(150);
  await searchFor(page, 'holma', /Holma.*Område/);
  await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().session.selection))
    .toEqual({ type: 'area', ids: ['area_holma'] });
  expect(await axeViolations(page)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test('"near me" asks for the location only on the click, lists what is near, nearest first; a refusal gets a plain answer', async () => {
  const here: [number, number] = [13.0455, 55.5853];
  const session: AppSession = await openApp('/public.html', { viewport: LAPTOP });
  const { page, context } = session;
  await waitForMapIdle(page);
  // Nothing asked before the click: the page has not touched the location API.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ longitude: here[0], latitude: here[1] });
  await page.getByRole('button', { name: 'Nära mig' }).click();
  await page.getByRole('heading', { level: 2, name: 'Nära dig' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'närmast först' }).waitFor();

  // The same investments, in the same order, as turf finds within the first distance offered, 500 m.
  const expected = demo.investments
    .map((inv) => ({ title: inv.title, metres: turfMetres(here, targetGeometry(demo, { type: 'investment', id: inv.id })!) }))
    .filter((x) => x.metres <= 500)
    .sort((a, b) => a.metres - b.metres);
  const titles = await page.locator('.viewer-near .viewer-item-title').allTextContents();
  expect(new Set(titles)).toEqual(new Set(expected.map((x) => x.title)));
  expect(titles[0]).toBe(expected[0]!.title);
  const notes = await page.locator('.viewer-near .viewer-item-note').allTextContents();
  const metres = notes.map((n) => (n === 'Här' ? 0 : n.includes('km') ? Number(n.replace(/[^\d,]/g, '').replace(',', '.')) * 1000 : Number(n.replace(/\D/g, ''))));
  expect(metres).toEqual([...metres].sort((a, b) => a - b));
  // A longer distance finds more.
  await page.getByLabel('Inom').selectOption('5000');
  await expect.poll(() => page.locator('.viewer-near li').count()).toBeGreaterThan(titles.length);
  expect(await axeViolations(page)).toEqual([]);

  await context.clearPermissions();
  await page.reload();
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Nära mig' }).click();
  await page.getByRole('alert').filter({ hasText: 'Kartan fick inte veta var du är' }).waitFor();
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

/** How many Tab presses until the focused element matches, at most `max`. */
async function tabUntil(page: Page, matches: (el: { text: string; tag: string }) => boolean, max = 30): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', tag: document.activeElement?.tagName ?? '' }));
    if (matches(el)) return n;
  }
  throw new Error(`not reached in ${max} Tab presses`);
}

test('phone: the map stays clear, the list gets most of the screen, any area is a few keys away, plain words only', async () => {
  const session = await openApp('/public.html', { device: 'phone', locale: 'en-GB' });
  const { page } = session;
  await waitForMapIdle(page);
  const phone = await mapCoverage(page);
  console.info(`viewer map covered at 390x844: ${(phone.share * 100).toFixed(1)} %`);
  expect(phone.share, JSON.stringify(phone.by)).toBeLessThanOrEqual(0.12);

  await page.getByRole('button', { name: 'Lista' }).tap();
  const panel = (await page.locator('#viewer-panel').boundingBox())!;
  expect(panel.height / 844).toBeGreaterThanOrEqual(0.6);
  // The sources line ends the list instead of lying over it.
  const footer = (await page.locator('.viewer-footer').boundingBox())!;
  const lastItem = (await page.locator('.viewer-list li').last().boundingBox())!;
  expect(footer.y).toBeGreaterThanOrEqual(lastItem.y + lastItem.height);

  // Keyboard, from a freshly opened page: skip to the list, jump to Rosengård Centrum, reach its
  // first investment.
  const rosengard = demo.investments.filter((i) => i.areaId === 'area_rosengard_centrum').map((i) => i.title);
  await page.reload();
  await waitForMapIdle(page);
  expect(await tabUntil(page, (el) => el.text === 'Hoppa till listan', 1)).toBe(1);
  await page.keyboard.press('Enter');
  const toJump = await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text === 'Rosengård Centrum');
  await page.keyboard.press('Enter');
  const toInvestment = await tabUntil(page, (el) => rosengard.some((title) => el.text.includes(title)));
  expect(1 + toJump + toInvestment).toBeLessThanOrEqual(12);

  // An investment's page: phases and decisions in words; the gate and ratings only when asked.
  await page.goto(new URL('/public.html#investment=inv_holma_03', page.url()).href);
  await page.getByRole('heading', { level: 2, name: 'Multiarena för spontanidrott' }).waitFor();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(G_CODE);
  expect(text).not.toMatch(RATINGS);
  expect(text).toContain('Arbetet går vidare till planering.');
  expect(text).toContain('Kommunen beslutade att genomföra det.');
  expect(text).toMatch(/Beslutat – pausat, väntar på ett nytt beslut/);
  await page.getByText('Hur bedömdes det?').first().tap();
  const opened = await page.locator('body').innerText();
  expect(opened).toMatch(G_CODE);
  expect(opened).toMatch(/Strategi/);
  expect(await axeViolations(page)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});
