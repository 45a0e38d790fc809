// Restoring a backup into a workspace that has moved on since: records are matched by id. New ones
// are added, equal ones are left alone, and a record whose content differs is a conflict the user
// settles per table (keep mine / take theirs). Records only in my workspace are always kept.
import type { AnyRecord, Id, PlatsenDocument, TableName } from '../model';
import { TABLES, workspaceOf } from '../model';

export type MergeChoice = 'mine' | 'theirs';

export interface TableComparison {
  /** Only in the backup: added by the merge. */
  added: number;
  /** In both with the same content. */
  same: number;
  /** Only in my workspace: kept. */
  onlyMine: number;
  /** In both with different content. */
  conflicts: Id[];
}

export type BackupComparison = Record<TableName, TableComparison>;

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length
    && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A workspace document holds exactly one workspace record: two with different ids are the same
 * workspace seen twice, so they are compared as one record (under my id).
 */
function theirRows(mine: PlatsenDocument, theirs: PlatsenDocument, table: TableName): Record<Id, AnyRecord> {
  const rows = theirs[table] as Record<Id, AnyRecord>;
  if (table !== 'workspace') return rows;
  const mineWs = workspaceOf(mine);
  const theirWs = workspaceOf(theirs);
  return mineWs && theirWs ? { [mineWs.id]: { ...theirWs, id: mineWs.id } } : rows;
}

export function compareBackup(mine: PlatsenDocument, theirs: PlatsenDocument): BackupComparison {
  const result = {} as BackupComparison;
  for (const table of TABLES) {
    const mineRows = mine[table] as Record<Id, AnyRecord>;
    const incoming = theirRows(mine, theirs, table);
    const c: TableComparison = { added: 0, same: 0, onlyMine: 0, conflicts: [] };
    for (const [id, rec] of Object.entries(incoming)) {
      const own = mineRows[id];
      if (!own) c.added++;
      else if (deepEqual(own, rec)) c.same++;
      else c.conflicts.push(id);
    }
    c.onlyMine = Object.keys(mineRows).filter((id) => !Object.hasOwn(incoming, id)).length;
    result[table] = c;
  }
  return result;
}

export function conflictCount(c: BackupComparison): number {
  return TABLES.reduce((n, t) => n + c[t].conflicts.length, 0);
}

/** The merged document: mine, plus the backup's new records, with each table's conflicts settled by `choice`. */
export function mergeBackup(mine: PlatsenDocument, theirs: PlatsenDocument, choice: Partial<Record<TableName, MergeChoice>>): PlatsenDocument {
  const next = { ...mine };
  for (const table of TABLES) {
    const rows: Record<Id, AnyRecord> = { ...(mine[table] as Record<Id, AnyRecord>) };
    for (const [id, rec] of Object.entries(theirRows(mine, theirs, table))) {
      if (!rows[id] || choice[table] === 'theirs') rows[id] = rec;
    }
    (next as Record<TableName, Record<Id, AnyRecord>>)[table] = rows;
  }
  return next;
}
