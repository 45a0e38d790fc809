// The map answers at a glance (issue 14), on the demo, in real Chromium: floating boxes leave the
// map free on first start at 1366x768 and 1280x720; colour by Marknad survives grouping (rings
// and symbols carry every class in the right counts); areas shaded by an aspect match the data;
// a selection inside a cluster shows on its own; camera moves keep targets clear of every box;
// notices behave. One page per window size, shared by the checks of its flow.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEFAULT_GATES } from '../../src/domain/gates';
import { RATINGS, workspaceOf, type Id, type PlatsenDocument } from '../../src/domain/model';
import { derivePhases, type PhaseState } from '../../src/domain/phase';
import { AREA_SHADING_LAYER, SHADE_CLASSES, shareClass } from '../../src/map/area-shading';
import { clusterClassCounts, ringImageId } from '../../src/map/cluster-mix';
import { classIndexOf, colourClasses, type ColourMode } from '../../src/map/colour-mode';
import { decodeSymbolClass } from '../../src/map/symbol-code';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type RenderedFeature, type TestWindow } from './browser';
import { openLegend } from './legend';

const SLOW = { timeout: 30_000 };
const LONG = 300_000;
const CLUSTERS = ['platsen-clusters', 'platsen-clusters-b'];
const POINTS = ['platsen-points', 'platsen-points-b', 'platsen-points-few'];
const SHAPES = ['platsen-shape-solid', 'platsen-shape-dashed', 'platsen-shape-fill'];
const MARKET: ColourMode = { by: { type: 'aspect', aspect: 'market' }, gateCount: DEFAULT_GATES.length };

const docOf = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc) as Promise<PlatsenDocument>;
const phasesOf = (doc: PlatsenDocument) => derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), workspaceOf(doc)!.settings.gates);

/** The share of the map canvas that other elements cover, sampled on a 10 px grid. */
function coverage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas.maplibregl-canvas')!;
    const r = canvas.getBoundingClientRect();
    let samples = 0;
    let covered = 0;
    for (let x = r.left + 5; x < r.right; x += 10) {
      for (let y = r.top + 5; y < r.bottom; y += 10) {
        samples++;
        if (document.elementFromPoint(x, y) !== canvas) covered++;
      }
    }
    return covered / samples;
  });
}

/** Of these places, those not in the clear part of the map: off the canvas, or under another element. */
function notClear(page: Page, places: Array<[number, number]>): Promise<Array<[number, number]>> {
  return page.evaluate((lonLats) => {
    const { map } = (window as unknown as TestWindow).__platsen;
    const canvas = map.getCanvas();
    const r = canvas.getBoundingClientRect();
    return lonLats.filter((ll) => {
      const p = map.project(ll);
      const [x, y] = [r.left + p.x, r.top + p.y];
      return !(x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) || document.elementFromPoint(x, y) !== canvas;
    });
  }, places);
}

/** Where the map draws each investment's symbol, from the symbol sources' data. */
function symbolPositions(page: Page): Promise<Record<Id, [number, number]>> {
  return page.evaluate(async () => {
    const { map } = (window as unknown as TestWindow).__platsen;
    const out: Record<string, [number, number]> = {};
    for (const id of ['platsen-points', 'platsen-points-b']) {
      const data = await map.getSource<import('maplibre-gl').GeoJSONSource>(id)!.getData() as GeoJSON.FeatureCollection<GeoJSON.Point>;
      for (const f of data.features) out[String(f.properties!.id)] = f.geometry.coordinates as [number, number];
    }
    return out;
  });
}

async function firstStart(size: { width: number; height: number }) {
  const session = await openApp('/', { viewport: size });
  await waitForMapIdle(session.page);
  await expect.poll(() => renderedFeatures(session.page, [...CLUSTERS, ...POINTS]).then((f) => f.length), SLOW).toBeGreaterThan(0);
  await waitForMapIdle(session.page);
  if (process.env.PLATSEN_SCREENSHOTS) {
    const dir = join(import.meta.dirname, 'screenshots');
    await mkdir(dir, { recursive: true });
    await session.page.screenshot({ path: join(dir, `first-start-${size.width}x${size.height}.png`) });
  }
  return session;
}

/** The legend breaks no word: nothing in it wraps inside a word, and nothing overflows its box. */
function legendBreaksNoWord(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const legend = document.querySelector('.platsen-legend')!;
    const all = [legend, ...legend.querySelectorAll('*')];
    const wrapsNormally = all.every((el) => ['normal'].includes(getComputedStyle(el).overflowWrap) && getComputedStyle(el).wordBreak === 'normal');
    return wrapsNormally && legend.scrollWidth <= legend.clientWidth;
  });
}

test('at 1280x720 (a projector) the map is the hero on first start: boxes cover at most 10 % and the legend is folded, whole words only', async () => {
  const { page, consoleErrors } = await firstStart({ width: 1280, height: 720 });
  expect(await coverage(page)).toBeLessThanOrEqual(0.1);
  const toggle = page.getByRole('button', { name: 'Teckenförklaring' });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await legendBreaksNoWord(page)).toBe(true);
  await page.keyboard.press('l');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await legendBreaksNoWord(page)).toBe(true);
  expect(consoleErrors).toEqual([]);
}, LONG);

test('at 1366x768: the map is the hero; colour by Marknad survives grouping; areas, selection, filters, the home button and notices behave', async () => {
  const { page, consoleErrors, externalRequests } = await firstStart({ width: 1366, height: 768 });
  expect(await coverage(page)).toBeLessThanOrEqual(0.1);
  const doc = await docOf(page);
  const phases = phasesOf(doc);
  const investments = Object.values(doc.investments);

  // Every place of the workspace is in the clear part of the view on first start.
  const positions = await symbolPositions(page);
  expect(Object.keys(positions)).toHaveLength(investments.length);
  expect(await notClear(page, Object.values(positions))).toEqual([]);

  // Colour by Marknad: the clusters' rings and the symbols and shapes drawn on their own carry
  // every class of the data, each investment once, in the right counts.
  await page.getByRole('combobox', { name: 'Färg visar' }).selectOption({ label: 'Marknad' });
  // Counted again for the market by the worker: every cluster drawn carries the market's counts.
  await expect.poll(async () => {
    const clusters = await renderedFeatures(page, CLUSTERS);
    return clusters.length > 0 && clusters.every((f) => Object.keys(f.properties).some((k) => k.startsWith('n_market_')));
  }, SLOW).toBe(true);
  await waitForMapIdle(page);
  const expected = colourClasses(MARKET).map((_, i) => investments.filter((inv) => marketClass(phases.get(inv.id)!) === i).length);
  expect(expected.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  expect(await drawnClassCounts(page, doc)).toEqual({ counts: expected, investments: investments.length });

  // Areas shaded by their programme's share weak or negative on the market, as counted from the data.
  await openLegend(page);
  await page.getByRole('combobox', { name: 'Skugga områden' }).selectOption({ label: 'Andel svag eller negativ på Marknad' });
  await page.getByRole('heading', { name: 'Område: andel svag eller negativ på Marknad' }).waitFor();
  const areaCount = Object.keys(doc.areas).length;
  await expect.poll(async () => new Set((await renderedFeatures(page, [AREA_SHADING_LAYER.fill])).map((f) => f.properties.id)).size, SLOW).toBe(areaCount);
  const shaded = new Map((await renderedFeatures(page, [AREA_SHADING_LAYER.fill])).map((f) => [String(f.properties.id), f.properties]));
  for (const area of Object.values(doc.areas)) {
    const mine = investments.filter((inv) => inv.areaId === area.id && phases.get(inv.id)!.status !== 'stopped');
    const weak = mine.filter((inv) => ['weak', 'negative'].includes(phases.get(inv.id)!.lastReview?.aspects.market.rating ?? '')).length;
    expect(shaded.get(area.id)).toMatchObject({ share: weak / mine.length, colour: SHADE_CLASSES[shareClass(weak / mine.length)!]!.colour });
  }
  expect(Math.max(...[...shaded.values()].map((p) => Number(p.share)))).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Back in time, the city view changes: the rings show the ratings as they were.
  const rings = async () => (await renderedFeatures(page, CLUSTERS)).map((f) => f.image).sort().join();
  const now = await rings();
  await page.getByRole('checkbox', { name: 'Visa läget per datum' }).check();
  await page.getByRole('slider').fill('0');
  await expect.poll(rings, SLOW).not.toBe(now);
  await page.getByRole('checkbox', { name: 'Visa läget per datum' }).uncheck();
  await expect.poll(rings, SLOW).toBe(now);

  // An investment selected inside a cluster is shown on its own, on top, where it is.
  const cluster = (await renderedFeatures(page, CLUSTERS))[0]!;
  const [inside] = await clusterLeaves(page, [cluster]);
  await page.evaluate((id) => (window as unknown as TestWindow).__platsen.store.setSession({ selection: { type: 'investment', ids: [id] } }), inside!);
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-selected-point'])).map((f) => f.id), SLOW).toEqual([inside]);
  expect((await renderedFeatures(page, CLUSTERS)).map((f) => f.properties.cluster_id)).toContain(cluster.properties.cluster_id);
  await page.evaluate(() => (window as unknown as TestWindow).__platsen.store.setSession({ selection: null }));

  // A pick in the list brings the investment into the clear part of the view, even one the open legend would hide.
  await page.getByRole('tab', { name: 'Investeringar' }).click();
  const west = investments.filter((inv) => doc.areas[inv.areaId ?? '']?.name === 'Kroksbäck' && !inv.wholeArea)[0]!;
  // Put it under the open legend first.
  await page.evaluate((c) => {
    const { map } = (window as unknown as TestWindow).__platsen;
    map.jumpTo({ center: c, zoom: 15 });
    const legend = document.querySelector('.platsen-legend')!.getBoundingClientRect();
    const canvas = map.getCanvas().getBoundingClientRect();
    map.panBy([canvas.width / 2 - (legend.left + legend.width / 2 - canvas.left), canvas.height / 2 - (legend.top + legend.height / 2 - canvas.top)], { animate: false });
  }, positions[west.id]!);
  await waitForMapIdle(page);
  expect(await notClear(page, [positions[west.id]!])).toHaveLength(1);
  await page.locator('.investment-row button', { hasText: west.title }).click();
  await waitForMapIdle(page);
  expect(await notClear(page, [positions[west.id]!])).toEqual([]);

  // Notices: a confirmation never over a map control; an undo says what it undid, in its place;
  // confirmations leave by themselves.
  await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill(`${west.title} (ny)`);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const notices = () => page.locator('.notice').allTextContents();
  await expect.poll(notices, SLOW).toEqual([expect.stringContaining('är sparade')]);
  expect(await noticeOverlaps(page)).toEqual([]);
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(notices, SLOW).toEqual(['Ångrade: Ändra investeringar×']);
  await expect.poll(notices, SLOW).toEqual([]);
  await page.getByRole('button', { name: 'Tillbaka till listan' }).click();

  // A filter whose results are all out of view brings them into view by itself; "Zooma till
  // träffarna" does it after a pan.
  const kroksback = investments.filter((inv) => doc.areas[inv.areaId ?? '']?.name === 'Kroksbäck');
  await page.evaluate(() => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: [13.05, 55.63], zoom: 15 }));
  await waitForMapIdle(page);
  await page.locator('.filter-bar').getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Kroksbäck' });
  await expect.poll(() => notClear(page, kroksback.map((inv) => positions[inv.id]!)), SLOW).toEqual([]);
  await page.evaluate((c) => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: c, zoom: 17 }), positions[kroksback[0]!.id]!);
  await waitForMapIdle(page);
  expect((await notClear(page, kroksback.map((inv) => positions[inv.id]!))).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Zooma till träffarna' }).click();
  await expect.poll(() => notClear(page, kroksback.map((inv) => positions[inv.id]!)), SLOW).toEqual([]);
  // So few in view: none of them is grouped, each is drawn on its own.
  await waitForMapIdle(page);
  expect(await renderedFeatures(page, CLUSTERS)).toEqual([]);
  expect(new Set((await renderedFeatures(page, [...POINTS, ...SHAPES])).map((f) => String(f.properties.id)))).toEqual(new Set(kroksback.map((inv) => inv.id)));
  await page.getByRole('button', { name: 'Rensa filter' }).click();

  // The home button shows the whole workspace again.
  await page.getByRole('button', { name: 'Visa hela arbetsytan' }).click();
  await expect.poll(() => notClear(page, Object.values(positions)), SLOW).toEqual([]);

  expect(consoleErrors).toEqual([]);
  expect(externalRequests).toEqual([]);
}, LONG);

function marketClass(phase: PhaseState): number {
  return phase.status === 'stopped' ? RATINGS.length : RATINGS.indexOf(phase.lastReview?.aspects.market.rating ?? 'notAssessed');
}

function clusterLeaves(page: Page, clusters: RenderedFeature[]): Promise<Id[]> {
  return page.evaluate(async (found) => {
    const { map } = (window as unknown as TestWindow).__platsen;
    const leaves = await Promise.all(found.map(([layer, id]) => map.getSource<import('maplibre-gl').GeoJSONSource>(map.getLayer(layer)!.source)!.getClusterLeaves(id, Infinity, 0)));
    return leaves.flat().map((f) => String(f.properties!.id));
  }, clusters.map((f): [string, number] => [f.layer, Number(f.properties.cluster_id)]));
}

/** The class counts the map draws: clusters by their properties (and their rings by those), the rest by their own code. */
async function drawnClassCounts(page: Page, doc: PlatsenDocument): Promise<{ counts: number[]; investments: number }> {
  const drawn = await renderedFeatures(page, [...CLUSTERS, ...POINTS, ...SHAPES]);
  const clusters = [...new Map(drawn.filter((f) => CLUSTERS.includes(f.layer)).map((f) => [f.properties.cluster_id, f])).values()];
  const counts = colourClasses(MARKET).map(() => 0);
  for (const cluster of clusters) {
    const inCluster = clusterClassCounts(cluster.properties, MARKET);
    expect(cluster.image).toBe(ringImageId(inCluster, MARKET));
    inCluster.forEach((n, i) => { counts[i]! += n; });
  }
  const leaves = new Set(await clusterLeaves(page, clusters));
  // A line or polygon drawn as itself may also be counted in a cluster nearby (generalise.ts): once is enough.
  const single = new Map(drawn.filter((f) => !CLUSTERS.includes(f.layer) && !leaves.has(String(f.properties.id))).map((f) => [String(f.properties.id), Number(f.properties.c)]));
  for (const code of single.values()) counts[classIndexOf(decodeSymbolClass(code), MARKET)]! += 1;
  expect([...leaves, ...single.keys()].every((id) => id in doc.investments)).toBe(true);
  return { counts, investments: leaves.size + single.size };
}

/** Map controls and boxes a notice lies over. */
function noticeOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const notices = [...document.querySelectorAll('.notice')].map((n) => n.getBoundingClientRect());
    return [...document.querySelectorAll('.maplibregl-ctrl, [data-map-overlay]:not(.notices)')]
      .filter((el) => notices.some((n) => overlap(n, el.getBoundingClientRect())))
      .map((el) => el.className);
  });
}

