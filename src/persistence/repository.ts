// Reading and writing the document. Every write is one read-write transaction: a patch (or a whole
// replaced document) is stored completely or not at all, even when it is written in chunks.
import type { Table } from 'dexie';
import type { AnyRecord, Id, PlatsenDocument, TableName } from '../domain/model';
import { emptyDocument, TABLES } from '../domain/model';
import { emptyPatch, patchSize, type Patch } from '../domain/patch';
import type { PlatsenDb } from './db';
import { PersistenceError, toPersistenceError } from './errors';
import { broadcastPatch } from './sync';

export interface WriteOptions {
  /** Called after each chunk with the records written so far and the total; ends at done === total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rolls the whole write back: the promise rejects with code 'aborted'. */
  signal?: AbortSignal;
  /** Records per bulk call. Chunks keep the tab responsive and give progress; all share one transaction. */
  chunkSize?: number;
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

/**
 * Writes a patch in one transaction over the tables it touches (deletes before puts, as
 * applyPatch does), then tells the other tabs. Rejects with a PersistenceError; then nothing of
 * the patch was stored.
 */
export async function writePatch(db: PlatsenDb, patch: Patch, opts: WriteOptions = {}): Promise<void> {
  const touched = TABLES.filter((t) => patch.put[t]?.length || patch.delete[t]?.length);
  if (touched.length === 0) return;
  await inWriteTransaction(db, touched, opts.signal, () => writeChunks(db, patch, opts));
  broadcastPatch(db.name, patch);
}

/**
 * Replaces everything stored (all document tables; `meta` stays) with `doc`, in one transaction:
 * an import that fails half-way leaves the previous document intact. Other tabs receive the
 * equivalent patch (the old records that are gone are deletes), so they need not reload.
 */
export async function replaceDocument(db: PlatsenDb, doc: PlatsenDocument, opts: WriteOptions = {}): Promise<void> {
  const equivalent = await inWriteTransaction(db, [...TABLES], opts.signal, async () => {
    const patch = emptyPatch();
    for (const name of TABLES) {
      const table = tableOf(db, name);
      const kept = doc[name] as Record<Id, AnyRecord>;
      const oldIds = await table.toCollection().primaryKeys();
      patch.delete[name] = oldIds.filter((id) => !Object.hasOwn(kept, id));
      patch.put[name] = Object.values(kept);
      await table.clear();
    }
    await writeChunks(db, { put: patch.put, delete: {} }, opts);
    return patch;
  });
  broadcastPatch(db.name, equivalent);
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

async function writeChunks(db: PlatsenDb, patch: Patch, opts: WriteOptions): Promise<void> {
  const size = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const total = patchSize(patch);
  let done = 0;
  const step = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  for (const name of TABLES) {
    const table = tableOf(db, name);
    for (const ids of chunks(patch.delete[name] ?? [], size)) {
      await table.bulkDelete(ids);
      step(ids.length);
    }
    for (const records of chunks(patch.put[name] ?? [], size)) {
      await table.bulkPut(records);
      step(records.length);
    }
  }
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
