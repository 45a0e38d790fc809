import type { Page } from 'playwright-core';

/** What a map coverage sample found: the share of the canvas something else is on top of, and what. */
export interface Coverage { share: number; by: Record<string, number> }

/**
 * The share of the map canvas covered by other elements (ux.md "the map is the hero"): a grid of
 * points every `step` px over the canvas, each asked which element is on top.
 */
export async function mapCoverage(page: Page, step = 16): Promise<Coverage> {
  return page.evaluate((step) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const r = canvas.getBoundingClientRect();
    let covered = 0;
    let total = 0;
    const by: Record<string, number> = {};
    for (let y = r.top + step / 2; y < r.bottom; y += step) {
      for (let x = r.left + step / 2; x < r.right; x += step) {
        total++;
        const el = document.elementFromPoint(x, y);
        if (el === canvas) continue;
        covered++;
        const box = el?.closest('[class]');
        const name = box ? String(box.getAttribute('class')).split(' ')[0]! : String(el?.tagName);
        by[name] = (by[name] ?? 0) + 1;
      }
    }
    return { share: covered / total, by };
  }, step);
}
