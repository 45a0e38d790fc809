// The records table in the shape the sync engine thinks in: StoredRecord per (table, id), whole
// documents for export and publishing, and batched writes. Every query is scoped by workspace.
import type pg from 'pg';
import { TABLES, emptyDocument, type AnyRecord, type Id, type PlatsenDocument, type TableName } from '../../domain/model';
import { stampAll, type FieldStamp, type StoredRecord } from '../../domain/sync/merge';
import { recordKey } from '../../domain/sync/protocol';

type Queryable = Pick<pg.PoolClient, 'query'>;


interface Row {
  tbl: TableName;
  id: Id;
  data: AnyRecord;
  version: number;
  field_versions: Record<string, FieldStamp>;
  deleted: boolean;
}

const toStored = (r: Row): StoredRecord => ({ record: r.deleted ? null : r.data, version: r.version, fieldVersions: r.field_versions });

/** The stored state of the given records (tombstones included), by recordKey(table, id). */
export async function loadRecords(db: Queryable, workspaceId: string, refs: Array<{ table: TableName; id: Id }>): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (refs.length === 0) return found;
  const { rows } = await db.query<Row>(
    `SELECT r.tbl, r.id, r.data, r.version, r.field_versions, r.deleted FROM records r
     JOIN unnest($2::text[], $3::text[]) AS k(tbl, id) ON r.tbl = k.tbl AND r.id = k.id
     WHERE r.workspace_id = $1`,
    [workspaceId, refs.map((r) => r.table), refs.map((r) => r.id)],
  );
  for (const r of rows) found.set(recordKey(r.tbl, r.id), toStored(r));
  return found;
}

/**
 * The records the domain rules read besides the changed ones: the workspace (gate model), every
 * programme (governance), and for reviews and follow-ups their investments and those
 * investments' reviews.
 */
export async function loadRuleContext(db: Queryable, workspaceId: string, investmentIds: Id[]): Promise<PlatsenDocument> {
  const { rows } = await db.query<Pick<Row, 'tbl' | 'id' | 'data'>>(
    `SELECT tbl, id, data FROM records WHERE workspace_id = $1 AND NOT deleted AND (
       tbl IN ('workspace', 'programmes')
       OR (tbl = 'investments' AND id = ANY($2::text[]))
       OR (tbl = 'reviews' AND data->>'investmentId' = ANY($2::text[])))`,
    [workspaceId, investmentIds],
  );
  return toDocument(rows);
}

/** The whole current document of a workspace (for export, publishing and first pulls). */
export async function loadDocument(db: Queryable, workspaceId: string): Promise<PlatsenDocument> {
  const { rows } = await db.query<Pick<Row, 'tbl' | 'id' | 'data'>>(
    'SELECT tbl, id, data FROM records WHERE workspace_id = $1 AND NOT deleted', [workspaceId],
  );
  return toDocument(rows);
}

function toDocument(rows: Array<Pick<Row, 'tbl' | 'id' | 'data'>>): PlatsenDocument {
  const doc = emptyDocument();
  for (const r of rows) {
    if ((TABLES as readonly string[]).includes(r.tbl)) (doc[r.tbl] as Record<Id, AnyRecord>)[r.id] = r.data;
  }
  return doc;
}

export interface RecordWrite {
  table: TableName;
  id: Id;
  /** The record, or for a delete the record as it was (a tombstone keeps it for the audit trail). */
  data: AnyRecord;
  fieldVersions: Record<string, FieldStamp>;
  deleted: boolean;
}

/** Writes records at `version` in one statement (JSON in, so any number of rows is one round trip). */
export async function writeRecords(db: Queryable, workspaceId: string, version: number, writes: RecordWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await db.query(
    `INSERT INTO records (workspace_id, tbl, id, data, version, field_versions, deleted)
     SELECT $1, x.tbl, x.id, x.data, $2, x.field_versions, x.deleted
     FROM jsonb_to_recordset($3::jsonb) AS x(tbl text, id text, data jsonb, field_versions jsonb, deleted boolean)
     ON CONFLICT (workspace_id, tbl, id) DO UPDATE SET data = EXCLUDED.data, version = EXCLUDED.version,
       field_versions = EXCLUDED.field_versions, deleted = EXCLUDED.deleted`,
    [workspaceId, version, JSON.stringify(writes.map((w) => ({
      tbl: w.table, id: w.id, data: w.data, field_versions: w.fieldVersions, deleted: w.deleted,
    })))],
  );
}

/** Every record of a document as new writes by `by` (a new workspace, an uploaded backup). */
export function documentWrites(doc: PlatsenDocument, version: number, by: string): RecordWrite[] {
  return TABLES.flatMap((table) => Object.values(doc[table] as Record<Id, AnyRecord>).map((record) => ({
    table, id: record.id, data: record, deleted: false, fieldVersions: stampAll(record, { v: version, by }),
  })));
}
