import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

let session: AppSession | undefined;

const FILL = 'platsen-choropleth-fill';

async function selectArea(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    const { store } = (window as unknown as TestWindow).__platsen;
    const area = Object.values(store.getState().doc.areas).find((a) => a.name === n)!;
    store.setSession({ selection: { type: 'area', ids: [area.id] } });
  }, name);
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

test('colouring by a statistic colours the DeSO of the municipality, or the areas, with a legend of classes', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  const box = page.locator('.choropleth-box');
  await box.getByRole('button', { name: 'Färglägg efter statistik' }).click();
  await box.getByRole('combobox', { name: 'Statistik' }).selectOption('unemp');

  await expect.poll(async () => (await renderedFeatures(page, [FILL])).length, { timeout: 30_000 }).toBeGreaterThan(20);
  await waitForMapIdle(page);
  const deso = await renderedFeatures(page, [FILL]);
  expect(deso.every((f) => /^#[0-9a-f]{6}$/.test(String(f.properties.colour)))).toBe(true);
  expect(new Set(deso.map((f) => f.properties.colour)).size).toBe(5);
  expect(deso.every((f) => String(f.properties.id).startsWith('1280'))).toBe(true);

  const entries = box.locator('.choropleth-entry');
  await expect.poll(() => entries.count()).toBe(5);
  expect(await entries.first().textContent()).toMatch(/^\d+,\d – \d+,\d % \(\d+ st\)$/);
  await box.getByText('DeSO-områden i Malmö · Kvantiler (lika många områden per klass)').waitFor();

  // Fewer classes and natural breaks: the legend says so.
  await box.getByRole('combobox', { name: 'Antal klasser' }).selectOption('3');
  await box.getByRole('combobox', { name: 'Klassindelning' }).selectOption('natural');
  await expect.poll(() => entries.count()).toBe(3);
  await box.getByText('DeSO-områden i Malmö · Naturliga brytpunkter').waitFor();

  // A statistic SCB suppresses for some DeSO: those are hatched and counted as missing, not classed.
  await box.getByRole('combobox', { name: 'Statistik' }).selectOption('flats');
  await box.getByText('Uppgift saknas (9)').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The programme areas instead of DeSO.
  await box.getByRole('combobox', { name: 'Färglägg' }).selectOption('areas');
  const areaIds = await page.evaluate(() => Object.keys((window as unknown as TestWindow).__platsen.store.getState().doc.areas));
  await expect.poll(async () => {
    const drawn = await renderedFeatures(page, [FILL]);
    return drawn.length > 0 && drawn.every((f) => areaIds.includes(String(f.properties.id)));
  }, { timeout: 30_000 }).toBe(true);
  await box.getByText(/Programområden \(uppskattade värden\)/).waitFor();

  await box.getByRole('combobox', { name: 'Statistik' }).selectOption('');
  await waitForMapIdle(page);
  expect(await renderedFeatures(page, [FILL])).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});

test('an indicator with baseline, target and two measurements is charted, and kept over a reload', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await selectArea(page, 'Lindängen');
  await page.getByRole('tab', { name: 'Mätning' }).click();
  await page.getByRole('button', { name: 'Lägg till indikator' }).click();

  const form = page.getByRole('form', { name: 'Ny indikator' });
  await form.getByRole('textbox', { name: 'Namn' }).fill('Upplevd trygghet kvällstid');
  await form.getByRole('textbox', { name: 'Enhet' }).fill('%');
  const baseline = form.getByRole('group', { name: 'Utgångsläge' });
  await baseline.getByRole('textbox', { name: 'Värde' }).fill('41,5');
  await baseline.getByRole('textbox', { name: 'År' }).fill('2024');
  const target = form.getByRole('group', { name: 'Mål', exact: true });
  await target.getByRole('textbox', { name: 'Värde' }).fill('60');
  await target.getByRole('textbox', { name: 'År' }).fill('2030');
  await form.getByRole('button', { name: 'Skapa indikator' }).click();

  const card = page.locator('.indicator-card', { hasText: 'Upplevd trygghet kvällstid' });
  await card.waitFor();
  for (const [value, date] of [['44', '2025-06-30'], ['47,5', '2026-06-30']] as const) {
    await card.getByRole('textbox', { name: 'Mätvärde' }).fill(value);
    await card.getByLabel('Datum').fill(date);
    await card.getByRole('button', { name: 'Lägg till mätvärde' }).click();
    await expect.poll(() => card.locator('circle[data-kind="measurement"]').count()).toBe(date === '2025-06-30' ? 1 : 2);
  }

  const expectChart = async () => {
    const chart = card.getByRole('img', { name: /Utveckling för Upplevd trygghet kvällstid/ });
    await chart.waitFor();
    expect(await chart.locator('rect[data-kind="baseline"]').count()).toBe(1);
    expect(await chart.locator('circle[data-kind="measurement"]').count()).toBe(2);
    expect(await chart.locator('polygon[data-kind="target"]').count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toMatch(/^Utgångsläge 41,5 % \(2024\), 2 mätvärden \(senast 47,5 % \(30 juni 2026\)\), mål 60 % \(2030\)\.$/);
  };
  await expectChart();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(() => page.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.indicators)
    .filter((i) => i.name === 'Upplevd trygghet kvällstid').length)).toBe(1);
  await selectArea(page, 'Lindängen');
  await page.getByRole('tab', { name: 'Mätning' }).click();
  await card.waitFor();
  await expectChart();
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});
