// The outbox of a shared workspace's copy: every edit written here is also queued for the server,
// in the SAME transaction as the edit (repository.writePatch), so an edit is never stored without
// being queued or queued without being stored, whatever happens to the tab. An entry carries the
// patch as really applied, the record versions it was made on, and a unique mutation id.
import { newId } from '../domain/ids';
import type { AnyRecord, Id, TableName } from '../domain/model';
import { applyChange, entriesOf, invertPatch, type Patch, type RecordChange } from '../domain/patch';
import { MAX_CHANGES_PER_MUTATION, recordKey, type Versions } from '../domain/sync/protocol';
import type { OutboxEntry, PlatsenDb, ServerRecord } from './db';

/** The tables a shared workspace's write adds to its transaction. */
export const OUTBOX_TABLES = ['outbox', 'serverRecords'] as const;

/** JSON characters per outbox entry: a push (at most 16 MB) always has room for one. */
const MAX_ENTRY_CHARS = 6_000_000;

interface Touched {
  table: TableName;
  change: RecordChange;
}

const touchedBy = (patch: Patch): Touched[] => entriesOf(patch).flatMap(([table, changes]) => changes.map((change) => ({ table, change })));

/**
 * Queues `applied` (a patch just written in this transaction) for the server. A record the
 * server knows that had no waiting edit gets its server copy kept first (the record before this
 * edit), so the edit can be taken back if the server does not accept it. A very large edit (an
 * import) goes as several entries in order, each within one push's limits.
 */
export async function enqueue(db: PlatsenDb, applied: Patch, label: string, at: string): Promise<void> {
  const touched = touchedBy(applied);
  if (touched.length === 0) return;
  const rows = await db.serverRecords.bulkGet(touched.map(({ table, change }) => recordKey(table, change.id)));
  const uncopied = new Set(rows.filter((r): r is ServerRecord => r !== undefined && r.shadow === undefined));
  const copies = await recordsBefore(db, touched.filter((_, i) => uncopied.has(rows[i]!)), invertPatch(applied));
  await db.serverRecords.bulkPut([...uncopied].map((row) => ({ ...row, shadow: copies.get(row.key) ?? null })));
  const versionOf = new Map(rows.flatMap((r) => (r ? [[r.key, r.version] as const] : [])));
  await db.outbox.bulkAdd(split(touched).map((part) => ({
    id: newId('m'), label, at, changes: patchOf(part), base: baseOf(part, versionOf),
  } satisfies OutboxEntry)));
}

/** Each record as it was before the edit: the stored record with the edit's inverse applied. */
async function recordsBefore(db: PlatsenDb, touched: Touched[], inverse: Patch): Promise<Map<string, AnyRecord | null>> {
  const out = new Map<string, AnyRecord | null>();
  const undo = new Map(touchedBy(inverse).map((t) => [recordKey(t.table, t.change.id), t.change]));
  const byTable = new Map<TableName, Id[]>();
  for (const { table, change } of touched) {
    if (!byTable.has(table)) byTable.set(table, []);
    byTable.get(table)!.push(change.id);
  }
  for (const [table, ids] of byTable) {
    const now = await db.table<AnyRecord, Id>(table).bulkGet(ids);
    ids.forEach((id, i) => {
      const key = recordKey(table, id);
      out.set(key, applyChange(now[i], undo.get(key)!) ?? null);
    });
  }
  return out;
}

/** In order, parts of at most MAX_CHANGES_PER_MUTATION changes and about MAX_ENTRY_CHARS of JSON. */
function split(touched: Touched[]): Touched[][] {
  if (touched.length === 1) return [touched];
  const parts: Touched[][] = [[]];
  let chars = 0;
  for (const t of touched) {
    const size = JSON.stringify(t.change).length;
    const part = parts.at(-1)!;
    if (part.length > 0 && (part.length >= MAX_CHANGES_PER_MUTATION || chars + size > MAX_ENTRY_CHARS)) {
      parts.push([t]);
      chars = size;
    } else {
      part.push(t);
      chars += size;
    }
  }
  return parts;
}

function patchOf(part: Touched[]): Patch {
  const patch: Patch = {};
  for (const { table, change } of part) (patch[table] ??= []).push(change);
  return patch;
}

/** The version each updated or deleted record had here (0: the server has not said yet). */
function baseOf(part: Touched[], versionOf: Map<string, number>): Versions {
  const base: Versions = {};
  for (const { table, change } of part) {
    if (change.op !== 'create') (base[table] ??= {})[change.id] = versionOf.get(recordKey(table, change.id)) ?? 0;
  }
  return base;
}

/** Every waiting change of each record, by recordKey, in the order the edits were made. */
export function pendingByKey(entries: readonly OutboxEntry[]): Map<string, RecordChange[]> {
  const out = new Map<string, RecordChange[]>();
  for (const entry of entries) {
    for (const { table, change } of touchedBy(entry.changes)) {
      const key = recordKey(table, change.id);
      if (!out.has(key)) out.set(key, []);
      out.get(key)!.push(change);
    }
  }
  return out;
}
