// The foundation in a real browser: the demo renders over the offline basemap, a click shows
// details as text, edits persist in IndexedDB across reloads, undo/redo work, the language sticks.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseSymbolImageId } from '../../src/map/symbols';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type RenderedFeature, type TestWindow } from './browser';

let session: AppSession | undefined;

interface DocShape {
  workspace: Record<string, { municipality: string; kommunkod?: string; defaultView: { center: number[] } }>;
  areas: Record<string, { name: string }>;
  investments: Record<string, { title: string; kind: string; areaId: string | null; geometry: { type: string; coordinates: unknown } }>;
}

/** Resolves when every write the store started has reached IndexedDB. */
const saved = (page: Page) =>
  page.evaluate(() => (window as unknown as { __platsen: { store: { flushed(): Promise<unknown> } } }).__platsen.store.flushed());

const docOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __platsen: { store: { getState(): { doc: unknown } } } }).__platsen.store.getState().doc) as Promise<DocShape>;

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(([c, z]) => {
    (window as unknown as { __platsen: { map: { jumpTo(o: unknown): void } } }).__platsen.map.jumpTo({ center: c, zoom: z });
  }, [center, zoom] as const);
  await waitForMapIdle(page);
}

test('the demo areas and investments render, physical and social in different shapes', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const doc = await docOf(page);
  expect(Object.values(doc.areas).map((a) => a.name)).toEqual(expect.arrayContaining(['Lindängen', 'Holma', 'Kroksbäck']));

  await expect.poll(async () => (await renderedFeatures(page, ['platsen-area-fill'])).map((f) => String(f.properties.name)))
    .toEqual(expect.arrayContaining(['Lindängen', 'Holma']));

  // Zoomed in on Lindängen nothing clusters: both kinds show, each with its own symbol shape.
  const lindangen = Object.values(doc.investments).find((i) => i.geometry.type === 'Point' && doc.areas[i.areaId ?? '']?.name === 'Lindängen');
  await jumpTo(page, lindangen!.geometry.coordinates as [number, number], 14);
  const points = await renderedFeatures(page, ['platsen-points', 'platsen-points-b', 'platsen-points-few']);
  const kindOf = (p: RenderedFeature) => doc.investments[String(p.properties.id)]!.kind;
  expect(new Set(points.map(kindOf))).toEqual(new Set(['physical', 'social']));
  const shapesByKind = (kind: string) => new Set(points.filter((p) => kindOf(p) === kind).map((p) => parseSymbolImageId(String(p.image))!.shape));
  expect([shapesByKind('physical'), shapesByKind('social')]).toEqual([new Set(['square']), new Set(['circle'])]);
  expect(session.externalRequests).toEqual([]);
});

test('clicking an investment shows its details as text', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const doc = await docOf(page);
  const inv = Object.values(doc.investments).find((i) => i.geometry.type === 'Point' && !i.title.includes('<'))!;
  await jumpTo(page, inv.geometry.coordinates as [number, number], 16);
  const pixel = await page.evaluate((c) => {
    const p = (window as unknown as { __platsen: { map: { project(c: unknown): { x: number; y: number } } } }).__platsen.map.project(c);
    return { x: p.x, y: p.y };
  }, inv.geometry.coordinates);
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  await page.mouse.click(box.x + pixel.x, box.y + pixel.y);
  await expect.poll(() => page.locator('#investment-title').textContent()).toBe(inv.title);
});

test('an edit survives a reload; undo and redo work and are saved too', async () => {
  session = await openApp('/');
  const { page } = session;
  page.on('dialog', (d) => void d.accept());
  await waitForMapIdle(page);
  const areaCount = Object.keys((await docOf(page)).areas).length;
  expect(areaCount).toBeGreaterThanOrEqual(4);

  await page.getByText('Arbetsyta', { exact: true }).click();
  await page.getByRole('button', { name: 'Börja med en tom arbetsyta' }).click();
  // Any of the 290 municipalities: the workspace takes its name, kommunkod and view.
  await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Falkenberg (1382)' });
  await page.getByRole('button', { name: 'Skapa arbetsytan' }).click();
  await expect.poll(async () => Object.keys((await docOf(page)).areas).length).toBe(0);
  const ws = Object.values((await docOf(page)).workspace)[0]!;
  expect(ws).toMatchObject({ municipality: 'Falkenberg', kommunkod: '1382' });
  expect(ws.defaultView.center[1]).toBeCloseTo(56.95, 0); // Falkenberg lies at about 56.9° N
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as TestWindow).__platsen.map.getLayer('platsen-municipality-outline')))).toBe(true);
  await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).__platsen.map.getCenter().lat)).toBeGreaterThan(56.5);
  await saved(page);

  await page.reload();
  await waitForMapIdle(page);
  expect(Object.keys((await docOf(page)).areas)).toHaveLength(0);

  // History lives in the session: after a reload the empty workspace is what was saved. Reset the
  // demo (one command), then undo and redo it with the keyboard.
  await page.getByText('Arbetsyta', { exact: true }).click();
  await page.getByRole('button', { name: 'Återställ demon' }).click();
  await expect.poll(async () => Object.keys((await docOf(page)).areas).length).toBe(areaCount);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Object.keys((await docOf(page)).areas).length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => Object.keys((await docOf(page)).areas).length).toBe(areaCount);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(async () => Object.keys((await docOf(page)).areas).length).toBe(0);
  await saved(page);
  await saved(page);

  await page.reload();
  await waitForMapIdle(page);
  expect(Object.keys((await docOf(page)).areas)).toHaveLength(0);
});

test('the language switch changes the UI and is remembered', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await expect.poll(() => page.getByRole('button', { name: 'Utforska' }).count()).toBe(1);
  await page.getByLabel('Språk').selectOption('en');
  await expect.poll(() => page.getByRole('button', { name: 'Explore' }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(() => page.getByRole('button', { name: 'Explore' }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Utforska' }).count()).toBe(0);
});

test('Utforska hides the editing tools that Redigera offers', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const drawButton = page.getByRole('button', { name: 'Rita område' });
  await expect.poll(() => drawButton.count()).toBe(1);
  await page.getByRole('button', { name: 'Utforska' }).click();
  await expect.poll(() => drawButton.count()).toBe(0);
  await page.getByRole('button', { name: 'Redigera' }).click();
  await expect.poll(() => drawButton.count()).toBe(1);
});
