// Benches #2–#7 in headless Chromium against the built app (run through tsx by run.mjs).
import { resolve } from 'node:path';
import { startBrowser } from './browser-session';
import { benchDocuments, interactionBenches, openBenches, openDocument, persistBench } from './editor-benches';
import { type BenchResult, log, writeResults } from './result';
import { editorJsKb, importWorkerBench, viewerBench } from './viewer-import-benches';

const root = resolve(import.meta.dirname, '../..');
// PLATSEN_BENCH_ONLY=open,edit,import,persist,viewer runs only those groups (while working on one).
const only = process.env.PLATSEN_BENCH_ONLY?.split(',').map((g) => g.trim());
const want = (group: string) => !only || only.includes(group);
const outDir = process.env.PLATSEN_BENCH_DIST ?? resolve(root, 'dist');
log('generating documents (empty, 10k, 50k)');
const docs = benchDocuments();
const browser = await startBrowser(root, outDir);
const results: BenchResult[] = [];
try {
  const opened = want('open') ? await openBenches(browser, docs) : [];
  results.push(...opened);
  if (want('edit')) {
    if (!want('open')) await openDocument(browser, docs['50k']);
    results.push(...(await interactionBenches(browser)));
  }
  if (want('import')) results.push(await importWorkerBench(browser));
  if (want('persist')) {
    log('#3 persist 50k');
    results.push(await persistBench(browser));
  }
  if (want('viewer')) {
    const emptyOpen = opened[0]?.baseline?.value ?? (await openDocument(browser, docs.empty));
    const editorKb = await editorJsKb(browser);
    results.push(...(await viewerBench(browser, editorKb, emptyOpen)));
  }
} finally {
  const errors = browser.consoleErrors;
  if (errors.length) log(`console errors on the page:\n  ${errors.slice(0, 10).join('\n  ')}`);
  await browser.close();
}
writeResults(results, { chromium: browser.version });
