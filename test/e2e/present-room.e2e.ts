// Workshop mode in a real room, on a 1280x720 projector and a 1920x1080 screen: the demo opens on
// its sample tour, the map is the hero (at most 8 % covered), the first scene's area is clear,
// the legend is read from the back and hides on L, a click on a note says it in full, M shows the
// matrix with every action in full, → works right after a tour is chosen, no editing notice.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type TestWindow } from './browser';
import { mapCoverage } from './map-coverage';

const store = (page: Page) => page.evaluate(() => {
  const s = (window as unknown as TestWindow).__platsen.store.getState();
  return { mode: s.session.mode, notes: s.doc.notes };
});
const caption = (page: Page) => page.locator('.present-caption h2').textContent();

/** Points of the canvas grid inside Lindängen that something other than the map is on top of. */
function coveredInLindangen(page: Page) {
  return page.evaluate(() => {
    const { map, store } = (window as unknown as TestWindow).__platsen;
    const ring = (store.getState().doc.areas.area_lindangen!.geometry as GeoJSON.Polygon).coordinates[0]!;
    const inside = ([x, y]: [number, number]) => {
      let odd = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if ((yi! > y) !== (yj! > y) && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) odd = !odd;
      }
      return odd;
    };
    const canvas = map.getCanvas();
    const r = canvas.getBoundingClientRect();
    let points = 0;
    let covered = 0;
    for (let y = 4; y < r.height; y += 8) {
      for (let x = 4; x < r.width; x += 8) {
        const { lng, lat } = map.unproject([x, y]);
        if (!inside([lng, lat])) continue;
        points++;
        if (document.elementFromPoint(r.left + x, r.top + y) !== canvas) covered++;
      }
    }
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    const [west, south, east, north] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    const nw = map.project([west, north]);
    const se = map.project([east, south]);
    return { points, covered, whole: nw.x >= 0 && nw.y >= 0 && se.x <= r.width && se.y <= r.height };
  });
}

async function roomAt(width: number, height: number): Promise<void> {
  const session = await openApp('/', { viewport: { width, height } });
  const { page } = session;
  await waitForMapIdle(page);

  // An editing notice that stays until dismissed: a note without text is refused.
  await page.getByRole('tab', { name: 'Workshop' }).click();
  await page.getByRole('button', { name: 'Sätt upp lappen' }).click();
  await page.getByText('Skriv något på lappen.').waitFor();
  if (width === 1280) expect(await axeViolations(page)).toEqual([]);

  // Presentera opens on the demo's sample tour; nothing from editing comes along.
  await page.getByRole('button', { name: 'Presentera', exact: true }).click();
  await expect.poll(async () => (await store(page)).mode).toBe('present');
  await expect.poll(() => caption(page)).toBe('Inledning: Lindängen, en plats och ett program');
  expect(await page.getByText('Scen 1 av 4').count()).toBe(1);
  await waitForMapIdle(page);
  expect(await page.locator('.notice').count()).toBe(0);

  // The map is the hero; the legend in its corner is small and read from the back.
  await expect.poll(async () => (await mapCoverage(page)).share).toBeLessThanOrEqual(0.08);
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  const box = (await legend.boundingBox())!;
  expect(box.width * box.height).toBeLessThanOrEqual(0.08 * width * height);
  const sizes = await page.evaluate(() => [...document.querySelectorAll('.present-legend li')].map((li) => parseFloat(getComputedStyle(li).fontSize)));
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
  // The whole of Lindängen is in view and nothing covers it.
  await expect.poll(() => coveredInLindangen(page)).toMatchObject({ covered: 0, whole: true });
  expect((await coveredInLindangen(page)).points).toBeGreaterThan(500);
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.PLATSEN_SCREENSHOTS) await page.screenshot({ path: `test/e2e/screenshots/present-${width}x${height}.png` });

  // L hides the legend and shows it again.
  await page.keyboard.press('l');
  await expect.poll(() => legend.count()).toBe(0);
  await page.keyboard.press('l');
  await legend.waitFor();

  // N takes the names of areas and investments off the map, and puts them back.
  const areaNames = () => page.evaluate(() => (window as unknown as TestWindow).__platsen.map.getLayoutProperty('platsen-area-labels', 'visibility'));
  expect(await areaNames()).toBe('visible');
  await page.keyboard.press('n');
  await expect.poll(areaNames).toBe('none');
  await page.keyboard.press('n');
  await expect.poll(areaNames).toBe('visible');

  // A tour chosen from the presentation's menu starts at its first scene, and → moves on at once.
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Meny' }).click();
  if (width === 1280) expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lindängen: nuläge, framtid, handling' }).click();
  await expect.poll(() => caption(page)).toBe('Inledning: Lindängen, en plats och ett program');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => caption(page)).toBe('Nuläge: det vi är stolta över och det som hindrar');
  await waitForMapIdle(page);

  // A note too long for its card: the card ends it with an ellipsis, a click says it in full.
  const note = Object.values((await store(page)).notes).find((n) => n.text.startsWith('Torget är fullt av liv'))!;
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-note-cards'])).find((f) => f.properties.id === note.id)?.properties.body)
    .toMatch(/…$/);
  const pin = await page.evaluate((position) => {
    const map = (window as unknown as TestWindow).__platsen.map;
    const p = map.project(position);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, note.position!);
  await page.mouse.click(pin.x, pin.y);
  const callout = page.locator('.present-callout');
  await callout.waitFor();
  expect(await callout.locator('h2').textContent()).toBe(note.text);
  expect(await callout.textContent()).toContain('Förhoppning');
  expect(await callout.textContent()).toContain('Lindängen');
  const said = await callout.locator('h2').evaluate((h) => ({ height: h.getBoundingClientRect().height, font: parseFloat(getComputedStyle(h).fontSize) }));
  expect(said.height).toBeGreaterThanOrEqual(20);
  expect(said.font).toBeGreaterThanOrEqual(20);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => callout.count()).toBe(0);
  expect((await store(page)).mode).toBe('present');

  // M: the matrix for the room; every action in full, inside its quadrant, none over another.
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Insats och effekt' });
  await dialog.waitFor();
  const actions = Object.values((await store(page)).notes).filter((n) => n.category === 'action');
  await expect.poll(() => page.locator('.matrix-dialog .matrix-note.placed[style*="visibility: visible"]').count()).toBe(actions.filter((n) => n.matrix).length);
  const cards = await page.evaluate(() => {
    const board = document.querySelector('.matrix-dialog .matrix-board')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.matrix-dialog .matrix-note.placed')].map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        text: el.textContent, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight,
        ellipsis: style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap', font: parseFloat(style.fontSize),
        // Where the card sits on the board, as shares of its width and height.
        left: (r.left - board.left) / board.width, right: (r.right - board.left) / board.width,
        top: (r.top - board.top) / board.height, bottom: (r.bottom - board.top) / board.height,
      };
    });
  });
  expect(cards.map((c) => c.text).sort()).toEqual(actions.map((n) => n.text).sort());
  for (const card of cards) {
    const action = actions.find((n) => n.text === card.text)!;
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    expect(card.scrollHeight).toBeLessThanOrEqual(card.clientHeight);
    expect(card.ellipsis).toBe(false);
    expect(card.font).toBeGreaterThanOrEqual(20);
    const easy = action.matrix!.effort < 0.5;
    const large = action.matrix!.impact >= 0.5;
    expect(easy ? card.right <= 0.5 : card.left >= 0.5).toBe(true);
    expect(large ? card.bottom <= 0.5 : card.top >= 0.5).toBe(true);
    for (const other of cards) {
      if (other === card) continue;
      expect(card.right <= other.left || other.right <= card.left || card.bottom <= other.top || other.bottom <= card.top).toBe(true);
    }
  }
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.PLATSEN_SCREENSHOTS) await page.screenshot({ path: `test/e2e/screenshots/matrix-${width}x${height}.png` });
  await page.keyboard.press('m');
  await expect.poll(() => dialog.count()).toBe(0);

  expect(await page.locator('.notice').count()).toBe(0);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  await session.close();
}

test('a 1280x720 projector: the room sees the map, the legend, every note and every action in full', () => roomAt(1280, 720), 180_000);
test('a 1920x1080 screen: the same holds', () => roomAt(1920, 1080), 180_000);
