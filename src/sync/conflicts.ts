// The author's list of edits the server did not take (the sync log): resolving a conflict saves
// the choice as an ordinary edit, then takes that record off the list; a refusal is dismissed
// once read. The list lives in the workspace's own database, so every tab shows the same one.
import { resolveConflict } from '../domain/commands/resolve-conflict';
import type { Choice, SyncLogEntry } from '../domain/sync/log';
import type { PlatsenDb } from '../persistence/db';
import type { PlatsenStore } from '../store/store';

export async function resolveConflictRecord(db: PlatsenDb, store: PlatsenStore, entry: SyncLogEntry, index: number, choice: Choice): Promise<boolean> {
  if (entry.status !== 'conflict' || entry.seq === undefined) return false;
  const conflict = entry.conflicts[index];
  if (!conflict) return false;
  const result = await store.dispatch(resolveConflict, { conflict, choice });
  if (!result.ok) return false;
  const rest = entry.conflicts.filter((_, i) => i !== index);
  if (rest.length === 0) await db.syncLog.delete(entry.seq);
  else await db.syncLog.put({ ...entry, conflicts: rest });
  return true;
}

export async function dismissEntry(db: PlatsenDb, entry: SyncLogEntry): Promise<void> {
  if (entry.seq !== undefined) await db.syncLog.delete(entry.seq);
}
