import type { Page } from 'playwright-core';

/** Opens the map legend (it starts folded on screens below 900 px high), whatever its language. */
export async function openLegend(page: Page): Promise<void> {
  const toggle = page.locator('.platsen-legend h2 button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
