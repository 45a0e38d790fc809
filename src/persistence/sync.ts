// Keeps several tabs of Platsen on one database in step. Every committed patch is posted on a
// BroadcastChannel; the other tabs apply it to their document (store.applyRemote). A small patch
// travels whole, so no tab re-reads the database for an edit; a big one (an import) travels as the
// ids it touched and the other tabs read those records back: copying 50,000 records into a message
// cost the writing tab ~0.2–0.4 s of its main thread, for tabs that may not even be open. Patches,
// not liveQuery, because a liveQuery over a whole table re-runs for seconds after one edit at 100k
// rows (stack-notes.md).
import type Dexie from 'dexie';
import { newId } from '../domain/ids';
import type { AnyRecord, Id, TableName } from '../domain/model';
import { TABLES } from '../domain/model';
import { emptyPatch, patchSize, type Patch } from '../domain/patch';

/** Patches of up to this many records are posted whole. */
export const INLINE_PATCH_LIMIT = 1000;

type Ids = Partial<Record<TableName, Id[]>>;

type SyncMessage =
  | { type: 'patch'; origin: string; patch: Patch }
  /** Records put (to read back) and deleted, by table. */
  | { type: 'changed'; origin: string; put: Ids; delete: Ids };

// One id per loaded copy of this module, i.e. per tab. Several channel objects in the same tab
// receive each other's messages, so the channel alone cannot tell "mine" from "another tab's".
const TAB_ID = newId('tab');

export function channelName(dbName: string): string {
  return `platsen:${dbName}`;
}

function messageFor(patch: Patch): SyncMessage {
  if (patchSize(patch) <= INLINE_PATCH_LIMIT) return { type: 'patch', origin: TAB_ID, patch };
  const put: Ids = {};
  for (const table of TABLES) if (patch.put[table]?.length) put[table] = patch.put[table]!.map((r) => r.id);
  return { type: 'changed', origin: TAB_ID, put, delete: patch.delete };
}

/** Tells the other tabs on `dbName` about a committed patch (repository calls it after commit). */
export function broadcastPatch(dbName: string, patch: Patch): void {
  const channel = new BroadcastChannel(channelName(dbName));
  // Delivery is queued at post time, so closing at once loses nothing and holds no open handle.
  channel.postMessage(messageFor(patch));
  channel.close();
}

/**
 * The patch a 'changed' message stands for, read from the database now: a record put then that is
 * gone by now was deleted since, and is deleted here too (the later message says so as well).
 */
async function readBack(db: Dexie, message: Extract<SyncMessage, { type: 'changed' }>): Promise<Patch> {
  const patch = emptyPatch();
  for (const table of TABLES) {
    const ids = message.put[table];
    if (ids?.length) {
      const records = (await db.table<AnyRecord, Id>(table).bulkGet(ids));
      const found = records.filter((r): r is AnyRecord => r !== undefined);
      if (found.length) patch.put[table] = found;
      const gone = ids.filter((_, i) => records[i] === undefined);
      if (gone.length) patch.delete[table] = gone;
    }
    const deleted = message.delete[table];
    if (deleted?.length) patch.delete[table] = [...(patch.delete[table] ?? []), ...deleted];
  }
  return patch;
}

/**
 * Calls `onPatch` for every patch another tab commits to `db`, in the order they were committed
 * (a patch read back from the database holds up the ones after it). Returns the unsubscribe.
 */
export function subscribeToOtherTabs(db: Dexie, onPatch: (patch: Patch) => void): () => void {
  const channel = new BroadcastChannel(channelName(db.name));
  let open = true;
  let queue: Promise<void> = Promise.resolve();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isSyncMessage(message) || message.origin === TAB_ID) return;
    const patch = message.type === 'patch' ? Promise.resolve(message.patch) : readBack(db, message);
    queue = queue.then(() => patch).then((p) => { if (open) onPatch(p); }, () => undefined);
  };
  return () => {
    open = false;
    channel.close();
  };
}

function isSyncMessage(data: unknown): data is SyncMessage {
  const m = data as Partial<SyncMessage> | null;
  if (typeof m !== 'object' || m === null || typeof m.origin !== 'string') return false;
  if (m.type === 'patch') return typeof m.patch === 'object' && m.patch !== null;
  return m.type === 'changed' && typeof m.put === 'object' && m.put !== null && typeof m.delete === 'object' && m.delete !== null;
}

/**
 * When another tab opens the database at a newer version (a new release) or deletes it, this tab
 * must let go at once or the other tab's upgrade waits ("blocked"). The connection is closed for
 * good (no silent re-open at the old schema: later writes fail with code 'blocked') and
 * `onVersionChange` lets the UI ask the user to reload. `newVersion` is the other tab's schema
 * version, null for a deletion.
 * Returns a function that stops watching.
 */
export function closeOnVersionChange(db: Dexie, onVersionChange: (newVersion: number | null) => void): () => void {
  const handler = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    // Dexie opens IndexedDB at ten times its declared version (to allow versions like 2.1).
    onVersionChange(event.newVersion === null ? null : event.newVersion / 10);
    // Dexie's own handler would close again, allowing auto-reopen; false stops it.
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
