import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSourcePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** Run axe-core on the page as it is now and return its serious and critical violations, one
 *  readable line per rule and element, so `expect(await axeViolations(page)).toEqual([])` fails
 *  with a message that says what to fix and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(axeSourcePath, 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than a <script> tag, so a strict
  // Content-Security-Policy in the app does not block the checker.
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return results.violations.filter(isSerious).flatMap(format);
}

function isSerious(v: Result): boolean {
  return v.impact === 'serious' || v.impact === 'critical';
}

function format(v: Result): string[] {
  return v.nodes.map(
    (node) =>
      `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`
        .replace(/\s+/g, ' ')
        .trim(),
  );
}
