// A pull: every record changed after the client's cursor, as one patch. Read in one snapshot
// (REPEATABLE READ) so the cursor and the records agree even while others push.
import type pg from 'pg';
import { DomainError } from '../../domain/errors';
import type { AnyRecord, Id, TableName } from '../../domain/model';
import type { Patch } from '../../domain/patch';
import type { PullResponse } from '../../domain/sync/protocol';

export async function pull(pool: pg.Pool, workspaceId: string, since: number): Promise<PullResponse> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const cursor = (await db.query<{ seq: number }>('SELECT seq FROM workspaces WHERE id = $1', [workspaceId])).rows[0]!.seq;
    // A cursor from the future belongs to another database (restored, or another server): the
    // client must start over from 0 rather than miss changes.
    if (since > cursor) throw new DomainError('sync.error.cursorAhead', { cursor });
    const { rows } = await db.query<{ tbl: TableName; id: Id; data: AnyRecord; version: number; deleted: boolean }>(
      `SELECT tbl, id, data, version, deleted FROM records
       WHERE workspace_id = $1 AND version > $2 AND ($2 > 0 OR NOT deleted) ORDER BY version`,
      [workspaceId, since],
    );
    await db.query('COMMIT');
    const patch: Patch = {};
    const versions: PullResponse['versions'] = {};
    for (const r of rows) {
      // The client does not say what it holds, so a record comes whole: applied as a create, it
      // replaces the client's copy field by field. A tombstone keeps the record it deleted.
      (patch[r.tbl] ??= []).push(r.deleted ? { op: 'delete', id: r.id, record: r.data } : { op: 'create', id: r.id, record: r.data });
      (versions[r.tbl] ??= {})[r.id] = r.version;
    }
    return { cursor, patch, versions };
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    db.release();
  }
}
