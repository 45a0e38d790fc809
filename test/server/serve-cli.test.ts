// `npx platsen serve` as an operator runs it: the built command line (dist-node/, no TypeScript
// loader), the embedded engine in a data folder by default, PostgreSQL with DATABASE_URL; it says
// where it runs, answers health, and stops cleanly on SIGTERM.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from './harness';
import { serve, stop } from './serve-process';

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
    expect(health).toEqual({ status: 'ok', engine: 'pglite', postgis: false, sso: null });
    expect(existsSync(join(dir, 'platsen-data', 'pg', 'PG_VERSION'))).toBe(true);
    expect(await stop(served.child)).toBe(0);
    expect(served.output()).toContain('Stopping');
  });

  it('runs on PostgreSQL with PostGIS given DATABASE_URL and PLATSEN_AUTH_SECRET, and refuses to start without the secret', { timeout: 60_000 }, async () => {
    const databaseUrl = await freshPostgresDatabase();
    const served = await serve([], { DATABASE_URL: databaseUrl, PLATSEN_AUTH_SECRET: 'a-secret-of-at-least-32-characters-0000' }, dir);
    expect(await (await fetch(`${served.url}/api/health`)).json()).toEqual({ status: 'ok', engine: 'postgresql', postgis: true, sso: null });
    expect(await stop(served.child)).toBe(0);
    await expect(serve([], { DATABASE_URL: databaseUrl }, dir)).rejects.toThrow(/serve exited 1: .*PLATSEN_AUTH_SECRET/s);
  });
});
