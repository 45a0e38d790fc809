// Benches #1 and #2 in Node, on the app's own domain code (run through tsx by run.mjs):
//  #1 attach 100,000 points to 6,000 areas with the flatbush index, against a naive turf loop;
//  #2 read and validate a ~20 MB GeoJSON of 100,000 features, inline and in a worker thread.
import { booleanPointInPolygon, feature } from '@turf/turf';
import { Worker } from 'node:worker_threads';
import type { Point } from 'geojson';
import { readAny } from '../../src/domain/io/import-pipeline';
import { buildAreaIndex } from '../../src/domain/spatial/area-index';
import type { ImportMessage, ImportRequest } from './import-job';
import { generateAreas, generateInvestments, importGeoJsonText } from './generate';
import { type BenchResult, log, median, ratioOf, writeResults } from './result';

const AREAS = 6000;
const POINTS = 100_000;
const NAIVE_SAMPLE = 400;
const IMPORT_FEATURES = 100_000;
const REPEATS = 3;
const WORKER_CHUNK = 5000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function attachBench(): BenchResult {
  const areas = generateAreas(AREAS, 1);
  const points = generateInvestments(POINTS, 2, 0).map((inv) => inv.geometry as Point);
  log(`#1 ${POINTS} points x ${AREAS} areas`);
  const runs: Array<{ build: number; query: number; assigned: (string | null)[] }> = [];
  for (let r = 0; r < REPEATS; r++) {
    const [index, build] = time(() => buildAreaIndex(areas));
    const [assigned, query] = time(() => points.map((p) => index.assign(p)));
    runs.push({ build, query, assigned });
  }
  const totals = runs.map((r) => r.build + r.query);
  const indexed = median(totals);

  // The naive way: every point tested against every polygon. Features are prepared outside the
  // timing, so only the point-in-polygon work is counted, which flatters the baseline.
  const features = areas.map((a) => feature(a.geometry));
  const sample = points.slice(0, NAIVE_SAMPLE);
  const [naiveAssigned, naiveSample] = time(() => sample.map((p) => {
    let found: string | null = null;
    features.forEach((f, i) => { if (booleanPointInPolygon(p.coordinates, f)) found = areas[i]!.id; });
    return found;
  }));
  const naive = (naiveSample / NAIVE_SAMPLE) * POINTS;
  const mismatches = naiveAssigned.filter((id, i) => id !== runs[0]!.assigned[i]).length;
  const speedup = ratioOf(indexed, naive, 'speedup');
  const attached = runs[0]!.assigned.filter((id) => id !== null).length;
  return {
    id: '1', what: `attach ${POINTS / 1000}k points to ${AREAS / 1000}k areas (flatbush + turf)`,
    figure: indexed, unit: 'ms',
    baseline: { what: `naive turf loop, ${NAIVE_SAMPLE} points extrapolated`, value: naive },
    ratio: speedup, ratioIs: 'speedup', target: '≤ 1000 ms and ≥ 100× faster',
    pass: indexed <= 1000 && speedup >= 100 && mismatches === 0,
    notes: [
      `median of ${REPEATS}: build ${median(runs.map((r) => r.build)).toFixed(0)} ms + query ${median(runs.map((r) => r.query)).toFixed(0)} ms`,
      `${attached} of ${POINTS} points inside an area (the generated areas leave gaps, like streets)`,
      `naive sample: ${NAIVE_SAMPLE} points in ${naiveSample.toFixed(0)} ms; same area as the index for ${NAIVE_SAMPLE - mismatches}/${NAIVE_SAMPLE}`,
    ],
  };
}

async function importInline(bytes: Uint8Array, text: string): Promise<BenchResult> {
  const parses: number[] = [];
  const imports: number[] = [];
  let valid = 0;
  for (let r = 0; r < REPEATS; r++) {
    parses.push(time(() => JSON.parse(text))[1]);
    const start = performance.now();
    const result = await readAny({ name: 'investeringar.geojson', bytes }, { parseXml: () => { throw new Error('no XML'); } });
    imports.push(performance.now() - start);
    valid = result.counts.valid;
  }
  const figure = median(imports);
  const parse = median(parses);
  return {
    id: '2n', what: `import + validate ${(bytes.length / 1e6).toFixed(1)} MB GeoJSON (${IMPORT_FEATURES / 1000}k features), Node, inline`,
    figure, unit: 'ms', baseline: { what: 'bare JSON.parse of the same text', value: parse },
    ratio: ratioOf(figure, parse), target: '≤ 1500 ms (the target is for the browser worker; Node is for reference)',
    pass: null, notes: [`median of ${REPEATS}; ${valid} valid features`],
  };
}

/** Runs the import in a worker thread while the main thread ticks every 5 ms, so any main-thread
 *  stall (each message of features back is a structured clone on the main thread) shows as a gap. */
async function importInWorker(bytes: Uint8Array): Promise<BenchResult[]> {
  // Node 20 loads a worker's entry file before any --import hook runs: register tsx first, then import.
  const entry = new URL('./import-worker-node.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  const run = (request: ImportRequest) => new Promise<{ total: number; inWorker: number; received: number; maxGap: number }>((resolve, reject) => {
    let last = performance.now();
    let maxGap = 0;
    let received = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    const start = performance.now();
    const onMessage = (message: ImportMessage) => {
      if (message.type === 'features') { received += message.features.length; return; }
      const total = performance.now() - start;
      worker.off('message', onMessage);
      // One more tick, so a stall on the last message is counted too.
      setTimeout(() => { clearInterval(ticker); resolve({ total, inWorker: message.ms, received, maxGap }); }, 10);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  });
  // Warm-up: the worker's start and module loading are not the import.
  await run({ bytes: new TextEncoder().encode('{"type":"Point","coordinates":[13,55.6]}'), chunk: 0 });
  const whole = await run({ bytes: bytes.slice(), chunk: 0 });
  const chunked = await run({ bytes: bytes.slice(), chunk: WORKER_CHUNK });
  await worker.terminate();
  const row = (id: string, what: string, r: typeof whole, target: string | null): BenchResult => ({
    id, what, figure: r.total, unit: 'ms', baseline: { what: 'the import inside the worker', value: r.inWorker },
    ratio: ratioOf(r.total, r.inWorker), target: target ?? 'report', pass: target ? r.maxGap <= 200 : null,
    notes: [`longest main-thread gap ${r.maxGap.toFixed(0)} ms while receiving ${r.received} features`],
  });
  return [
    // The contrast that shows why the app posts in chunks: one big message blocks the receiver.
    row('2w', 'same import in a Node worker, all features posted back in one message', whole, null),
    row('2c', `same, features posted back in messages of ${WORKER_CHUNK}`, chunked, 'main thread never blocked > 200 ms'),
  ];
}

async function main(): Promise<void> {
  const results: BenchResult[] = [attachBench()];
  log('#2 generating the GeoJSON');
  const text = importGeoJsonText(IMPORT_FEATURES);
  const bytes = new TextEncoder().encode(text);
  log(`#2 ${(bytes.length / 1e6).toFixed(1)} MB inline`);
  results.push(await importInline(bytes, text));
  log('#2 in a worker thread');
  results.push(...(await importInWorker(bytes)));
  writeResults(results);
}

await main();
