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

const rundtur = async (page: Page) => Object.values((await doc(page)).tours).find((t) => t.title === 'Rundtur');

async function buildTour(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Workshop' }).click();
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
  await expect.poll(async () => (await rundtur(page))?.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
  // Reorder by keyboard and back: Alt+Arrow on a scene moves it, undoably.
  await page.getByRole('heading', { name: 'Scen 3' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await rundtur(page))!.scenes[1]!.caption).toBe(SCENES[2]!.caption);
  await page.getByRole('button', { name: 'Flytta scen 2 ned' }).click();
  await expect.poll(async () => (await rundtur(page))!.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
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
  expect(sizes.legend).toBeGreaterThanOrEqual(20);
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
  const before = Object.keys((await doc(page)).notes).length;
  const mine = async () => Object.values((await doc(page)).notes).filter((n) => n.text.startsWith('Lapp '));
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
    await expect.poll(async () => Object.keys((await doc(page)).notes).length).toBe(before + i + 1);
  }
  const notes = await mine();
  expect(new Set(notes.map((n) => n.category)).size).toBe(7);
  expect(notes.every((n) => n.public === false && n.position !== null && n.invented === undefined)).toBe(true);
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedFeatures(page, ['platsen-notes'])).filter((f) => notes.some((n) => n.id === f.properties.id)).length).toBe(7);

  // The action on the matrix, by keyboard: an arrow places it in the middle, then it moves.
  const chip = page.getByRole('button', { name: 'Lapp 7: inte placerad' });
  await chip.focus();
  await page.keyboard.press('ArrowRight');
  const placed = page.getByRole('button', { name: /^Lapp 7: / });
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

  // Map image for handouts: print resolution, real map pixels, and a legend with the notes drawn.
  await page.evaluate(() => (window as unknown as TestWindow).__platsen.map.jumpTo({ center: [13.02, 55.556], zoom: 13.5 }));
  await waitForMapIdle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara kartbild (PNG)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^platsen-karta-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2400);
  const mapWidth = await page.evaluate(() => (window as unknown as TestWindow).__platsen.map.getCanvas().clientWidth);
  const seen = await page.evaluate(async ({ b64, mapWidth }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const scale = img.width / (mapWidth + 340);
    const near = (data: Uint8ClampedArray, hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) < 8 && Math.abs(data[i + 1]! - g!) < 8 && Math.abs(data[i + 2]! - b!) < 8) n++;
      return n;
    };
    // Distinct colours inside the map part: a blank or failed grab would be one or two.
    const map = ctx.getImageData(10, 100 * scale, mapWidth * scale - 20, img.height / 2).data;
    const colours = new Set<number>();
    for (let i = 0; i < map.length; i += 4 * 7) colours.add((map[i]! << 16) | (map[i + 1]! << 8) | map[i + 2]!);
    // The legend column: the pins of the note categories (star, triangle, diamond, square) and no "selected".
    const legend = ctx.getImageData(mapWidth * scale, 0, img.width - mapWidth * scale, img.height).data;
    return { colours: colours.size, proud: near(legend, '#f6c000'), obstacle: near(legend, '#f08c8c'), hope: near(legend, '#9ad0f5'), action: near(legend, '#2b8a3e'), selected: near(legend, '#f08c00') };
  }, { b64: png.toString('base64'), mapWidth });
  expect(seen.colours).toBeGreaterThan(50);
  for (const category of ['proud', 'obstacle', 'hope', 'action'] as const) expect(seen[category], category).toBeGreaterThan(20);
  expect(seen.selected).toBe(0);

  // Everything was saved: the tour, the notes and the matrix place come back after a reload.
  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(async () => (await mine()).length).toBe(7);
  expect((await rundtur(page))!.scenes.map((s) => s.caption)).toEqual(SCENES.map((s) => s.caption));
  expect((await mine()).find((n) => n.text === 'Lapp 7')!.matrix).toEqual({ effort: 0.3, impact: 0.75 });
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}, 240_000);

test('the route #/present opens presentation mode; ? shows every key; Escape goes back to the mode it came from', async () => {
  session = await openApp('/#/present');
  const { page } = session;
  await waitForMapIdle(page);
  await expect.poll(() => mode(page)).toBe('present');
  await page.getByRole('button', { name: 'Meny' }).click();
  await page.getByRole('button', { name: 'Kortkommandon (?)' }).click();
  const help = page.getByRole('dialog', { name: 'Kortkommandon' });
  for (const key of ['→ / Space / Page Down', '← / Page Up', 'P', 'S', 'N', 'L', 'M', 'I', 'F', '?', 'Esc']) expect(await help.getByText(key, { exact: true }).count()).toBe(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => mode(page)).toBe('edit');
  expect(await page.evaluate(() => location.hash)).toBe('');
});
