// The planner's desk at 1366x768: the wide gate board, areas compared side by side, the fast gate
// form, honest "invented" labels and the storage status. One browser session for the whole flow.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Investment, PlatsenDocument } from '../../src/domain/model';
import { derivePhases } from '../../src/domain/phase';
import { DEFAULT_GATES } from '../../src/domain/gates';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import type { Session } from '../../src/store/session';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

const SLOW = { timeout: 30_000 };
let session: AppSession;
let page: Page;

const docOf = (p: Page) => p.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc) as Promise<PlatsenDocument>;
const sessionOf = (p: Page) => p.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().session) as Promise<Session>;
const setSession = (p: Page, changes: Partial<Session>) =>
  p.evaluate((c) => (window as unknown as TestWindow).__platsen.store.setSession(c), changes);

/**
 * Words of each element broken over two lines or spilling out of its box: a word split inside
 * ("Trygghetsvär|dar") is drawn as two rectangles, one too wide for its box sticks out of it.
 */
function brokenWords(p: Page, selector: string) {
  return p.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          const r = range.getBoundingClientRect();
          if (lines.size > 1 || r.right > box.right + 1 || r.left < box.left - 1) out.push(`${m[0]} in "${text}"`);
        }
      }
    }
    return out;
  }, selector);
}

beforeAll(async () => {
  session = await openApp('/');
  page = session.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForMapIdle(page);
  await page.waitForFunction(() => Object.keys((window as unknown as TestWindow).__platsen.store.getState().doc.investments).length > 0);
});

afterAll(async () => {
  await session.close();
});

afterEach(() => {
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});

test('the gate board shows every gate column at once without sideways scrolling, titles whole, filters and keys working', async () => {
  await page.getByRole('button', { name: 'Grindtavla', exact: true }).click();
  await page.getByRole('heading', { name: 'Grindtavla: alla program' }).waitFor();
  const columns = page.locator('.gate-board-column');
  expect(await columns.count()).toBe(DEFAULT_GATES.length);
  for (let i = 0; i < DEFAULT_GATES.length; i++) {
    const box = (await columns.nth(i).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(box.width).toBeGreaterThan(150);
  }
  const scroll = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    board: [...document.querySelectorAll('.gate-board, .gate-board-column')].map((e) => e.scrollWidth - e.clientWidth),
  }));
  expect(scroll.page).toBe(0);
  expect(scroll.board.every((d) => d <= 0)).toBe(true);

  const doc = await docOf(page);
  const cards = page.locator('.board-card');
  expect(await cards.count()).toBe(Object.keys(doc.investments).length);
  expect(await brokenWords(page, '.board-card-title')).toEqual([]);
  // The measure does see a word broken inside (as the old narrow board broke "Trygghetsvär/dar").
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend',
    '<p class="probe" style="width:60px;overflow-wrap:anywhere;position:absolute;top:0">Trygghetsvärdar</p>'));
  expect(await brokenWords(page, '.probe')).toEqual(['Trygghetsvärdar in "Trygghetsvärdar"']);
  await page.evaluate(() => document.querySelector('.probe')?.remove());
  // Every column counts its cards.
  expect(await page.locator('.gate-board-column h3').first().textContent()).toMatch(/G0 Idé\d+ st/);

  // Waiting and stopped differ by the whole card and say so in words.
  const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
  const stopped = Object.values(doc.investments).find((i) => phases.get(i.id)?.status === 'stopped')!;
  const stoppedCard = page.locator('.board-card', { hasText: stopped.title });
  expect(await stoppedCard.getAttribute('class')).toContain('status-stopped');
  expect(await stoppedCard.locator('.board-card-status').textContent()).toBe('Avbruten');
  expect(await stoppedCard.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 255, 255)');

  await page.getByRole('checkbox', { name: 'Bara avvaktande' }).check();
  const waiting = Object.values(doc.investments).filter((i) => phases.get(i.id)?.status === 'waiting');
  await expect.poll(() => cards.count()).toBe(waiting.length);
  for (const text of await page.locator('.board-card-status').allTextContents()) expect(text).toBe('Avvaktar');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('checkbox', { name: 'Bara avvaktande' }).uncheck();
  const dept = Object.values(doc.departments)[0]!;
  await page.getByRole('combobox', { name: 'Förvaltning' }).selectOption({ label: dept.name });
  await expect.poll(() => cards.count()).toBe(Object.values(doc.investments).filter((i) => i.departmentId === dept.id).length);
  await page.getByRole('combobox', { name: 'Förvaltning' }).selectOption({ label: 'Alla' });

  // Keyboard: Tab reaches one card, arrows move, Enter chooses it and shows it on the map.
  await cards.first().focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement?.querySelector('.board-card-title')?.textContent ?? '');
  const chosen = Object.values(doc.investments).find((i) => i.title === focused)!;
  expect(phases.get(chosen.id)?.gateIndex).toBe(1);
  await page.keyboard.press('Enter');
  await page.locator('.board-view').waitFor({ state: 'detached' });
  expect((await sessionOf(page)).selection).toEqual({ type: 'investment', ids: [chosen.id] });
  await page.getByRole('heading', { level: 2, name: chosen.title }).waitFor();
  await waitForMapIdle(page);
  const style = await page.evaluate(() => (window as unknown as TestWindow).__platsen.map.getStyle().layers.map((l) => l.id));
  await expect.poll(async () => (await renderedFeatures(page, style.filter((id) => /selected/.test(id))))
    .some((f) => f.properties.id === chosen.id), SLOW).toBe(true);
});

test('comparing Holma and Rosengård Centrum shows both on the map, a difference column and kronor per resident', async () => {
  await setSession(page, { selection: null });
  await page.getByRole('checkbox', { name: 'Jämför Holma' }).check();
  await page.getByRole('checkbox', { name: 'Jämför Rosengård Centrum' }).check();
  await page.getByRole('button', { name: 'Jämför 2 områden' }).click();
  await page.getByRole('heading', { name: 'Jämför 2 områden' }).waitFor();
  const doc = await docOf(page);
  const ids = ['Holma', 'Rosengård Centrum'].map((n) => Object.values(doc.areas).find((a) => a.name === n)!.id);
  expect((await sessionOf(page)).selection).toEqual({ type: 'area', ids });

  // Both outlined as selected, inside the map's visible part.
  await waitForMapIdle(page);
  await expect.poll(async () => new Set((await renderedFeatures(page, ['platsen-area-selected-outline'])).map((f) => f.properties.id)), SLOW)
    .toEqual(new Set(ids));

  const table = page.locator('.compare-table');
  expect(await table.locator('thead th').allTextContents()).toEqual(['Holma', 'Rosengård Centrum', 'Skillnad (Rosengård Centrum − Holma)']);
  await page.getByText('Statistiken för', { exact: false }).first().waitFor(SLOW);
  const perResident = table.locator('tr[data-row="budgetPerResident"] td');
  await expect.poll(async () => (await perResident.allTextContents()).every((c) => /kr$/.test(c)), SLOW).toBe(true);
  // The method is said once, not under every figure.
  expect(await page.getByText(/Befolkningsviktat|Ytviktat/).count()).toBe(0);
  expect(await brokenWords(page, '.compare-table th')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera som CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFGrupp,Uppgift,Holma,Rosengård Centrum,Skillnad (Rosengård Centrum − Holma)');
  expect(csv).toMatch(/Per invånare,"?Investering, kronor per invånare"?,\d/);
});

/** A demo investment open for assessment (active, not waiting), chosen in the list. */
function assessable(doc: PlatsenDocument): Investment {
  const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
  return Object.values(doc.investments).find((i) => phases.get(i.id)?.status === 'active' && (phases.get(i.id)?.gateIndex ?? 9) < 4)!;
}

test('a gate assessment with five ratings and a pass with a reason takes at most 12 user actions', async () => {
  await setSession(page, { selection: null });
  const inv = assessable(await docOf(page));
  const reviewsBefore = Object.keys((await docOf(page)).reviews).length;
  let actions = 0;
  const act = async (f: () => Promise<unknown>) => { actions++; await f(); };

  await page.getByRole('tab', { name: 'Investeringar' }).click();
  await page.getByRole('searchbox', { name: 'Sök investering' }).fill(inv.title);
  actions = 0; // opening the list and finding the investment is navigation, counted from choosing it
  await act(() => page.locator('.investment-row button', { hasText: inv.title }).first().click());
  await act(() => page.getByRole('button', { name: /^Bedöm vid grind/ }).click());
  const form = page.locator('form.gate-review-form');
  // Nothing is decided for the group, and no rule is shown before a pass is chosen.
  expect(await form.getByRole('radio', { checked: true, name: /Passera|Avvakta|Avbryt/ }).count()).toBe(0);
  expect(await form.getByText(/Kan inte sparas|Svaga eller ej bedömda/).count()).toBe(0);
  for (const aspect of ['Strategi', 'Nytta', 'Marknad', 'Ekonomi', 'Styrning']) {
    await act(() => form.getByRole('radiogroup', { name: `Bedömning: ${aspect}`, exact: true })
      .getByRole('radio', { name: aspect === 'Marknad' ? 'Svag' : 'Stark', exact: true }).click());
  }
  await act(() => form.getByRole('radio', { name: 'Passera' }).click());
  // Benefit dimensions not rated: named once, under Benefits.
  await expect.poll(() => form.locator('.gate-weak').textContent())
    .toBe('Svaga eller ej bedömda punkter: Nytta (miljö, social, ekonomisk) och Marknad. Att passera trots dem kräver en motivering.');
  expect(await axeViolations(page)).toEqual([]);
  await act(() => form.getByRole('textbox', { name: 'Motivering (krävs)' }).fill('Marknaden är mogen nu.'));
  await act(() => form.getByRole('button', { name: 'Spara bedömningen' }).click());
  await expect.poll(async () => Object.keys((await docOf(page)).reviews).length, SLOW).toBe(reviewsBefore + 1);
  expect(actions).toBeLessThanOrEqual(12);
  const saved = Object.values((await docOf(page)).reviews).find((r) => r.investmentId === inv.id && r.reason === 'Marknaden är mogen nu.')!;
  expect(saved).toMatchObject({ decision: 'pass', aspects: { strategy: { rating: 'strong' }, market: { rating: 'weak' } } });

  // The ratings are one radio group each: arrow keys move the choice.
  await page.getByRole('button', { name: /^Bedöm vid grind/ }).click();
  const strategy = form.getByRole('radiogroup', { name: 'Bedömning: Strategi', exact: true });
  await strategy.getByRole('radio', { name: 'Stark', exact: true }).click();
  await page.keyboard.press('ArrowRight');
  expect(await strategy.getByRole('radio', { name: 'Positiv', exact: true }).isChecked()).toBe(true);
  await form.getByRole('button', { name: 'Stäng utan att spara' }).click();
});

test('a planner\'s new investment in the demo is not called invented in the editor or the published snapshot', async () => {
  await setSession(page, { selection: null });
  const doc = await docOf(page);
  const demo = Object.values(doc.investments).find((i) => i.visibility === 'public')!;
  await setSession(page, { selection: { type: 'investment', ids: [demo.id] } });
  await page.getByText('Påhittat exempel').waitFor();

  // A new point investment, placed by a click in the middle of the map.
  await setSession(page, { selection: null });
  await page.getByRole('tab', { name: 'Investeringar' }).click();
  await page.getByRole('button', { name: 'Ny investering' }).click();
  await page.getByRole('button', { name: 'Placera en punkt' }).click();
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.3);
  await page.getByRole('textbox', { name: 'Titel' }).fill('Planerarens nya park');
  await page.getByRole('radio', { name: 'Publik' }).check();
  await page.getByRole('button', { name: 'Spara investeringen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Planerarens nya park' }).waitFor();
  expect(await page.getByText('Påhittat exempel').count()).toBe(0);
  const mine = Object.values((await docOf(page)).investments).find((i) => i.title === 'Planerarens nya park')!;
  expect(mine.invented).toBeUndefined();

  await page.getByRole('button', { name: 'Publicera' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: /Publicera/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Ladda ner/ }).click()]);
  const snapshot = parseSnapshot(await readFile((await download.path())!, 'utf8'));
  const published = snapshot.investments.find((i) => i.id === mine.id)!;
  expect(published.title).toBe('Planerarens nya park');
  expect(published.invented).toBeUndefined();
  expect(snapshot.investments.find((i) => i.id === demo.id)?.invented).toBe(true);
  expect(snapshot.demo).toBe(false);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
});

test('the storage status and the last backup time are visible text, and a backup is one click away', async () => {
  const status = page.locator('.storage-status');
  // Headless Chromium does not promise persistence: the status says so in words.
  await expect.poll(() => status.innerText(), SLOW).toMatch(/Sparat, kan raderas\s+Ingen säkerhetskopia/);
  expect(await status.getByText('Ingen säkerhetskopia').isVisible()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), status.getByRole('button', { name: 'Säkerhetskopiera' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.platsen\.json$/);
  const when = status.getByText(/^Säkerhetskopia \d{1,2} [a-zé]+\.? \d{4},? \d{2}:\d{2}$/);
  await when.waitFor();
  expect(await when.isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});
