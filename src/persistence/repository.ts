// Reading and writing the document. Every write is one read-write transaction: a patch (or a whole
// replaced document) is stored completely or not at all, even when it is written in chunks.
// An update is applied to the record AS IT IS STORED, inside the transaction: it sets only the
// fields it names, so two tabs writing different fields of one record keep both, even racing.
import type { Table } from 'dexie';
import type { AnyRecord, Id, PlatsenDocument, TableName } from '../domain/model';
import { emptyDocument, TABLES } from '../domain/model';
import {
  applyChange, entriesOf, fieldChanges, getField, isBookkeeping, patchSize, sameValue,
  type Patch, type RecordChange, type RecordRefs,
} from '../domain/patch';
import { findConflicts, type RecordsNow } from '../domain/patch-conflicts';
import type { PlatsenDb } from './db';
import { PersistenceError, toPersistenceError } from './errors';
import { broadcastPatch, broadcastRefs } from './sync';

export interface WriteOptions {
  /** Called after each chunk with the records written so far and the total; ends at done === total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rolls the whole write back: the promise rejects with code 'aborted'. */
  signal?: AbortSignal;
  /** Records per bulk call. Chunks keep the tab responsive and give progress; all share one transaction. */
  chunkSize?: number;
  /**
   * Write only if every field still holds the `old` value the patch expects (undo, redo): where one
   * does not, someone changed it since, and the write rejects with code 'stale' and the conflicts.
   */
  guard?: boolean;
}

/** Chromium here writes ~5,500 small records/s (stack-notes.md): 2,000 gives progress every ~0.4 s. */
export const DEFAULT_CHUNK_SIZE = 2000;

type Rows = Record<TableName, Record<Id, AnyRecord>>;

function tableOf(db: PlatsenDb, name: TableName): Table<AnyRecord, Id> {
  return db.table<AnyRecord, Id>(name);
}

/** Reads every table into a document, from one consistent snapshot. */
export async function loadDocument(db: PlatsenDb): Promise<PlatsenDocument> {
  try {
    return await db.transaction('r', [...TABLES], async () => {
      const doc = emptyDocument();
      for (const name of TABLES) {
        const records = await tableOf(db, name).toArray();
        (doc as Rows)[name] = Object.fromEntries(records.map((r) => [r.id, r]));
      }
      return doc;
    });
  } catch (e) {
    throw toPersistenceError(e);
  }
}

/** Reads some records as they are stored now, from one consistent snapshot. */
export async function readRecords(db: PlatsenDb, refs: RecordRefs): Promise<RecordsNow> {
  const tables = TABLES.filter((t) => refs[t]?.length);
  if (!tables.length) return {};
  try {
    return await db.transaction('r', tables, async () => {
      const out: RecordsNow = {};
      for (const name of tables) {
        const ids = refs[name]!;
        const records = await tableOf(db, name).bulkGet(ids);
        out[name] = new Map(ids.map((id, i) => [id, records[i]]));
      }
      return out;
    });
  } catch (e) {
    throw toPersistenceError(e);
  }
}

/**
 * Writes a patch in one transaction over the tables it touches, then tells the other tabs.
 * Resolves with the patch as it was really applied to the stored records: the true old values,
 * without updates of records that are gone or of fields that already held the new value. That
 * is what undoing this write must restore. Rejects with a PersistenceError; then nothing of the
 * patch was stored.
 */
export async function writePatch(db: PlatsenDb, patch: Patch, opts: WriteOptions = {}): Promise<Patch> {
  const touched = entriesOf(patch).map(([t]) => t);
  if (touched.length === 0) return {};
  const applied = await inWriteTransaction(db, touched, opts.signal, () => writeChunks(db, patch, opts));
  broadcastPatch(db.name, applied);
  return applied;
}

/**
 * Replaces everything stored (all document tables; `meta` stays) with `doc`, in one transaction:
 * an import that fails half-way leaves the previous document intact. Other tabs are told which
 * records changed, so they need not reload.
 */
export async function replaceDocument(db: PlatsenDb, doc: PlatsenDocument, opts: WriteOptions = {}): Promise<void> {
  const refs = await inWriteTransaction(db, [...TABLES], opts.signal, async () => {
    const patch: Patch = {};
    const touched: RecordRefs = {};
    for (const name of TABLES) {
      const table = tableOf(db, name);
      const kept = doc[name] as Record<Id, AnyRecord>;
      const oldIds = await table.toCollection().primaryKeys();
      touched[name] = [...new Set([...oldIds, ...Object.keys(kept)])];
      patch[name] = Object.values(kept).map((record) => ({ op: 'create', id: record.id, record }));
      await table.clear();
    }
    await writeChunks(db, patch, opts);
    return touched;
  });
  broadcastRefs(db.name, refs);
}

async function inWriteTransaction<T>(
  db: PlatsenDb,
  tables: TableName[],
  signal: AbortSignal | undefined,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, async (tx) => {
      signal?.throwIfAborted();
      // Aborting the IndexedDB transaction itself, not only stopping the loop, also cancels the
      // chunk in flight and guarantees the rollback of the chunks already written.
      const abort = () => tx.abort();
      signal?.addEventListener('abort', abort, { once: true });
      try {
        return await body();
      } finally {
        signal?.removeEventListener('abort', abort);
      }
    });
  } catch (e) {
    throw signal?.aborted ? new PersistenceError('aborted', e) : toPersistenceError(e);
  }
}

async function writeChunks(db: PlatsenDb, patch: Patch, opts: WriteOptions): Promise<Patch> {
  const size = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const total = patchSize(patch);
  let done = 0;
  const applied: Patch = {};
  for (const [name, changes] of entriesOf(patch)) {
    const table = tableOf(db, name);
    const real: RecordChange[] = [];
    for (const chunk of chunks(changes, size)) {
      // New records need no read (their ids are new); everything else is read, to be applied to
      // the record as stored. An unguarded create over an existing record simply replaces it.
      const read = chunk.filter((c) => c.op !== 'create' || opts.guard);
      const stored = read.length ? await table.bulkGet(read.map((c) => c.id)) : [];
      const now = new Map(read.map((c, i) => [c.id, stored[i]]));
      if (opts.guard) {
        const conflicts = findConflicts({ [name]: chunk }, (_, id) => now.get(id));
        if (conflicts.length) throw new PersistenceError('stale', undefined, conflicts);
      }
      const puts: AnyRecord[] = [];
      const deletes: Id[] = [];
      for (const change of chunk) {
        const before = now.get(change.id);
        const effect = asApplied(name, before, change);
        if (!effect) continue;
        real.push(effect);
        if (effect.op === 'delete') deletes.push(effect.id);
        else puts.push(applyChange(before, effect)!);
      }
      if (deletes.length) await table.bulkDelete(deletes);
      if (puts.length) await table.bulkPut(puts);
      done += chunk.length;
      opts.onProgress?.(done, total);
    }
    if (real.length) applied[name] = real;
  }
  return applied;
}

/** What a change really does to the stored record `before`, with true old values; null: nothing. */
function asApplied(table: TableName, before: AnyRecord | undefined, change: RecordChange): RecordChange | null {
  if (change.op === 'create') {
    if (!before) return change;
    const fields = fieldChanges(table, before, change.record);
    return fields.length ? { op: 'update', id: change.id, fields } : null;
  }
  if (!before) return null;
  if (change.op === 'delete') return { op: 'delete', id: change.id, record: before };
  const fields = change.fields
    .map((f) => ({ path: f.path, old: getField(before, f.path), new: f.new }))
    .filter((f) => !sameValue(f.old, f.new));
  return fields.some((f) => !isBookkeeping(f.path)) ? { op: 'update', id: change.id, fields } : null;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
