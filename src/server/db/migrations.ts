// The server's own tables, one numbered step per change (never edit a step that has shipped; add
// one). better-auth's tables are migrated by better-auth itself (auth.ts); the PostGIS layer
// (gis.ts) is added whenever the engine has PostGIS, also to a database migrated before it had.
import type pg from 'pg';
import { inTransaction } from './engine';

const STEPS: readonly string[] = [
  `
  CREATE TABLE workspaces (
    id text PRIMARY KEY,
    name text NOT NULL,
    -- The sequence number of the last accepted change: records' versions and pull cursors.
    seq integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL
  );
  CREATE TABLE memberships (
    workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id text NOT NULL,
    role text NOT NULL CHECK (role IN ('reader', 'editor', 'programme', 'admin')),
    department_id text,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_user ON memberships (user_id);
  -- Every record of every table of a workspace's document, as the app holds it (data), with the
  -- version of its last change and of each field's; a deleted record stays as a tombstone.
  CREATE TABLE records (
    workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    tbl text NOT NULL,
    id text NOT NULL,
    data jsonb NOT NULL,
    version integer NOT NULL,
    field_versions jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (workspace_id, tbl, id)
  );
  CREATE INDEX records_version ON records (workspace_id, version);
  CREATE INDEX records_investment ON records (workspace_id, tbl, (data->>'investmentId'));
  -- The audit trail: every accepted change with its author, time, label and inverse.
  CREATE TABLE changes (
    workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    author text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    label text NOT NULL,
    changes jsonb NOT NULL,
    inverse jsonb NOT NULL,
    -- 'table/id' of every record touched, for a record's history.
    records text[] NOT NULL,
    PRIMARY KEY (workspace_id, seq)
  );
  CREATE INDEX changes_records ON changes USING gin (records);
  -- Every answered mutation, so a repeat is answered again instead of applied twice, and what
  -- was refused stays visible to its author.
  CREATE TABLE mutations (
    workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    author text NOT NULL,
    client_id text NOT NULL,
    mutation_id text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    label text NOT NULL,
    status text NOT NULL,
    result jsonb NOT NULL,
    PRIMARY KEY (workspace_id, author, client_id, mutation_id)
  );
  CREATE TABLE snapshots (
    workspace_id text PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL,
    snapshot jsonb NOT NULL
  );
  `,
];

/** Applies the steps not yet applied, under a lock so two servers starting together take turns. */
export async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(7305501)');
    await client.query('CREATE TABLE IF NOT EXISTS platsen_migrations (step integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ step: number }>('SELECT step FROM platsen_migrations')).rows.map((r) => r.step));
    for (const [i, sql] of STEPS.entries()) {
      if (done.has(i + 1)) continue;
      await client.query(sql);
      await client.query('INSERT INTO platsen_migrations (step) VALUES ($1)', [i + 1]);
    }
  });
}
