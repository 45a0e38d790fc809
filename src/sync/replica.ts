// This browser's copy of a shared workspace, kept in step with the server's answers. Each record
// shown here is the server's state of it with this browser's waiting edits (the outbox) on top:
// - a pull sets the server's state of the records it brings;
// - an accepted edit becomes part of the server's state; a conflicting one is replaced by the
//   server's record, a refused one is simply dropped; both are kept in the sync log for the author.
// Then every record touched is written as (server state + edits still waiting), in ONE transaction
// with the outbox, the versions and the log. What changed is announced like another tab's change
// (BroadcastChannel, and the store's receiveRemote in this tab), so nothing downstream knows where
// a change came from.
import type { AnyRecord, Id, TableName } from '../domain/model';
import { TABLES } from '../domain/model';
import { applyChange, entriesOf, sameValue, type Patch, type RecordChange, type RecordRefs } from '../domain/patch';
import { changedPaths, type ConflictRecord, type SyncLogEntry } from '../domain/sync/log';
import { applyAccepted } from '../domain/sync/merge';
import { recordKey, type Conflict, type MutationResult, type PullResponse } from '../domain/sync/protocol';
import type { OutboxEntry, PlatsenDb, ServerRecord } from '../persistence/db';
import { pendingByKey } from '../persistence/outbox';
import { inWriteTransaction } from '../persistence/repository';
import { broadcastRefs } from '../persistence/sync';

export const CURSOR_KEY = 'sync.cursor';
const SYNC_TABLES = [...TABLES, 'outbox', 'serverRecords', 'syncLog', 'meta'];

type State = AnyRecord | null;

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** What an answer says about one record: its server state, and what to record of its version. */
interface Known {
  table: TableName;
  id: Id;
  state: State;
  /** The version exactly (a pull); or at least this version (a conflict's, or 0: the server has it now). */
  version?: number;
  atLeast?: number;
}

/** The records an answer touches, read once at the start of its transaction. */
class Snapshot {
  private constructor(
    readonly rows: Map<string, ServerRecord>,
    readonly local: Map<string, AnyRecord>,
  ) {}

  static async read(db: PlatsenDb, refs: Array<{ table: TableName; id: Id }>): Promise<Snapshot> {
    const keys = refs.map((r) => recordKey(r.table, r.id));
    const rows = new Map((await db.serverRecords.bulkGet(keys)).flatMap((r) => (r ? [[r.key, r] as const] : [])));
    const local = new Map<string, AnyRecord>();
    const byTable = new Map<TableName, Id[]>();
    for (const r of refs) listIn(byTable, r.table).push(r.id);
    for (const [table, ids] of byTable) {
      const found = await db.table<AnyRecord, Id>(table).bulkGet(ids);
      ids.forEach((id, i) => found[i] && local.set(recordKey(table, id), found[i]!));
    }
    return new Snapshot(rows, local);
  }

  /** The server's state as this browser knows it: its kept copy while edits wait, else the record shown. */
  serverState(key: string): State {
    const row = this.rows.get(key);
    if (row?.shadow !== undefined) return row.shadow;
    return row ? (this.local.get(key) ?? null) : null;
  }
}

/**
 * Writes every record of `known` as its server state with the waiting edits on top, keeps the
 * server's copy where edits still wait, and records versions. Returns the records whose shown
 * value changed. Runs inside the caller's transaction, after its outbox changes.
 */
async function settle(db: PlatsenDb, snap: Snapshot, known: Map<string, Known>): Promise<RecordRefs> {
  const pending = pendingByKey(await db.outbox.toArray());
  const puts = new Map<TableName, AnyRecord[]>();
  const deletes = new Map<TableName, Id[]>();
  const rows: ServerRecord[] = [];
  const refs: RecordRefs = {};
  for (const [key, k] of known) {
    const waiting = pending.get(key) ?? [];
    const target = waiting.reduce<AnyRecord | undefined>((r, c) => applyChange(r, c), k.state ?? undefined);
    const shown = snap.local.get(key);
    if (!sameValue(target, shown)) {
      if (target) listIn(puts, k.table).push(target);
      else listIn(deletes, k.table).push(k.id);
      (refs[k.table] ??= []).push(k.id);
    }
    const row = snap.rows.get(key);
    if (k.version === undefined && k.atLeast === undefined && !row) continue;
    const version = k.version ?? Math.max(row?.version ?? 0, k.atLeast ?? 0);
    rows.push(waiting.length ? { key, version, shadow: k.state } : { key, version });
  }
  for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
  for (const [table, records] of puts) await db.table(table).bulkPut(records);
  await db.serverRecords.bulkPut(rows);
  return refs;
}

function announce(db: PlatsenDb, refs: RecordRefs): RecordRefs {
  if (Object.keys(refs).length) broadcastRefs(db.name, refs);
  return refs;
}

const changesOf = (patch: Patch) => entriesOf(patch).flatMap(([table, changes]) => changes.map((change) => ({ table, change })));

/**
 * Applies the server's answers to pushed outbox entries (in order, one result per entry) and
 * removes them from the outbox. Returns the records whose shown value changed.
 */
export async function applyPushResults(db: PlatsenDb, entries: readonly OutboxEntry[], results: readonly MutationResult[]): Promise<RecordRefs> {
  const refs = await inWriteTransaction(db, SYNC_TABLES, undefined, async () => {
    const touched = entries.flatMap((e) => changesOf(e.changes).map(({ table, change }) => ({ table, id: change.id })));
    const snap = await Snapshot.read(db, touched);
    const known = new Map<string, Known>();
    const stateOf = (key: string) => (known.has(key) ? known.get(key)!.state : snap.serverState(key));
    const log: SyncLogEntry[] = [];
    entries.forEach((entry, i) => {
      const result = results[i]!;
      const conflicts = result.status === 'conflict' ? result.conflicts : [];
      for (const { table, change } of changesOf(entry.changes)) {
        const key = recordKey(table, change.id);
        const k: Known = { ...known.get(key), table, id: change.id, state: stateOf(key) };
        if (result.status === 'applied') {
          k.state = applyAccepted(k.state ?? undefined, change) ?? null;
          k.atLeast ??= 0;
        }
        const conflict = conflicts.find((c) => c.table === table && c.id === change.id);
        if (conflict) {
          k.state = conflict.server;
          k.atLeast = Math.max(k.atLeast ?? 0, conflict.version);
        }
        known.set(key, k);
      }
      if (result.status === 'conflict') log.push({ status: 'conflict', mutationId: entry.id, label: entry.label, at: entry.at, conflicts: conflicts.map((c) => mineOf(c, entry, snap)) });
      if (result.status === 'refused') log.push({ status: 'refused', mutationId: entry.id, label: entry.label, at: entry.at, reason: result.reason, params: result.params, changes: entry.changes });
    });
    await db.outbox.bulkDelete(entries.map((e) => e.seq!));
    if (log.length) await db.syncLog.bulkAdd(log);
    return settle(db, snap, known);
  });
  return announce(db, refs);
}

/** A conflict with what the author had: the record as shown with the edit, and the fields it changed. */
function mineOf(conflict: Conflict, entry: OutboxEntry, snap: Snapshot): ConflictRecord {
  const key = recordKey(conflict.table, conflict.id);
  const change = (entry.changes[conflict.table] ?? []).find((c) => c.id === conflict.id) as RecordChange;
  return { ...conflict, mine: snap.local.get(key) ?? null, changed: changedPaths(change) };
}

/**
 * Applies a pull: the server's state of every record it brings, with waiting edits put back on
 * top. `full` (a pull from the start): records the server does not have are its no longer.
 */
export async function applyPull(db: PlatsenDb, pulled: PullResponse, full: boolean): Promise<RecordRefs> {
  const refs = await inWriteTransaction(db, SYNC_TABLES, undefined, async () => {
    const known = new Map<string, Known>();
    if (full) {
      for (const table of TABLES) {
        for (const id of await db.table<AnyRecord, Id>(table).toCollection().primaryKeys()) known.set(recordKey(table, id), { table, id, state: null });
      }
      await db.serverRecords.clear();
    }
    for (const [table, changes] of entriesOf(pulled.patch)) {
      for (const change of changes) {
        // A pull brings records whole (create) or gone (delete), never a partial update.
        if (change.op === 'update') continue;
        const version = pulled.versions[table]?.[change.id] ?? 0;
        known.set(recordKey(table, change.id), { table, id: change.id, state: change.op === 'create' ? change.record : null, version });
      }
    }
    const snap = await Snapshot.read(db, [...known.values()]);
    const changed = await settle(db, snap, known);
    await db.meta.put({ key: CURSOR_KEY, value: pulled.cursor });
    return changed;
  });
  return announce(db, refs);
}

/** The cursor of the last pull applied here (0: none yet). */
export async function cursorOf(db: PlatsenDb): Promise<number> {
  const value = (await db.meta.get(CURSOR_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}
