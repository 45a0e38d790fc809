// `npx platsen serve` as an operator runs it: the built command line (dist-node/, no TypeScript
// loader), the embedded engine in a data folder by default, PostgreSQL with DATABASE_URL; it says
// where it runs, answers health, and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from './harness';

const BIN = resolve(import.meta.dirname, '../../bin/platsen.mjs');

interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function serve(args: string[], env: Record<string, string>, cwd: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd, env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) done({ child, url, output: () => output });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

describe('platsen serve', () => {
  let dir = '';
  beforeAll(async () => {
    if (!existsSync(resolve(import.meta.dirname, '../../dist-node/cli/main.js'))) throw new Error('Run npm run build first: this test runs the built command line.');
    dir = await mkdtemp(join(tmpdir(), 'platsen-serve-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts on the embedded engine in ./platsen-data with no configuration, and stops on SIGTERM', { timeout: 90_000 }, async () => {
    const served = await serve([], {}, dir);
    const health = await (await fetch(`${served.url}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', engine: 'pglite', postgis: false });
    expect(existsSync(join(dir, 'platsen-data', 'pg', 'PG_VERSION'))).toBe(true);
    expect(await stop(served.child)).toBe(0);
    expect(served.output()).toContain('Stopping');
  });

  it('runs on PostgreSQL with PostGIS given DATABASE_URL and PLATSEN_AUTH_SECRET, and refuses to start without the secret', { timeout: 60_000 }, async () => {
    const databaseUrl = await freshPostgresDatabase();
    const served = await serve([], { DATABASE_URL: databaseUrl, PLATSEN_AUTH_SECRET: 'a-secret-of-at-least-32-characters-0000' }, dir);
    expect(await (await fetch(`${served.url}/api/health`)).json()).toEqual({ status: 'ok', engine: 'postgresql', postgis: true });
    expect(await stop(served.child)).toBe(0);
    await expect(serve([], { DATABASE_URL: databaseUrl }, dir)).rejects.toThrow(/serve exited 1: .*PLATSEN_AUTH_SECRET/s);
  });
});
