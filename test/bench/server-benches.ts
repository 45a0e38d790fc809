// Bench #10, shared workspaces, against a throwaway local PostgreSQL cluster (skipped with a clear
// row when PostgreSQL is not installed) and the real server in-process:
//  10a/10b push latency p50/p95 of a one-record edit, against the round trip of /api/health;
//  10c time until a second client shows it (its sync engine woken by the event stream, pulling into
//     its IndexedDB copy), against the push alone;
//  10d uploading a 50,000-investment workspace to the server, against writing the same document
//     into IndexedDB alone (fake-indexeddb in Node; #3 measures real Chromium's).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resolve } from 'node:path';
import { serializeBackup } from '../../src/domain/io/backup';
import { PROTOCOL_VERSION, type PushResponse } from '../../src/domain/sync/protocol';
import { PlatsenDb, sharedDbName } from '../../src/persistence/db';
import { loadDocument, replaceDocument } from '../../src/persistence/repository';
import { startServer, type RunningServer } from '../../src/server/start';
import { ServerApi, type FetchFn } from '../../src/sync/api';
import { SyncEngine } from '../../src/sync/engine';
import { postgresBin, startCluster, type Cluster } from '../server/postgres-cluster';
import { generateDocument } from './generate';
import { type BenchResult, log, median, ratioOf, writeResults } from './result';

const EDITS = 60;
const UPLOAD = 50_000;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

function skipped(why: string): BenchResult[] {
  return ['10a', '10b', '10c', '10d'].map((id) => ({
    id, what: 'shared workspace on PostgreSQL', figure: null, unit: 'ms' as const, baseline: null, ratio: null, target: '—', pass: null,
    notes: [`skipped: ${why}`],
  }));
}

/** A signed-up person's session, as a browser would send it. */
async function signUp(url: string, name: string): Promise<FetchFn> {
  const r = await fetch(`${url}/api/auth/sign-up/email`, {
    method: 'POST', headers: { origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ name, email: `${name}@example.org`, password: 'correct horse battery staple' }),
  });
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return (input, init = {}) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), origin: url, cookie } });
}

/** Calls `onChanged` for each `changed` event of a workspace's stream (Node has no EventSource). */
async function listen(fetchFn: FetchFn, url: string, onChanged: () => void): Promise<AbortController> {
  const stop = new AbortController();
  const res = await fetchFn(url, { signal: stop.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      if (value!.includes('event: changed')) onChanged();
    }
  })();
  return stop;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function benches(server: RunningServer): Promise<BenchResult[]> {
  const person = await signUp(server.url, 'bench');
  const api = new ServerApi(server.url, person);
  log(`#10d upload of ${UPLOAD} investments vs the same into IndexedDB alone`);
  const bigDoc = generateDocument(600, UPLOAD);
  const big = serializeBackup(bigDoc, new Date().toISOString());
  const [, upload] = await timed(() => api.upload(big));
  const local = new PlatsenDb('bench-local', { indexedDB: new IDBFactory(), IDBKeyRange });
  const [, idb] = await timed(async () => { await local.open(); await replaceDocument(local, bigDoc); });
  local.close();

  const ws = await api.upload(serializeBackup(generateDocument(20, 50), new Date().toISOString()));
  const wsApi = api.workspace(ws.id);
  const inv = Object.keys((await wsApi.pull(0)).patch.investments!.reduce((m, c) => ({ ...m, [c.id]: 1 }), {}))[0]!;

  // The second client: the app's sync engine over its own IndexedDB copy, woken by the event stream.
  const db = new PlatsenDb(sharedDbName(ws.id), { indexedDB: new IDBFactory(), IDBKeyRange });
  let shown: (() => void) | null = null;
  let seen = '';
  const engine = new SyncEngine({
    db, api: wsApi, clientId: 'bench-b',
    onChanged: () => void loadDocument(db).then((doc) => { if (doc.investments[inv]?.title === seen) shown?.(); }),
  });
  await engine.sync();
  const stream = await listen(person, wsApi.eventsUrl, () => void engine.sync());

  log(`#10 ${EDITS} one-record pushes, each until the second client shows it`);
  const push: number[] = [];
  const health: number[] = [];
  const visible: number[] = [];
  let version = (await wsApi.pull(0)).versions.investments![inv]!;
  for (let i = 0; i < EDITS; i++) {
    health.push((await timed(() => fetch(`${server.url}/api/health`).then((r) => r.json())))[1]);
    seen = `Titel ${i}`;
    const start = performance.now();
    const arrived = new Promise<number>((done) => { shown = () => done(performance.now() - start); });
    const [answer, took] = await timed(() => wsApi.push({
      protocol: PROTOCOL_VERSION, clientId: 'bench-a',
      mutations: [{ id: `m_bench_${i}`, label: 'command.updateInvestments', base: { investments: { [inv]: version } },
        changes: { investments: [{ op: 'update', id: inv, fields: [{ path: ['title'], old: null, new: seen }] }] } }],
    }));
    const result = (answer as PushResponse).results[0]!;
    if (result.status !== 'applied') throw new Error(`push ${i}: ${JSON.stringify(result)}`);
    version = result.seq;
    push.push(took);
    visible.push(await arrived);
  }
  stream.abort();
  db.close();


  const p50 = median(push);
  const p95 = percentile(push, 0.95);
  const healthP50 = median(health);
  const shownP50 = median(visible);
  return [
    { id: '10a', what: 'push of a one-record edit, p50', figure: p50, unit: 'ms', baseline: { what: 'GET /api/health p50', value: healthP50 },
      ratio: ratioOf(p50, healthP50), target: 'p50 ≤ 50 ms', pass: p50 <= 50, notes: [] },
    { id: '10b', what: 'push of a one-record edit, p95', figure: p95, unit: 'ms', baseline: { what: 'GET /api/health p95', value: percentile(health, 0.95) },
      ratio: ratioOf(p95, percentile(health, 0.95)), target: 'p95 ≤ 200 ms', pass: p95 <= 200, notes: [] },
    { id: '10c', what: 'edit shown at a second client (event stream, pull, IndexedDB), p50', figure: shownP50, unit: 'ms',
      baseline: { what: 'the push alone p50', value: p50 }, ratio: ratioOf(shownP50, p50), target: 'p95 ≤ 2,000 ms', pass: percentile(visible, 0.95) <= 2000,
      notes: [`p95 ${Math.round(percentile(visible, 0.95))} ms`] },
    { id: '10d', what: `upload of a ${UPLOAD.toLocaleString('en')}-investment workspace to the server`, figure: upload, unit: 'ms',
      baseline: { what: 'same document into IndexedDB alone (fake-indexeddb)', value: idb }, ratio: ratioOf(upload, idb),
      target: 'report', pass: null, notes: [`${(big.length / 1e6).toFixed(0)} MB backup; fake-indexeddb in Node writes about twice as fast as Chromium (stack-notes)`] },
  ];
}

async function main(): Promise<void> {
  if (!postgresBin()) return writeResults(skipped('PostgreSQL is not installed (Debian: apt-get install postgresql postgresql-15-postgis-3)'));
  let cluster: Cluster | null = null;
  let server: RunningServer | null = null;
  try {
    cluster = await startCluster();
    const admin = `postgresql://${cluster.user}@/postgres?host=${encodeURIComponent(cluster.host)}&port=${cluster.port}`;
    server = await startServer({
      database: { databaseUrl: admin }, distDir: resolve(import.meta.dirname, '../../dist'), host: '127.0.0.1', port: 0,
      authSecret: 'bench-secret-that-is-long-enough-0123456789', allowSignUp: true, oidc: null,
    });
    writeResults(await benches(server));
  } finally {
    await server?.close();
    cluster?.stop();
  }
}

await main();
