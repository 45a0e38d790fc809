// The public viewer in real Chromium against the built app: the demo snapshot offline, map and list
// together, filters, permanent links, the phone layout, accessibility, hostile text, and that the
// page neither stores anything nor talks to anyone but its own site.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');
const SYMBOL_LAYERS = ['platsen-points', 'platsen-points-b', 'platsen-shape-solid', 'platsen-shape-dashed', 'platsen-shape-fill', 'platsen-clusters', 'platsen-clusters-b'];
const HOSTILE = '<img src=x onerror="window.__pwned=1">&amp; "quoted" {count}';

let session: AppSession | undefined;

beforeAll(() => {
  // The preview server serves dist/ only, and picks up files added after it started.
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'public', 'demo-snapshot.json'), 'utf8'));
  snapshot.investments[0].title = HOSTILE;
  snapshot.areas[0].name = `${HOSTILE} area`;
  mkdirSync(join(ROOT, 'dist', 'test-snapshots'), { recursive: true });
  writeFileSync(join(ROOT, 'dist', 'test-snapshots', 'hostile.json'), JSON.stringify(snapshot));
  writeFileSync(join(ROOT, 'dist', 'test-snapshots', 'broken.json'), '{"format":"platsen-public-snapshot","version":2}');
});

async function storageIsEmpty(page: Page): Promise<{ local: number; session: number; databases: number; cookies: string }> {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
}

test('opens the demo offline: map and list, demo notice, sources, no storage, no external request, no serious a11y fault', async () => {
  session = await openApp('/public.html');
  const { page } = session;
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, SYMBOL_LAYERS)).length).toBeGreaterThan(5);
  expect((await renderedFeatures(page, ['platsen-area-fill'])).length).toBeGreaterThan(0);
  await page.getByRole('note').filter({ hasText: 'Påhittat exempel' }).waitFor();
  await page.getByRole('button', { name: /Upprustning av torget/ }).waitFor();
  await page.getByText('Malmö stad (CC0)').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Filter: only social investments in the list and on the map.
  await page.getByLabel('Typ').selectOption('social');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'investeringar visas' }).textContent()).toMatch(/^13 av 27/);
  await expect.poll(async () => {
    const features = await renderedFeatures(page, ['platsen-points', 'platsen-points-b', 'platsen-shape-solid', 'platsen-shape-dashed']);
    return features.length > 0 && features.every((f) => f.properties.kind === 'social');
  }).toBe(true);
  // Accent-insensitive search.
  await page.getByLabel('Typ').selectOption('');
  await page.getByLabel('Sök i listan').fill('halsotorg');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'investeringar visas' }).textContent()).toMatch(/^1 av 27/);

  expect(await storageIsEmpty(page)).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test('a permanent link opens the investment, selects it on the map; a pick in the list updates the link', async () => {
  session = await openApp('/public.html?lang=en#investment=inv_holma_05');
  const { page } = session;
  await waitForMapIdle(page);
  await page.getByRole('heading', { level: 2, name: 'Säkrare skolväg mot Hyllie' }).waitFor();
  await page.getByText('How far has it come?').waitFor();
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-shape-selected'])).map((f) => f.properties.id))
    .toContain('inv_holma_05');

  await page.getByRole('button', { name: 'Back to Holma' }).click();
  await page.getByRole('heading', { level: 2, name: 'Holma' }).waitFor();
  expect(new URL(page.url()).hash).toMatch(/^#area=/);
  await page.getByRole('button', { name: /Multiarena för spontanidrott/ }).click();
  expect(new URL(page.url()).hash).toBe('#investment=inv_holma_03');
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'Holma' }).waitFor();
  expect(session.consoleErrors).toEqual([]);
});

test('phone: map on top, one tap to the list, embed mode without a header', async () => {
  session = await openApp('/public.html?embed=1', { device: 'phone' });
  const { page } = session;
  await waitForMapIdle(page);
  expect(await page.locator('header').count()).toBe(0);
  const mapBox = await page.getByTestId('viewer-map').boundingBox();
  const listBox = await page.locator('#viewer-panel').boundingBox();
  expect(mapBox!.width).toBe(390);
  expect(listBox!.y).toBeGreaterThanOrEqual(mapBox!.y + mapBox!.height - 1);
  await page.getByRole('button', { name: 'Lista' }).tap();
  expect(await page.getByTestId('viewer-map').isVisible()).toBe(false);
  await page.getByRole('button', { name: /Upprustning av torget/ }).tap();
  await page.getByRole('heading', { level: 2, name: 'Upprustning av torget' }).waitFor();
  await page.getByRole('button', { name: 'Karta' }).tap();
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-shape-selected'])).length).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});

test('hostile text in a snapshot is shown as text; a damaged snapshot gets a clear message', async () => {
  session = await openApp('/public.html?src=test-snapshots/hostile.json');
  const { page } = session;
  await waitForMapIdle(page);
  await page.getByRole('button', { name: HOSTILE }).first().waitFor();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.goto(new URL('/public.html?src=test-snapshots/broken.json&lang=en', page.url()).href);
  await page.getByRole('alert').filter({ hasText: 'The published map has version 2' }).waitFor();
  await page.goto(new URL('/public.html?src=https://example.org/x.json', page.url()).href);
  await page.getByRole('alert').filter({ hasText: 'annan webbplats' }).waitFor();
  expect(session.externalRequests).toEqual([]);
});
