import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { addDays } from '../../src/features/as-of/dates';
import { DEFAULT_GATES } from '../../src/domain/gates';
import type { GateDef, GateReview, Investment, PlatsenDocument } from '../../src/domain/model';
import { derivePhases } from '../../src/domain/phase';
import { allAreaRollups } from '../../src/domain/rollups';
import { AREA_SHADING_LAYER, SHADE_CLASSES, shareClass } from '../../src/map/area-shading';
import { PHASE_RAMP, RATING_COLOURS } from '../../src/map/encoding';
import { parseSymbolImageId } from '../../src/map/symbols';
import type { Session } from '../../src/store/session';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type TestWindow } from './browser';
import { openLegend } from './legend';

// The map draws on a software GPU with other tests running: give it time.
const SLOW = { timeout: 30_000 };
const LONG = 300_000;
const REASON = 'Marknaden är svag, men nyttan för de boende bedöms så stor att det är värt att gå vidare.';

const docOf = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc) as Promise<PlatsenDocument>;
const gatesOfDoc = (doc: PlatsenDocument): GateDef[] => Object.values(doc.workspace)[0]?.settings.gates ?? DEFAULT_GATES;
const reviewCount = async (page: Page) => Object.keys((await docOf(page)).reviews).length;
const setSession = (page: Page, changes: Partial<Session>) =>
  page.evaluate((c) => (window as unknown as TestWindow).__platsen.store.setSession(c), changes);

/** Today where the browser is (Europe/Stockholm): the date the review form proposes. */
const browserToday = (page: Page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});

/** A demo investment drawn as its own point in an area, in progress at G2, last decided before yesterday. */
function pickInvestment(doc: PlatsenDocument, yesterday: string): Investment {
  const gates = gatesOfDoc(doc);
  const g2 = gates.findIndex((g) => g.code === 'G2');
  const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), gates);
  const inv = Object.values(doc.investments).find((i) => {
    const phase = phases.get(i.id);
    return i.geometry.type === 'Point' && !i.wholeArea && i.areaId !== null && phase?.gateIndex === g2
      && phase.status === 'active' && (phase.lastReview?.date ?? '') < yesterday;
  });
  if (!inv) throw new Error('the demo has no point investment in progress at G2');
  return inv;
}

async function showPoint(page: Page, inv: Investment): Promise<void> {
  // Zoomed in past clustering, so the symbol is drawn on its own.
  await page.evaluate((c) => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: c, zoom: 15 }), inv.geometry.coordinates as [number, number]);
  await waitForMapIdle(page);
}

/** How the map draws an investment's symbol (shape, fill and colour, read from its image name). */
const drawnAs = async (page: Page, id: string) => {
  const icon = (await renderedFeatures(page, ['platsen-points', 'platsen-points-b', 'platsen-points-few'])).find((f) => f.properties.id === id)?.image;
  return icon === undefined ? undefined : parseSymbolImageId(String(icon)) ?? undefined;
};

test('a pass against a weak market needs a reason, then moves the investment one gate on the map and the board, back in time with the slider, and survives a reload', async () => {
  const session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await expect.poll(async () => Object.keys((await docOf(page)).investments).length, SLOW).toBeGreaterThan(0);
  const today = await browserToday(page);
  const yesterday = addDays(today, -1);
  const before = await docOf(page);
  const inv = pickInvestment(before, yesterday);
  const gates = gatesOfDoc(before);
  const g2 = gates.findIndex((g) => g.code === 'G2');
  const [oldGate, newGate] = [gates[g2]!, gates[g2 + 1]!];
  const reviewsBefore = Object.keys(before.reviews).length;

  await showPoint(page, inv);
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(PHASE_RAMP[g2]);

  // The review: market weak, everything else positive, decided today.
  await setSession(page, { selection: { type: 'investment', ids: [inv.id] } });
  await page.getByRole('button', { name: `Bedöm vid grind ${oldGate.code}` }).click();
  const form = page.locator('form.gate-review-form');
  const rate = (group: string, rating: string) =>
    form.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name: rating, exact: true }).click();
  for (const aspect of ['Strategi', 'Nytta', 'Marknad', 'Ekonomi', 'Styrning']) await rate(`Bedömning: ${aspect}`, aspect === 'Marknad' ? 'Svag' : 'Positiv');
  for (const dimension of ['Miljö', 'Social', 'Ekonomisk']) await rate(`Nytta, ${dimension}`, 'Positiv');
  await form.getByLabel('Beslutsdatum').fill(today);
  await form.getByRole('radio', { name: 'Passera' }).check();
  await expect.poll(() => form.getByText(/Svaga eller ej bedömda punkter: marknad/i).count()).toBe(1);

  await form.getByRole('button', { name: 'Spara bedömningen' }).click();
  await form.getByRole('alert').filter({ hasText: 'Skriv varför investeringen passerar trots svaga eller ej bedömda punkter.' }).waitFor();
  expect(await reviewCount(page)).toBe(reviewsBefore);
  expect(await form.getByRole('textbox', { name: 'Motivering (krävs)' }).evaluate((el) => el === document.activeElement)).toBe(true);

  await form.getByRole('textbox', { name: 'Motivering (krävs)' }).fill(REASON);
  await form.getByRole('button', { name: 'Spara bedömningen' }).click();
  await expect.poll(() => reviewCount(page), SLOW).toBe(reviewsBefore + 1);
  const saved = Object.values((await docOf(page)).reviews).find((r: GateReview) => r.investmentId === inv.id && r.reason === REASON)!;
  expect(saved).toMatchObject({ gateCode: oldGate.code, decision: 'pass', date: today, aspects: { market: { rating: 'weak' }, strategy: { rating: 'positive' } } });

  // The map draws it one gate on.
  await showPoint(page, inv);
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(PHASE_RAMP[g2 + 1]);

  // The gate board has it under the next gate.
  await setSession(page, { selection: { type: 'area', ids: [inv.areaId!] } });
  await page.getByRole('tab', { name: 'Grindtavla' }).click();
  await page.getByRole('button', { name: /^Öppna grindtavlan för/ }).click();
  const column = (gate: GateDef) => page.getByRole('region', { name: new RegExp(`^${gate.code} ${gate.name.sv}`) });
  const card = (gate: GateDef) => column(gate).locator('.board-card', { hasText: inv.title });
  await expect.poll(() => card(newGate).count(), SLOW).toBe(1);
  expect(await card(oldGate).count()).toBe(0);

  // As of yesterday, the map and the board show the old phase; back to now, the new one.
  await setSession(page, { asOf: yesterday });
  await showPoint(page, inv);
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(PHASE_RAMP[g2]);
  await expect.poll(() => card(oldGate).count(), SLOW).toBe(1);
  expect(await card(newGate).count()).toBe(0);
  await setSession(page, { asOf: null });
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(PHASE_RAMP[g2 + 1]);
  await page.getByRole('button', { name: 'Tillbaka till kartan' }).click();

  // Colour by the market's latest rating: this one is weak.
  await page.getByRole('combobox', { name: 'Färg visar' }).selectOption({ label: 'Marknad' });
  await openLegend(page);
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(RATING_COLOURS.weak);
  await page.getByRole('heading', { name: 'Färg: senaste bedömning av Marknad' }).waitFor();

  // Areas shaded by progress: the investment's area carries its programme's share and its band's colour.
  const areaShading = async () => (await renderedFeatures(page, Object.values(AREA_SHADING_LAYER))).find((f) => f.properties.id === inv.areaId);
  expect(await areaShading()).toBeUndefined();
  await page.getByRole('combobox', { name: 'Skugga områden' }).selectOption({ label: 'Andel av budgeten förbi G3 Genomförande' });
  await expect.poll(areaShading, SLOW).toBeDefined();
  const after = await docOf(page);
  const expected = allAreaRollups(after, derivePhases(Object.keys(after.investments), Object.values(after.reviews), gates), gates).byArea.get(inv.areaId!)!.progress;
  // Every demo programme has an investment budget, so the area is in a band, not hatched.
  expect(expected).toEqual(expect.any(Number));
  const shaded = (await areaShading())!;
  expect(shaded).toMatchObject({ layer: AREA_SHADING_LAYER.fill, properties: { colour: SHADE_CLASSES[shareClass(expected)!]!.colour } });
  expect(shaded.properties.share).toBeCloseTo(expected!, 9);
  await page.getByRole('heading', { name: 'Område: andel av budgeten förbi G3 Genomförande' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // After a reload: the review is in the history and the investment is still one gate on.
  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(() => reviewCount(page), SLOW).toBe(reviewsBefore + 1);
  await setSession(page, { selection: { type: 'investment', ids: [inv.id] } });
  await page.locator('.review-entry', { hasText: REASON }).waitFor();
  await page.getByRole('button', { name: `Bedöm vid grind ${newGate.code}` }).waitFor();
  await showPoint(page, inv);
  await expect.poll(async () => (await drawnAs(page, inv.id))?.colour, SLOW).toBe(PHASE_RAMP[g2 + 1]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}, LONG);
