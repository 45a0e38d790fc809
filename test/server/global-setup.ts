// Once per test run: a throwaway PostgreSQL cluster with a template database (the server's
// migrations and PostGIS applied), and a dump of an embedded PGlite database migrated the same
// way. Each test file then gets a fresh database of each engine in well under a second: CREATE
// DATABASE … TEMPLATE on PostgreSQL, a PGlite loaded from the dump.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/engine';
import { ensureGis } from '../../src/server/db/gis';
import { migrate } from '../../src/server/db/migrations';
import { createAuth, migrateAuth } from '../../src/server/auth';
import { startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { host: string; port: number; user: string; template: string };
    pgliteDump: string;
  }
}

export const TEMPLATE_DB = 'platsen_template';

/** The server's tables and sign-in's, as a server start would make them. */
async function migrateAll(pool: pg.Pool): Promise<void> {
  await migrate(pool);
  await migrateAuth(createAuth({ pool, baseURL: 'http://127.0.0.1', secret: 'template'.repeat(5), allowSignUp: true, oidc: null }));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster();
  const dir = mkdtempSync(join(tmpdir(), 'platsen-pglite-'));
  try {
    const admin = new pg.Client({ host: cluster.host, port: cluster.port, user: cluster.user, database: 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const template = await openDatabase({ databaseUrl: `postgresql://${cluster.user}@/${TEMPLATE_DB}?host=${cluster.host}&port=${cluster.port}` });
    await migrateAll(template.pool);
    if (!await ensureGis(template.pool)) throw new Error('PostGIS is missing from the test cluster: install postgresql-15-postgis-3.');
    await template.close();

    const embedded = await openDatabase({});
    await migrateAll(embedded.pool);
    const dump = join(dir, 'migrated.tar');
    writeFileSync(dump, Buffer.from(await (await embedded.dump!()).arrayBuffer()));
    await embedded.close();

    project.provide('postgres', { host: cluster.host, port: cluster.port, user: cluster.user, template: TEMPLATE_DB });
    project.provide('pgliteDump', dump);
  } catch (e) {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return async () => {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
