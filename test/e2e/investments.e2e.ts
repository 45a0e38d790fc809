import { bbox, centroid, distance, pointOnFeature } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { Dialog, Page } from 'playwright-core';
import type { GeoJSONSource } from 'maplibre-gl';
import { expect, test } from 'vitest';
import type { Investment } from '../../src/domain/model';
import { PHASE_RAMP, SHAPE_OF_KIND } from '../../src/map/encoding';
import { symbolImageId } from '../../src/map/symbols';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

let session: AppSession | undefined;

// The map draws on a software GPU with other tests running: give it time.
const SLOW = { timeout: 20_000 };
const LONG = 180_000;
const HOSTILE = '<img src=x onerror=alert(1)>';
const POINT_LAYERS = ['platsen-points', 'platsen-points-b', 'platsen-points-few'];
// Both symbol layer sets: one of the two is shown at a time (src/map/sync.ts).
const CLUSTER_LAYERS = ['platsen-clusters', 'platsen-clusters-b'];
const INVESTMENT_LAYERS = [...CLUSTER_LAYERS, ...POINT_LAYERS, 'platsen-shape-solid', 'platsen-shape-dashed', 'platsen-shape-fill'];

const areas = (page: Page) => page.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.areas));
const investments = (page: Page) => page.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.investments));
const investmentTitled = async (page: Page, title: string) => (await investments(page)).find((i) => i.title === title);

/** Where a lon/lat is on the page. */
async function pagePoint(page: Page, lonLat: Position): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const p = await page.evaluate((ll) => (window as unknown as TestWindow).__platsen.map.project(ll), lonLat as [number, number]);
  return { x: box.x + p.x, y: box.y + p.y };
}

async function showAround(page: Page, center: Position, zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: c as [number, number], zoom: z }), [center, zoom] as const);
  await waitForMapIdle(page);
}

/** Fails the test if anything opens a browser dialog (an alert from injected markup would). */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d: Dialog) => {
    seen.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function openInvestmentsTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Investeringar' }).click();
  await page.getByText(/\d+ av \d+ investeringar/).waitFor();
}

/** Lindängen, a spot inside it, and the nearest other area with a spot inside that. */
async function places(page: Page) {
  const all = await areas(page);
  const lindangen = all.find((a) => a.name === 'Lindängen')!;
  const inside = pointOnFeature(lindangen.geometry).geometry.coordinates as [number, number];
  const other = all.filter((a) => a.id !== lindangen.id)
    .sort((a, b) => distance(centroid(a.geometry), inside) - distance(centroid(b.geometry), inside))[0]!;
  return { lindangen, inside, other, target: pointOnFeature(other.geometry).geometry.coordinates as [number, number] };
}

/** A demo investment drawn as a point of its own in Lindängen, chosen in the list to open its details. */
async function openPointInvestment(page: Page, areaId: string): Promise<Investment> {
  const inv = (await investments(page)).find((i) => i.areaId === areaId && !i.wholeArea && !i.areaOverride && i.geometry.type === 'Point')!;
  await openInvestmentsTab(page);
  await page.getByRole('searchbox', { name: 'Sök investering' }).fill(inv.title);
  await page.locator('.investment-row button').first().click();
  await page.getByRole('heading', { level: 2, name: inv.title }).waitFor();
  return inv;
}

test('a point placed by a click in Lindängen is saved, attached there, drawn as its kind in the G0 colour, and kept over a reload', async () => {
  session = await openApp('/');
  const { page } = session;
  const dialogs = watchDialogs(page);
  await waitForMapIdle(page);
  const { lindangen, inside } = await places(page);

  // Zoomed in past clustering, so the new symbol is drawn on its own.
  await showAround(page, inside, 15);
  await openInvestmentsTab(page);
  await page.getByRole('button', { name: 'Ny investering' }).click();
  await page.getByRole('button', { name: 'Placera en punkt' }).click();
  await page.getByRole('status').filter({ hasText: 'Klicka på kartan där investeringen ska ligga' }).waitFor();
  const at = await pagePoint(page, inside);
  await page.mouse.click(at.x, at.y);

  await page.getByText('Kopplad till Lindängen').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('textbox', { name: 'Titel' }).fill('Parkbänkar vid torget');
  await page.getByRole('textbox', { name: 'Investering (kr)' }).fill('12 500 000');
  await page.getByRole('button', { name: 'Spara investeringen' }).click();

  await expect.poll(async () => (await investmentTitled(page, 'Parkbänkar vid torget'))?.areaId, SLOW).toBe(lindangen.id);
  const created = (await investmentTitled(page, 'Parkbänkar vid torget'))!;
  expect(created).toMatchObject({ kind: 'physical', areaOverride: false, budget: { investment: 12_500_000 } });
  await page.getByRole('heading', { name: 'Parkbänkar vid torget' }).waitFor();

  const drawnAs = async () => (await renderedFeatures(page, POINT_LAYERS)).find((f) => f.properties.id === created.id);
  await expect.poll(drawnAs, SLOW).toBeDefined();
  const g0 = PHASE_RAMP[0];
  expect((await drawnAs())?.image).toBe(symbolImageId({ shape: SHAPE_OF_KIND.physical, status: 'active', colour: g0 }));

  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(async () => (await investmentTitled(page, 'Parkbänkar vid torget'))?.areaId, SLOW).toBe(lindangen.id);
  await showAround(page, inside, 15);
  await expect.poll(drawnAs, SLOW).toBeDefined();
  expect(dialogs).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}, LONG);

test('an investment dragged into the next area in "Move / change shape" is attached there; Ctrl+Z moves it back', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const { lindangen, other, target } = await places(page);
  const inv = await openPointInvestment(page, lindangen.id);
  const start = inv.geometry.coordinates as [number, number];

  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: [start, target] } as Geometry);
  await page.evaluate((b) => (window as unknown as TestWindow).__platsen.map.fitBounds(b, { padding: 120, maxZoom: 15 }), [[w, s], [e, n]] as [[number, number], [number, number]]);
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Flytta / ändra form' }).click();
  await page.getByRole('status').filter({ hasText: 'Dra symbolen' }).waitFor();
  await waitForMapIdle(page);
  const from = await pagePoint(page, start);
  const to = await pagePoint(page, target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // terra-draw starts a drag only after the pointer has moved a little: small first steps, then
  // the way to the target, then a last nudge so the final position is surely taken.
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 4 });
  await page.mouse.move(to.x + 2, to.y + 2, { steps: 30 });
  await page.mouse.move(to.x, to.y, { steps: 2 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Klar', exact: true }).click();

  await expect.poll(async () => (await investmentTitled(page, inv.title))?.areaId, SLOW).toBe(other.id);
  await page.getByRole('status').filter({ hasText: `Flyttad. Kopplad till ${other.name}.` }).waitFor();
  expect(await page.getByText(`Kopplad till ${other.name} · efter läget på kartan`).count()).toBe(1);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await investmentTitled(page, inv.title))?.areaId, SLOW).toBe(lindangen.id);
  expect((await investmentTitled(page, inv.title))!.geometry).toEqual(inv.geometry);
  expect(session.consoleErrors).toEqual([]);
}, LONG);

test('a title that is markup is shown as text in the details, the list and the map tooltip, and runs nothing', async () => {
  session = await openApp('/');
  const { page } = session;
  const dialogs = watchDialogs(page);
  await waitForMapIdle(page);
  const { lindangen } = await places(page);
  const inv = await openPointInvestment(page, lindangen.id);

  await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(HOSTILE);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: HOSTILE }).waitFor();

  // The list's search still holds the old title: searching for the new one shows it in the list and on the map.
  await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
  await page.getByRole('searchbox', { name: 'Sök investering' }).fill('onerror');
  await page.locator('.investment-row').first().waitFor();
  expect(await page.locator('.investment-row .item-title').allTextContents()).toEqual([HOSTILE]);

  // Close enough that no other symbol lies under the pointer.
  const at = inv.geometry.coordinates as [number, number];
  await showAround(page, at, 18);
  const symbol = await pagePoint(page, at);
  await page.mouse.move(symbol.x, symbol.y, { steps: 3 });
  await expect.poll(() => page.locator('.platsen-tooltip strong').textContent(), SLOW).toBe(HOSTILE);
  expect(await page.locator('#panel img, .platsen-tooltip img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}, LONG);

test('filtering by kind: the list count, the store and the map agree', async () => {
  session = await openApp('/');
  const { page } = session;
  const dialogs = watchDialogs(page);
  await waitForMapIdle(page);
  await openInvestmentsTab(page);

  const everything = await investments(page);
  const social = everything.filter((i) => i.kind === 'social');
  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Social' });
  await page.getByText(`${social.length} av ${everything.length} investeringar`).waitFor();
  expect(await page.locator('.investment-row').count()).toBe(social.length);
  expect(await axeViolations(page)).toEqual([]);

  // Everything in view: what the map draws, inside clusters or as symbols, lines and polygons, is
  // exactly the social investments.
  const allAreas = await areas(page);
  const [w, s, e, n] = bbox({ type: 'GeometryCollection', geometries: [...everything.map((i) => i.geometry), ...allAreas.map((a) => a.geometry)] });
  await page.evaluate((b) => (window as unknown as TestWindow).__platsen.map.fitBounds(b, { padding: 40 }), [[w, s], [e, n]] as [[number, number], [number, number]]);
  await waitForMapIdle(page);
  const drawn = await renderedFeatures(page, INVESTMENT_LAYERS);
  const clusters = drawn.filter((f) => CLUSTER_LAYERS.includes(f.layer));
  const inClusters = await page.evaluate(async (found) => {
    const { map } = (window as unknown as TestWindow).__platsen;
    const leaves = await Promise.all(found.map(([layer, id]) => map.getSource<GeoJSONSource>(map.getLayer(layer)!.source)!.getClusterLeaves(id, Infinity, 0)));
    return leaves.flat().map((f) => String(f.properties!.id));
  }, clusters.map((f): [string, number] => [f.layer, Number(f.properties.cluster_id)]));
  const single = drawn.filter((f) => !CLUSTER_LAYERS.includes(f.layer)).map((f) => String(f.properties.id));
  expect([...new Set([...inClusters, ...single])].sort()).toEqual(social.map((i) => i.id).sort());

  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.getByText(`${everything.length} av ${everything.length} investeringar`).waitFor();
  expect(dialogs).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}, LONG);
