// Bench #7 (the public viewer with a 5,000-investment snapshot: load time, JS size) and #2 in the
// browser (the import pipeline in a Web Worker, with long tasks on the page watched meanwhile).
import { build } from 'esbuild';
import { publishSnapshot } from '../../src/domain/publish/snapshot';
import { FEATURE_CHUNK } from '../../src/workers/import-protocol';
import { type BenchBrowser, longTasksSince, settledAt } from './browser-session';
import { generateDocument, importGeoJsonText } from './generate';
import { type BenchResult, log, ratioOf } from './result';

const VIEWER_JS_LIMIT_KB = 450;
const kb = (bytes: number) => bytes / 1024;
// MapLibre's worker (~145 KB gzip) is a separate file fetched in parallel, off the main thread:
// counted apart, as the stack notes do.
const scriptsKb = (scripts: Map<string, number>, workers: boolean) =>
  kb([...scripts].filter(([url]) => /worker/i.test(url) === workers).reduce((n, [, bytes]) => n + bytes, 0));

/** Loads the editor once to measure its JS (the baseline for the viewer's size). */
export async function editorJsKb(b: BenchBrowser): Promise<number> {
  b.scripts.clear();
  await b.page.goto('/');
  await settledAt(b.page, 1500);
  return scriptsKb(b.scripts, false);
}

export async function viewerBench(b: BenchBrowser, editorKb: number, editorOpenMs: number): Promise<BenchResult[]> {
  const { snapshot } = publishSnapshot(generateDocument(200, 5000, 21), { now: '2026-11-27T09:00:00.000Z' });
  // The viewer reads a snapshot file; whatever its name, any *snapshot.json is answered with this one.
  b.override('snapshot.json', JSON.stringify(snapshot));
  b.scripts.clear();
  log(`#7 public viewer, ${snapshot.investments.length} public investments in the snapshot`);
  await b.page.goto('/public.html');
  let loaded: number | null = null;
  const notes: string[] = [];
  try {
    loaded = await settledAt(b.page, 2500, 30_000);
  } catch {
    notes.push('the viewer shows no map (window.__platsen.map never appeared): src/viewer/main.tsx is still a stub');
  }
  const size = scriptsKb(b.scripts, false);
  const workerKb = scriptsKb(b.scripts, true);
  const files = [...b.scripts].map(([url, bytes]) => `${url.split('/').pop()} ${kb(bytes).toFixed(0)} KB`).join(', ');
  return [
    {
      id: '7', what: `public viewer, ${snapshot.investments.length} investments: load until map idle`, figure: loaded, unit: 'ms',
      baseline: { what: 'editor open with an empty workspace', value: editorOpenMs },
      ratio: loaded === null ? null : ratioOf(loaded, editorOpenMs), target: 'report', pass: null, notes,
    },
    {
      id: '7b', what: 'public viewer JS, gzip (page scripts; MapLibre worker apart)', figure: size, unit: 'KB',
      baseline: { what: 'editor JS, gzip, same rule', value: editorKb }, ratio: ratioOf(size, editorKb),
      target: `≤ ${VIEWER_JS_LIMIT_KB} KB`, pass: size <= VIEWER_JS_LIMIT_KB,
      notes: [files, `with the worker: ${(size + workerKb).toFixed(0)} KB`],
    },
  ];
}

/** The app's own import worker, bundled on its own (the built app names it by a hash). */
async function workerScript(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../../src/workers/import-worker.ts', import.meta.url).pathname],
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, minify: true, logLevel: 'error',
    // Vite's `?url` imports (SQLite's WebAssembly for GeoPackages) mean nothing to esbuild; a
    // GeoJSON import never loads SQLite, so an empty URL stands in.
    plugins: [{
      name: 'vite-url',
      setup(b) {
        b.onResolve({ filter: /\?url$/ }, (a) => ({ path: a.path, namespace: 'vite-url' }));
        b.onLoad({ filter: /.*/, namespace: 'vite-url' }, () => ({ contents: 'export default ""', loader: 'js' }));
      },
    }],
  });
  return out.outputFiles[0]!.text;
}

export async function importWorkerBench(b: BenchBrowser): Promise<BenchResult> {
  b.serve('import-worker.js', await workerScript(), 'text/javascript');
  b.serve('import.geojson', importGeoJsonText(100_000), 'application/geo+json');
  await b.page.goto('/?bench=1');
  await settledAt(b.page, 1500);
  log('#2 import in a browser worker');
  const since = await b.page.evaluate(() => performance.now());
  const r = await b.page.evaluate(async () => {
    const bytes = new Uint8Array(await (await fetch('/__bench/import.geojson')).arrayBuffer());
    const size = bytes.length;
    const text = new TextDecoder().decode(bytes);
    const worker = new Worker('/__bench/import-worker.js', { type: 'module' });
    // The app's protocol (src/workers/import-protocol.ts): progress, features in chunks, the result.
    const run = (payload: Uint8Array) => new Promise<{ total: number; firstFeatures: number; received: number; start: number }>((resolve, reject) => {
      let received = 0;
      let firstFeatures = 0;
      const start = performance.now();
      worker.onmessage = (e: MessageEvent<{ type: string; features?: unknown[]; code?: string }>) => {
        if (e.data.type === 'features') {
          firstFeatures ||= performance.now() - start;
          received += e.data.features!.length;
        } else if (e.data.type === 'result') resolve({ total: performance.now() - start, firstFeatures, received, start });
        else if (e.data.type === 'error') reject(new Error(e.data.code));
      };
      worker.postMessage({ name: 'investeringar.geojson', bytes: payload.buffer }, [payload.buffer]);
    });
    await run(new TextEncoder().encode('{"type":"Point","coordinates":[13,55.6]}'));
    const measured = await run(bytes);
    const parseStart = performance.now();
    JSON.parse(text);
    const parse = performance.now() - parseStart;
    worker.terminate();
    return { ...measured, parse, size };
  });
  const tasks = await longTasksSince(b.page, since);
  const during = (await b.page.evaluate(() => (window as unknown as { __benchLongTasks: Array<{ start: number; duration: number }> }).__benchLongTasks))
    .filter((t) => t.start >= r.start && t.start <= r.start + r.total).map((t) => t.duration);
  const longest = Math.max(0, ...during);
  return {
    id: '2', what: `import + validate ${(r.size / 1e6).toFixed(1)} MB GeoJSON (100k features) in a browser worker`, figure: r.total, unit: 'ms',
    baseline: { what: 'bare JSON.parse of the same text (page)', value: r.parse }, ratio: ratioOf(r.total, r.parse),
    target: '≤ 1500 ms, no main-thread task > 200 ms', pass: r.total <= 1500 && longest <= 200,
    notes: [
      `first features back after ${r.firstFeatures.toFixed(0)} ms; ${r.received} features received in messages of ${FEATURE_CHUNK}`,
      `longest main-thread task meanwhile ${longest.toFixed(0)} ms (${tasks.length} long tasks in the whole step, incl. the baseline parse)`,
      'worker: the app\'s own, src/workers/import-worker.ts',
    ],
  };
}
