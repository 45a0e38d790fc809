import { readFileSync } from 'node:fs';
import { pointOnFeature, area as turfArea } from '@turf/turf';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Area } from '../../src/domain/model';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

let session: AppSession | undefined;

async function areas(page: Page): Promise<Area[]> {
  return page.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.areas));
}

async function areaNamed(page: Page, name: string): Promise<Area | undefined> {
  return (await areas(page)).find((a) => a.name === name);
}

/** Page coordinates of a map pixel (x, y from the canvas' top left). */
async function canvasOrigin(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

/** Where a lon/lat is on the page. */
async function pagePoint(page: Page, lonLat: Position): Promise<{ x: number; y: number }> {
  const origin = await canvasOrigin(page);
  const p = await page.evaluate((ll) => (window as unknown as TestWindow).__platsen.map.project(ll), lonLat as [number, number]);
  return { x: origin.x + p.x, y: origin.y + p.y };
}

/**
 * Clicks the corners (offsets in pixels from the map's centre), then the first corner to close,
 * checking what the live region asks for on the way. A stray corner is clicked and taken back
 * with Backspace before closing.
 */
async function drawPolygon(page: Page, corners: Array<[number, number]>, stray?: [number, number]): Promise<void> {
  const box = await canvasOrigin(page);
  const at = ([dx, dy]: [number, number]) => page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  const hint = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(1);
  await page.getByRole('button', { name: 'Rita område' }).click();
  await hint('Klicka i kartan för att sätta första hörnet.');
  await at(corners[0]!);
  await hint('1 av minst tre hörn satta.');
  for (const corner of corners.slice(1)) await at(corner);
  await hint(`${corners.length} hörn satta. Klicka på första hörnet eller tryck Enter för att avsluta.`);
  if (stray) {
    await at(stray);
    await hint(`${corners.length + 1} hörn satta.`);
    await page.keyboard.press('Backspace');
    await hint(`${corners.length} hörn satta.`);
  }
  await at(corners[0]!);
  await page.getByRole('heading', { name: 'Namnge området' }).waitFor();
}

async function nameArea(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Namn/ }).fill(name);
  await page.getByRole('button', { name: 'Skapa område' }).click();
}

const SQUARE: Array<[number, number]> = [[-120, -90], [120, -90], [120, 90], [-120, 90]];

test('a polygon drawn with mouse clicks becomes a named area that survives a reload', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await drawPolygon(page, SQUARE, [0, 160]);
  expect(await axeViolations(page)).toEqual([]);
  await nameArea(page, 'Testområde');

  await expect.poll(async () => (await areaNamed(page, 'Testområde'))?.geometry.type).toBe('Polygon');
  const drawn = (await areaNamed(page, 'Testområde'))!;
  expect((drawn.geometry as Polygon).coordinates[0]).toHaveLength(5);
  await page.getByRole('heading', { name: 'Redigera området' }).waitFor();

  await page.reload();
  await waitForMapIdle(page);
  await page.getByRole('searchbox', { name: 'Sök område' }).fill('testomrade');
  await expect.poll(() => page.getByRole('button', { name: /Testområde/ }).count()).toBe(1);
  await page.getByRole('button', { name: /Testområde/ }).click();
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-area-fill'])).some((f) => f.properties.name === 'Testområde')).toBe(true);
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});

test('a bow-tie drawn by clicks is refused with the reason, and the crossing is marked on the map', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const before = (await areas(page)).length;
  await drawPolygon(page, [[-100, -100], [100, 100], [100, -100], [-100, 100]]);
  await nameArea(page, 'Fluga');

  await page.getByRole('alert').filter({ hasText: 'korsar sig självt' }).waitFor();
  await waitForMapIdle(page);
  expect(await renderedFeatures(page, ['platsen-geometry-issue'])).toHaveLength(1);
  expect(await areas(page)).toHaveLength(before);
  // The refused shape stays drawn, on terra-draw's editing surface (its corners can be moved), until redrawn.
  await expect.poll(async () => (await renderedFeatures(page, ['td-polygon'])).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Rita om' }).click();
  await page.getByRole('status').filter({ hasText: 'första hörnet' }).waitFor();
  await waitForMapIdle(page);
  expect(await renderedFeatures(page, ['platsen-geometry-issue'])).toHaveLength(0);
  expect(await renderedFeatures(page, ['td-polygon'])).toHaveLength(0);
});

const deso = JSON.parse(readFileSync(new URL('../../public/reference/malmo-deso.geojson', import.meta.url), 'utf8')) as FeatureCollection<Polygon>;
const desoGeometry = (code: string) => deso.features.find((f) => f.properties?.code === code)!.geometry;

async function openAdopt(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Från referensindelning' }).click();
  await page.getByRole('combobox', { name: 'Indelning' }).selectOption('malmo-deso');
  await page.getByRole('searchbox', { name: 'Sök på kod eller namn' }).waitFor();
  await waitForMapIdle(page);
}

test('two neighbouring DeSO chosen from the list merge into one area of their summed size', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await openAdopt(page);
  expect(await renderedFeatures(page, ['platsen-reference-outline'])).not.toHaveLength(0);
  expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('SCB');

  // Keyboard only: search, tick, search again, tick.
  const search = page.getByRole('searchbox', { name: 'Sök på kod eller namn' });
  for (const code of ['1280C1030', '1280C1040']) {
    await search.fill(code);
    await page.getByRole('checkbox', { name: code }).check();
  }
  await expect.poll(() => page.getByRole('textbox', { name: /^Namn/ }).inputValue()).toBe('1280C1030 + 1280C1040');
  expect(await page.locator('.area-warning').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Slå ihop till ett område' }).click();

  await expect.poll(async () => (await areaNamed(page, '1280C1030 + 1280C1040')) !== undefined).toBe(true);
  const merged = (await areaNamed(page, '1280C1030 + 1280C1040'))!;
  expect(merged.source).toEqual({ type: 'adopted', layer: 'malmo-deso', codes: ['1280C1030', '1280C1040'] });
  const sum = turfArea(desoGeometry('1280C1030')) + turfArea(desoGeometry('1280C1040'));
  expect(Math.abs(turfArea(merged.geometry) / sum - 1)).toBeLessThan(0.005);
  expect(session.consoleErrors).toEqual([]);
});

test('a DeSO clicked on the map is adopted as an area', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await openAdopt(page);
  // The user zooms in on the place; then a spot surely inside 1280C1030 sits mid-map, clear of
  // the legend and the controls.
  const inside = pointOnFeature(desoGeometry('1280C1030')).geometry.coordinates as [number, number];
  await page.evaluate((center) => (window as unknown as { __platsen: { map: { jumpTo(o: object): void } } }).__platsen.map.jumpTo({ center, zoom: 14 }), inside);
  await waitForMapIdle(page);
  const at = await pagePoint(page, inside);
  await page.mouse.click(at.x, at.y);
  await page.getByRole('checkbox', { name: '1280C1030' }).waitFor();
  expect(await page.getByRole('checkbox', { name: '1280C1030' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Adoptera som område' }).click();
  await expect.poll(async () => (await areaNamed(page, '1280C1030'))?.source).toEqual({ type: 'adopted', layer: 'malmo-deso', codes: ['1280C1030'] });
});

test('a vertex dragged in "Edit shape" changes the area, and Ctrl+Z restores it', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await drawPolygon(page, SQUARE);
  await nameArea(page, 'Formprov');
  await expect.poll(async () => (await areaNamed(page, 'Formprov')) !== undefined).toBe(true);
  await waitForMapIdle(page);
  const original = (await areaNamed(page, 'Formprov'))!.geometry as Polygon;

  await page.getByRole('button', { name: 'Redigera form' }).click();
  // Zoomed out a step, the north-east corner lies mid-map, clear of the legend and the controls.
  await page.evaluate(() => {
    const { map } = (window as unknown as { __platsen: { map: { jumpTo(o: object): void; getZoom(): number } } }).__platsen;
    map.jumpTo({ zoom: map.getZoom() - 1 });
  });
  await waitForMapIdle(page);
  const northEast = original.coordinates[0]!.reduce((a, b) => (b[0]! + b[1]! > a[0]! + a[1]! ? b : a));
  const corner = await pagePoint(page, northEast);
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x + 30, corner.y + 50, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Klar', exact: true }).click();

  await expect.poll(async () => JSON.stringify((await areaNamed(page, 'Formprov'))!.geometry)).not.toBe(JSON.stringify(original));
  const edited = (await areaNamed(page, 'Formprov'))!.geometry as Polygon;
  expect(edited.coordinates[0]).toHaveLength(5);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await areaNamed(page, 'Formprov'))!.geometry).toEqual(original);
  expect(session.consoleErrors).toEqual([]);
});
