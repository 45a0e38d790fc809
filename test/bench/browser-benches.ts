// Benches #2–#7 in headless Chromium against the built app (run through tsx by run.mjs).
import { resolve } from 'node:path';
import { startBrowser } from './browser-session';
import { benchDocuments, interactionBenches, openBenches, persistBench } from './editor-benches';
import { type BenchResult, log, writeResults } from './result';
import { editorJsKb, importWorkerBench, viewerBench } from './viewer-import-benches';

const root = resolve(import.meta.dirname, '../..');
const outDir = process.env.PLATSEN_BENCH_DIST ?? resolve(root, 'dist');
log('generating documents (empty, 10k, 50k)');
const docs = benchDocuments();
const browser = await startBrowser(root, outDir);
const results: BenchResult[] = [];
try {
  const opened = await openBenches(browser, docs);
  results.push(...opened);
  results.push(...(await interactionBenches(browser)));
  const emptyOpen = opened[0]!.baseline!.value;
  results.push(await importWorkerBench(browser));
  log('#3 persist 50k');
  results.push(await persistBench(browser));
  const editorKb = await editorJsKb(browser);
  results.push(...(await viewerBench(browser, editorKb, emptyOpen)));
} finally {
  const errors = browser.consoleErrors;
  if (errors.length) log(`console errors on the page:\n  ${errors.slice(0, 10).join('\n  ')}`);
  await browser.close();
}
writeResults(results, { chromium: browser.version });
