// How much of the map other elements cover, measured as ux.md says: sample the map canvas on a
// grid and ask document.elementFromPoint what is on top; anything but the canvas covers it.
import type { Page } from 'playwright-core';

export interface Coverage {
  /** Share of the sampled points covered, 0–1. */
  share: number;
  /** The covering elements by their class (or tag), with how many points each covers. */
  by: Record<string, number>;
}

export async function mapCoverage(page: Page, canvasSelector = '.maplibregl-canvas', step = 10): Promise<Coverage> {
  return page.evaluate(([selector, gap]) => {
    const canvas = document.querySelector(selector as string);
    if (!canvas) throw new Error(`no ${String(selector)}`);
    const r = canvas.getBoundingClientRect();
    const by: Record<string, number> = {};
    let covered = 0;
    let total = 0;
    for (let y = r.top + (gap as number) / 2; y < r.bottom; y += gap as number) {
      for (let x = r.left + (gap as number) / 2; x < r.right; x += gap as number) {
        total++;
        const el = document.elementFromPoint(x, y);
        if (el === canvas) continue;
        covered++;
        const name = el?.closest('[class]')?.className.toString().split(' ')[0] || el?.tagName || 'nothing';
        by[name] = (by[name] ?? 0) + 1;
      }
    }
    return { share: covered / total, by };
  }, [canvasSelector, step] as const);
}
