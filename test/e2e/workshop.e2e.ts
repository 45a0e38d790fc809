import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './axe';
import { openApp, renderedFeatures, waitForMapIdle, type AppSession, type TestWindow } from './browser';

let session: AppSession | undefined;

const SCENES = [
  { caption: 'Scen A: Rosengård', center: [13.03, 55.585] as [number, number], zoom: 13 },
  { caption: 'Scen B: Holma', center: [12.96, 55.57] as [number, number], zoom: 14 },
  { caption: 'Scen C: hela staden', center: [13.0, 55.59] as [number, number], zoom: 11.5 },
];

const doc = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().doc);
const mode = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__platsen.store.getState().session.mode);
const camera = (page: Page) => page.evaluate(() => {
  const map = (window as unknown as TestWindow).__platsen.map;
  const c = map.getCenter();
  return { lng: Number(c.lng.toFixed(3)), lat: Number(c.lat.toFixed(3)), zoom: Number(map.getZoom().toFixed(2)) };
});
const expected = (i: number) => ({ lng: SCENES[i]!.center[0], lat: SCENES[i]!.center[1], zoom: SCENES[i]!.zoom });

async function buildTour(page: Page): Promise<void> {
  await page.getByText('Workshop', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Namn på ny visning' }).fill('Rundtur');
  await page.getByRole('button', { name: 'Skapa visning' }).click();
  for (const [i, scene] of SCENES.entries()) {
    // The facilitator pans and zooms to the view; the test moves the camera directly.
    await page.evaluate(({ center, zoom }) => (window as unknown as TestWindow).__platsen.map.jumpTo({ center, zoom }), scene);
    await page.getByRole('button', { name: 'Lägg till nuvarande vy som scen' }).click();
    const caption = page.getByRole('textbox', { name: `Bildtext för scen ${i + 1}` });
    await caption.fill(scene.caption);
    await caption.blur();
  }
  await expect.poll(async () => Object.values((await doc(page)).tours)[0]?.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
  // Reorder by keyboard and back: Alt+Arrow on a scene moves it, undoably.
  await page.getByRole('heading', { name: 'Scen 3' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => Object.values((await doc(page)).tours)[0]!.scenes[1]!.caption).toBe(SCENES[2]!.caption);
  await page.getByRole('button', { name: 'Flytta scen 2 ned' }).click();
  await expect.poll(async () => Object.values((await doc(page)).tours)[0]!.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
}

test('a facilitator builds a tour, presents it by keyboard, pins notes, sorts an action and exports images; all survives a reload', async () => {
  session = await openApp('/');
  const { page } = session;
  await waitForMapIdle(page);
  await buildTour(page);

  // Present: full window, projector theme, caption and camera follow the keys.
  await page.getByRole('button', { name: 'Presentera Rundtur' }).click();
  await expect.poll(() => mode(page)).toBe('present');
  await waitForMapIdle(page);
  expect(await page.getByRole('banner').count()).toBe(0);
  const caption = page.locator('.present-caption h2');
  await expect.poll(() => caption.textContent()).toBe(SCENES[0]!.caption);
  await expect.poll(() => camera(page)).toEqual(expected(0));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => caption.textContent()).toBe(SCENES[1]!.caption);
  await expect.poll(() => camera(page)).toEqual(expected(1));
  await page.keyboard.press('Space');
  await expect.poll(() => caption.textContent()).toBe(SCENES[2]!.caption);
  await expect.poll(() => camera(page)).toEqual(expected(2));
  await page.keyboard.press('PageUp');
  await expect.poll(() => caption.textContent()).toBe(SCENES[1]!.caption);
  expect(await page.getByText('Scen 2 av 3').count()).toBe(1);

  // Text is projector-sized, the legend is on screen.
  const sizes = await page.evaluate(() => ({
    caption: parseFloat(getComputedStyle(document.querySelector('.present-caption h2')!).fontSize),
    legend: parseFloat(getComputedStyle(document.querySelector('.present-legend li')!).fontSize),
  }));
  expect(sizes.caption).toBeGreaterThanOrEqual(36);
  expect(sizes.legend).toBeGreaterThanOrEqual(24);
  expect(await page.getByRole('region', { name: 'Teckenförklaring' }).isVisible()).toBe(true);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Kortkommandon' });
  await help.waitFor();
  expect(await help.textContent()).toContain('Nästa scen');
  await page.keyboard.press('Escape');
  await expect.poll(() => help.count()).toBe(0);
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect.poll(() => mode(page)).toBe('edit');
  await page.getByRole('banner').waitFor();
  await waitForMapIdle(page);

  // Notes of every category: category, text, Enter. The first is placed by a click on the map.
  const categories = ['Stolta över', 'Hinder: organisatoriskt', 'Hinder: ekonomiskt', 'Hinder: kulturellt', 'Hinder: brist på mod', 'Förhoppning', 'Handling'];
  for (const [i, label] of categories.entries()) {
    await page.getByRole('combobox', { name: 'Kategori' }).selectOption({ label });
    if (i === 0) {
      await page.getByRole('button', { name: 'Välj plats på kartan' }).click();
      const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 - 40);
      await page.getByText('Placeras där du klickade.').waitFor();
    }
    const text = page.getByRole('textbox', { name: 'Text (Enter sparar)' });
    await text.fill(`Lapp ${i + 1}`);
    await text.press('Enter');
    await expect.poll(async () => Object.keys((await doc(page)).notes).length).toBe(i + 1);
  }
  const notes = Object.values((await doc(page)).notes);
  expect(new Set(notes.map((n) => n.category)).size).toBe(7);
  expect(notes.every((n) => n.public === false && n.position !== null)).toBe(true);
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-notes'])).length).toBe(7);

  // The action on the matrix, by keyboard: an arrow places it in the middle, then it moves.
  const chip = page.getByRole('button', { name: 'Lapp 7: inte placerad' });
  await chip.focus();
  await page.keyboard.press('ArrowRight');
  const placed = page.locator('.matrix-board .matrix-note');
  await placed.waitFor();
  await placed.focus();
  await page.keyboard.press('Shift+ArrowUp');
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Object.values((await doc(page)).notes).find((n) => n.text === 'Lapp 7')?.matrix).toEqual({ effort: 0.3, impact: 0.75 });
  expect(await placed.getAttribute('aria-label')).toContain('Lätt, stor effekt');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText).toContain('Kategori,Text,Insats,Effekt,Kvadrant');
  expect(csvText).toContain('Handling,Lapp 7,0.30,0.75,"Lätt, stor effekt"');

  // Map image: title, legend and map on one PNG of the expected size, with real map pixels.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara kartbild (PNG)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^platsen-karta-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const mapBox = await page.evaluate(() => {
    const c = (window as unknown as TestWindow).__platsen.map.getCanvas();
    return { width: c.width, height: c.height };
  });
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: mapBox.width + 340, height: mapBox.height + 84 + 44 });
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    // Distinct colours inside the map part: a blank or failed grab would be one or two.
    const data = ctx.getImageData(10, 100, img.width - 360, img.height - 160).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
  expect(colours).toBeGreaterThan(50);

  // Everything was saved: the tour, the notes and the matrix place come back after a reload.
  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(async () => Object.keys((await doc(page)).notes).length).toBe(7);
  const after = await doc(page);
  expect(Object.values(after.tours)[0]!.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
  expect(Object.values(after.notes).find((n) => n.text === 'Lapp 7')!.matrix).toEqual({ effort: 0.3, impact: 0.75 });
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}, 240_000);

test('the route #/present opens presentation mode; ? shows every key; Escape goes back to the mode it came from', async () => {
  session = await openApp('/#/present');
  const { page } = session;
  await waitForMapIdle(page);
  await expect.poll(() => mode(page)).toBe('present');
  await page.getByRole('button', { name: 'Kortkommandon (?)' }).click();
  const help = page.getByRole('dialog', { name: 'Kortkommandon' });
  for (const key of ['→ / Space / Page Down', '← / Page Up', 'P', 'S', 'F', '?', 'Esc']) expect(await help.getByText(key, { exact: true }).count()).toBe(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => mode(page)).toBe('edit');
  expect(await page.evaluate(() => location.hash)).toBe('');
});
