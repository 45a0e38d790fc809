// Bench #9: how fast `npx platsen help` starts and exits from the built command line, against
// a bare `node -e 0` in the same run. The command line runs built JavaScript (no TypeScript loader);
// before that, `platsen help` took about 1.4 s here. run.mjs passes the private build folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchResult, log, median, ratioOf, writeResults } from './result';

const RUNS = 11;

function timed(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, LANG: 'sv_SE.UTF-8' } });
  return performance.now() - start;
}

function cliStart(build: string): BenchResult {
  // The launcher next to the private build, so `../dist-node` is that build, as in the repository.
  mkdirSync(join(build, 'bin'), { recursive: true });
  copyFileSync(join(import.meta.dirname, '../../bin/platsen.mjs'), join(build, 'bin/platsen.mjs'));
  const bin = join(build, 'bin/platsen.mjs');
  log(`#9 platsen help vs node -e 0, ${RUNS} runs each, interleaved`);
  const cli: number[] = [];
  const bare: number[] = [];
  timed([bin, 'help']);
  for (let i = 0; i < RUNS; i++) {
    cli.push(timed([bin, 'help']));
    bare.push(timed(['-e', '0']));
  }
  const figure = median(cli);
  const baseline = median(bare);
  const ratio = ratioOf(figure, baseline);
  return {
    id: '9', what: '`npx platsen help` from the built command line, start to exit (median of 11)', figure, unit: 'ms',
    // Node's own start swings from 40 to 300 ms with the machine's load: the target is on what the
    // command line adds to it, which keeps a call well under 0.3 s on a machine at rest.
    baseline: { what: 'node -e 0', value: baseline }, ratio, target: '≤ 2× node -e 0, adds ≤ 150 ms',
    pass: ratio <= 2 && figure - baseline <= 150, notes: [`adds ${Math.round(figure - baseline)} ms to Node's own start`],
  };
}

writeResults([cliStart(process.env.PLATSEN_BENCH_NODE_BUILD!)]);
