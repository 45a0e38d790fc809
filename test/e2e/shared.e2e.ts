// A shared workspace in real Chromium against a real `platsen serve` (built, embedded PostgreSQL
// in a fresh data folder): two people signed in in two browsers edit one workspace; an edit shows
// at the other within 2 s; offline, both change the same budget, and the one who reconnects is
// asked to resolve it; a reader cannot edit, even with a crafted request; a programme group member
// records a gate decision that an editor may not; the other sees who made an edit in the
// investment's history.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeBackup } from '../../src/domain/io/backup';
import type { Investment, PlatsenDocument } from '../../src/domain/model';
import { ApiClient, emailOf, PASSWORD } from '../server/harness';
import { serve, stop, type Served } from '../server/serve-process';
import { fixtureDoc, passReview } from '../server/workspace-fixture';
import { axeViolations } from './axe';
import { openApp, waitForMapIdle, type AppSession, type TestWindow } from './browser';

const SLOW = { timeout: 20_000 };
let dir = '';
let served: Served;
let workspaceId = '';

async function user(name: string): Promise<ApiClient> {
  const client = new ApiClient(served.url);
  const r = await client.post('/api/auth/sign-up/email', { name, email: emailOf(name), password: PASSWORD });
  if (r.status !== 200) throw new Error(`sign-up of ${name}: ${r.status}`);
  return client;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'platsen-shared-e2e-'));
  served = await serve(['--data', join(dir, 'data')], {}, dir);
  const admin = await user('Ada');
  const created = await admin.post<{ id: string }>('/api/workspaces', { backup: serializeBackup(fixtureDoc(), '2026-03-01T10:00:00.000Z') });
  workspaceId = created.body.id;
  for (const [name, role, departmentId] of [['Eva', 'editor', 'dep_park'], ['Pia', 'programme', 'dep_fri'], ['Rolf', 'reader', null]] as const) {
    await user(name);
    const r = await admin.put(`/api/workspaces/${workspaceId}/members`, { email: emailOf(name), role, departmentId });
    if (r.status !== 200) throw new Error(`member ${name}: ${r.status}`);
  }
}, 120_000);

afterAll(async () => {
  if (served) await stop(served.child);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const state = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc) as Promise<PlatsenDocument>;
const invOf = async (page: Page, id: string): Promise<Investment> => (await state(page)).investments[id]!;

/** Opens the workspace's link in a new browser, signs in on the page it shows, and waits for the map. */
async function signedIn(name: string): Promise<AppSession> {
  const session = await openApp(`/?ws=${workspaceId}`, { baseUrl: served.url });
  const { page } = session;
  await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  await page.getByLabel('E-post').fill(emailOf(name));
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await waitForMapIdle(page);
  await page.getByRole('status').filter({ hasText: 'Uppkopplad' }).waitFor(SLOW);
  return session;
}

async function select(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => (window as unknown as TestWindow).__platsen.store.setSession({ selection: { type: 'investment', ids: [i] } }), id);
  await page.getByRole('heading', { level: 2 }).filter({ hasText: (await invOf(page, id)).title }).first().waitFor();
}

async function editAndSave(page: Page, fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('button', { name: 'Redigera uppgifter' }).waitFor();
}

/** A push made by hand with the page's own session cookie, as a crafted request would be. */
function craftedPush(page: Page, changes: unknown, base: unknown): Promise<{ status: number; body: { results?: Array<{ status: string; reason?: string }> } }> {
  return page.evaluate(async ({ ws, changes, base }) => {
    const res = await fetch(`/api/workspaces/${ws}/push`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, clientId: 'crafted', mutations: [{ id: `m_crafted_${Date.now()}`, label: 'command.updateInvestments', changes, base }] }),
    });
    return { status: res.status, body: await res.json() };
  }, { ws: workspaceId, changes, base });
}

test('two people in one shared workspace: live edits, an offline conflict to resolve, and who may decide at a gate', async () => {
  const eva = await signedIn('Eva');
  const pia = await signedIn('Pia');
  const [a, b] = [eva.page, pia.page];
  await select(a, 'inv_park');
  await select(b, 'inv_park');
  expect(await a.getByText('Din roll: Redigerare').count()).toBe(1);

  // An edit in one appears in the other within 2 s.
  const oldTitle = (await invOf(a, 'inv_park')).title;
  await editAndSave(a, { Titel: 'Parken vid ån' });
  const saved = Date.now();
  await expect.poll(async () => (await invOf(b, 'inv_park')).title, { timeout: 2_000, interval: 50 }).toBe('Parken vid ån');
  expect(Date.now() - saved).toBeLessThan(2_000);

  // The other opens the investment's history (by keyboard) and sees who changed what.
  const history = b.getByRole('region', { name: 'Ändringshistorik' });
  await history.getByRole('button', { name: 'Visa ändringshistoriken' }).focus();
  await b.keyboard.press('Enter');
  const latest = history.getByRole('listitem').first();
  await latest.getByText(`Titel: ”${oldTitle}” → ”Parken vid ån”`).waitFor(SLOW);
  expect(await latest.textContent()).toMatch(/^Ändra investeringar · Eva · /);
  expect(await axeViolations(b)).toEqual([]);
  await history.getByRole('button', { name: 'Dölj ändringshistoriken' }).click();

  // A second tab of Eva's browser follows the first (which does the network) and its edits go too.
  const follower = await eva.context.newPage();
  await follower.goto(a.url());
  await waitForMapIdle(follower);
  await select(follower, 'inv_youth');
  await editAndSave(follower, { Titel: 'Fritidsgården Holma' });
  await expect.poll(async () => (await invOf(b, 'inv_youth')).title, SLOW).toBe('Fritidsgården Holma');
  await follower.close();

  // Eva goes offline; both change the budget; Eva's waits in her outbox.
  await eva.context.setOffline(true);
  await a.getByRole('status').filter({ hasText: 'Offline' }).waitFor(SLOW);
  await editAndSave(a, { 'Investering (kr)': '2 500 000' });
  await a.getByText('Offline · 1 ändring väntar').waitFor(SLOW);
  await editAndSave(b, { 'Investering (kr)': '3 100 000' });
  await expect.poll(async () => (await invOf(b, 'inv_park')).budget.investment).toBe(3_100_000);
  await b.getByRole('status').filter({ hasText: /^Uppkopplad$/ }).waitFor(SLOW);

  // Back online: Eva's edit meets Pia's; Eva is asked, with both values, and keeps hers.
  await eva.context.setOffline(false);
  const resolve = a.getByRole('button', { name: 'Lös (1)' });
  await resolve.waitFor(SLOW);
  expect((await invOf(a, 'inv_park')).budget.investment).toBe(3_100_000);
  await resolve.click();
  const dialog = a.getByRole('dialog', { name: 'Ändringar som servern inte tog emot' });
  await dialog.getByText('budget.investment: din 2500000, deras 3100000').waitFor();
  expect(await axeViolations(a)).toEqual([]);
  await dialog.getByRole('button', { name: 'Behåll min' }).click();
  await dialog.getByText('Inget att lösa.').waitFor(SLOW);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect.poll(async () => (await invOf(b, 'inv_park')).budget.investment, SLOW).toBe(2_500_000);

  // Under full programme governance the programme group decides at the gate, not an editor.
  await a.getByText('Beslutet vid grinden fattas av programgruppen').waitFor();
  expect(await a.getByRole('button', { name: /^Bedöm vid grind/ }).count()).toBe(0);
  // Not even by hand: the server asks the same rule.
  const review = passReview('rev_crafted', 'inv_park');
  const forged = await craftedPush(a, { reviews: [{ op: 'create', id: review.id, record: review }] }, {});
  expect(forged.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.governance' });
  await b.getByRole('button', { name: /^Bedöm vid grind/ }).click();
  const form = b.locator('form.gate-review-form');
  const rate = (group: string) => form.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name: 'Positiv', exact: true }).click();
  for (const aspect of ['Strategi', 'Nytta', 'Marknad', 'Ekonomi', 'Styrning']) await rate(`Bedömning: ${aspect}`);
  for (const dimension of ['Miljö', 'Social', 'Ekonomisk']) await rate(`Nytta, ${dimension}`);
  await form.getByLabel('Beslutsdatum').fill('2026-03-02');
  await form.getByRole('radio', { name: 'Passera' }).check();
  await form.getByRole('button', { name: 'Spara bedömningen' }).click();
  const decided = (doc: PlatsenDocument) => Object.values(doc.reviews).filter((r) => r.investmentId === 'inv_park' && r.decision === 'pass').length;
  await expect.poll(async () => decided(await state(a)), SLOW).toBe(1);
  expect(await b.getByRole('button', { name: /^Lös \(/ }).count()).toBe(0);
  expect([...eva.externalRequests, ...pia.externalRequests]).toEqual([]);
});

test('a reader sees the workspace but cannot edit it, and the server refuses a crafted edit', async () => {
  const rolf = await signedIn('Rolf');
  const page = rolf.page;
  await select(page, 'inv_youth');
  expect(await page.getByText('Din roll: Läsare').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Redigera uppgifter' }).count()).toBe(0);
  const before = await invOf(page, 'inv_youth');
  const crafted = await craftedPush(page, { investments: [{ op: 'update', id: 'inv_youth', fields: [{ path: ['title'], old: before.title, new: 'Läsarens titel' }] }] }, { investments: { inv_youth: 1 } });
  expect(crafted.status).toBe(200);
  expect(crafted.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.role' });
  const pulled = await page.evaluate(async (ws) => (await fetch(`/api/workspaces/${ws}/pull?since=0`)).json(), workspaceId) as { patch: { investments: Array<{ id: string; record: Investment }> } };
  expect(pulled.patch.investments.find((c) => c.id === 'inv_youth')?.record.title).toBe(before.title);
  expect(await axeViolations(page)).toEqual([]);
  // Only the browser's own line for the 401 that told the page to show the sign-in form.
  expect(rolf.consoleErrors.filter((e) => !/401 \(Unauthorized\) \(http:\/\/127\.0\.0\.1:\d+\/api\/me:/.test(e))).toEqual([]);
});
