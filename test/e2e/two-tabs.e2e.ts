// Two tabs of one browser on the same workspace (a facilitator presenting in one while editing in
// the other is ordinary): neither tab's edit may be lost to the other's undo or open form, and
// what both did is still there after a reload.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { Investment } from '../../src/domain/model';
import { axeViolations } from './axe';
import { openApp, waitForMapIdle, type AppSession, type TestWindow } from './browser';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SLOW = { timeout: 20_000 };
const LONG = 180_000;

const investment = (page: Page, id: string) =>
  page.evaluate((i) => (window as unknown as TestWindow).__platsen.store.getState().doc.investments[i], id) as Promise<Investment>;
const flushed = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.flushed());

/** The editor in two tabs of one browser, both showing the same demo investment's details. */
async function twoTabs(): Promise<{ a: Page; b: Page; inv: Investment }> {
  session = await openApp('/');
  const a = session.page;
  await waitForMapIdle(a);
  const b = await session.context.newPage();
  await b.goto(a.url());
  await waitForMapIdle(b);
  const inv = await a.evaluate(() => Object.values((window as unknown as TestWindow).__platsen.store.getState().doc.investments)
    .find((i) => i.budget.investment > 0 && i.geometry.type === 'Point')!);
  for (const page of [a, b]) await openDetails(page, inv);
  return { a, b, inv };
}

async function openDetails(page: Page, inv: Investment): Promise<void> {
  await page.evaluate((id) => (window as unknown as TestWindow).__platsen.store.setSession({ selection: { type: 'investment', ids: [id] } }), inv.id);
  const { title } = await investment(page, inv.id);
  await page.getByRole('heading', { level: 2 }).filter({ hasText: title }).first().waitFor();
}

async function editAndSave(page: Page, fields: Record<string, string>): Promise<void> {
  if (!(await page.getByRole('button', { name: 'Spara', exact: true }).isVisible())) {
    await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  }
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('button', { name: 'Redigera uppgifter' }).waitFor();
  await flushed(page);
}

async function reloaded(page: Page): Promise<void> {
  await page.reload();
  await waitForMapIdle(page);
}

test('undo in one tab gives back its own budget and keeps the title the other tab changed since, also after a reload', async () => {
  const { a, b, inv } = await twoTabs();
  await editAndSave(a, { 'Investering (kr)': '77 000 000' });
  await expect.poll(async () => (await investment(b, inv.id)).budget.investment, SLOW).toBe(77_000_000);
  await editAndSave(b, { Titel: 'Titel från flik B' });
  await expect.poll(async () => (await investment(a, inv.id)).title, SLOW).toBe('Titel från flik B');

  await a.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(async () => (await investment(a, inv.id)).budget.investment, SLOW).toBe(inv.budget.investment);
  await expect.poll(async () => (await investment(b, inv.id)).budget.investment, SLOW).toBe(inv.budget.investment);
  expect((await investment(b, inv.id)).title).toBe('Titel från flik B');

  for (const page of [a, b]) {
    await reloaded(page);
    expect(await investment(page, inv.id)).toMatchObject({ title: 'Titel från flik B', budget: { investment: inv.budget.investment } });
  }
  expect(session!.consoleErrors).toEqual([]);
}, LONG);

test('two open forms: A saves the budget, B then saves only its title; both kept after a reload. An undo over B\'s change asks first', async () => {
  const { a, b, inv } = await twoTabs();
  for (const page of [a, b]) await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  await editAndSave(a, { 'Investering (kr)': '66 000 000' });
  // B's open form takes A's budget and says so, without touching what B is doing.
  await b.getByText('Ändrat i en annan flik medan du redigerade: Investering (kr).').waitFor(SLOW);
  expect(await b.getByLabel('Investering (kr)', { exact: true }).inputValue()).toBe('66000000');
  await editAndSave(b, { Titel: 'Titel från flik B' });

  for (const page of [a, b]) {
    await reloaded(page);
    expect(await investment(page, inv.id)).toMatchObject({ title: 'Titel från flik B', budget: { investment: 66_000_000 } });
  }

  // A changes the title, B changes it again, A undoes: A is asked before B's title is overwritten.
  await openDetails(a, inv);
  await openDetails(b, inv);
  await editAndSave(a, { Titel: 'Titel från flik A' });
  await expect.poll(async () => (await investment(b, inv.id)).title, SLOW).toBe('Titel från flik A');
  await editAndSave(b, { Titel: 'Titel från flik B igen' });
  await expect.poll(async () => (await investment(a, inv.id)).title, SLOW).toBe('Titel från flik B igen');
  await a.keyboard.press('Control+z');
  const dialog = a.getByRole('dialog', { name: 'Ångra ”Ändra investeringar”?' });
  await dialog.waitFor(SLOW);
  expect(await dialog.textContent()).toContain('Nu: ”Titel från flik B igen”');
  expect(await axeViolations(a)).toEqual([]);
  await dialog.getByRole('button', { name: 'Behåll deras ändringar' }).click();
  await flushed(a);
  await reloaded(a);
  expect((await investment(a, inv.id)).title).toBe('Titel från flik B igen');
  expect(session!.consoleErrors).toEqual([]);
}, LONG);
