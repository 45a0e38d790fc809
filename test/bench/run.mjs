// npm run bench: builds the app into a private folder (others' dist/ is left alone), runs the Node
// and the browser benches each in its own process, prints one table and writes bench/results.json.
// Exit code 1 when a target fails or could not be measured, so a green run means every target met.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'platsen-bench-run-'));
const dist = join(work, 'dist');

function step(label, args, env = {}) {
  process.stderr.write(`\n== ${label}\n`);
  const out = join(work, `${label}.json`);
  const run = spawnSync(process.execPath, [...args, out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`${label} failed (exit ${run.status})`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

function chromiumVersion() {
  for (const bin of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    try { return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* try the next */ }
  }
  return 'unknown';
}

const fmt = (n, unit) => (n === null || n === undefined ? '—' : unit === 'KB' ? `${n.toFixed(0)} KB` : `${Math.round(n)} ms`);
const ratioText = (r) => (r.ratio === null ? '—' : r.ratioIs === 'speedup' ? `${r.ratio.toFixed(0)}× faster` : `${r.ratio.toFixed(2)}×`);
const verdict = (r) => (r.pass === true ? 'PASS' : r.pass === false ? 'FAIL' : r.figure === null ? 'MISSING' : 'report');

function table(results) {
  const rows = results.map((r) => [r.id, r.what, fmt(r.figure, r.unit), r.baseline ? `${fmt(r.baseline.value, r.unit)} (${r.baseline.what})` : '—', ratioText(r), r.target, verdict(r)]);
  const head = ['#', 'what', 'figure', 'baseline (same run)', 'ratio', 'target', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

// PLATSEN_BENCH_ONLY=node,cli,server,open,edit,import,persist,viewer: only those groups, printed but not
// written to bench/results.json (which keeps the last complete run).
const only = process.env.PLATSEN_BENCH_ONLY?.split(',').map((g) => g.trim());
const started = new Date().toISOString();
const loadBefore = loadavg();
let results = [];
try {
  process.stderr.write('== build (vite build into a private folder)\n');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (!only || only.includes('node')) results.push(...step('node', ['--import', 'tsx', 'test/bench/node-benches.ts']).results);
  if (!only || only.includes('cli')) {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.node.config.ts', '--outDir', join(work, 'dist-node'), '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    results.push(...step('cli', ['--import', 'tsx', 'test/bench/cli-benches.ts'], { PLATSEN_BENCH_NODE_BUILD: work }).results);
  }
  if (!only || only.includes('server')) results.push(...step('server', ['--import', 'tsx', 'test/bench/server-benches.ts']).results);
  if (!only || only.some((g) => g !== 'node' && g !== 'cli' && g !== 'server')) {
    results.push(...step('browser', ['--import', 'tsx', 'test/bench/browser-benches.ts'], { PLATSEN_BENCH_DIST: dist }).results);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
results = results.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, os: `${platform()} ${release()}`, node: process.version,
  chromium: chromiumVersion(), loadAverage: { before: loadBefore, after: loadavg() },
};
if (!only) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ started, machine, results }, null, 2)}\n`);
}

console.log(`\n${table(results)}\n`);
for (const r of results) for (const note of r.notes) console.log(`  ${r.id}: ${note}`);
console.log(`\n${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${machine.loadAverage.after.map((l) => l.toFixed(1)).join(' ')} after`);
console.log('Absolute times swing with the machine\'s load; the ratios against same-run baselines are the comparable figures.');
const failed = results.filter((r) => r.pass === false || (r.figure === null));
if (failed.length) {
  console.log(`\n${failed.length} target(s) not met or not measured: ${failed.map((r) => r.id).join(', ')}.${only ? '' : ' Written to bench/results.json.'}`);
  process.exitCode = 1;
} else {
  console.log(`\nEvery target met.${only ? '' : ' Written to bench/results.json.'}`);
}
