// One pg.Pool code path for both engines: PostgreSQL given by DATABASE_URL in production, or an
// embedded PostgreSQL (PGlite, WebAssembly, in-process) in a data folder for a laptop. PGlite is
// reached through its node-postgres adapter, so every query, transaction and better-auth call is
// written once against pg.
import { mkdir } from 'node:fs/promises';
import pg from 'pg';

export type Engine = 'postgresql' | 'pglite';

export interface Database {
  pool: pg.Pool;
  engine: Engine;
  close(): Promise<void>;
  /** The embedded engine's whole database as a tarball (for templates and backups of the data folder). */
  dump?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** postgres://… ; without it the embedded engine is used. */
  databaseUrl?: string | undefined;
  /** The embedded engine's folder (created when missing). */
  dataDir?: string;
  /** The embedded engine started from a dump of another (tests start each file from a template). */
  loadDataDir?: Blob;
}

// Counters and versions are integers; pg returns int8 as text, and this codebase has none it needs
// as text, so COUNT(*) and friends come back as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    await pool.query('SELECT 1');
    return { pool, engine: 'postgresql', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  // The adapter gives the pool one connection to the single-session engine: queries and
  // transactions queue on it, so code must never wait for the pool while it holds a client.
  const pool = new pg.Pool(createPgConfig(pglite));
  return {
    pool,
    engine: 'pglite',
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      await pool.end();
      await pglite.close();
    },
  };
}

/** Runs `work` in one transaction on one client; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
