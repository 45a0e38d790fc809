// One zustand store in three slices: the document (what is saved), the session (selection, mode,
// filters: never saved, never undone) and history (undo/redo of patches). Each edit is applied in
// memory at once and then saved; if saving fails it is rolled back, so the screen never shows
// something the database does not hold.
//
// Several tabs (later, several people) edit one database. Three rules keep every edit:
// - Patches are field-level, and storage applies them to the records as stored (writePatch).
// - Undo and redo are GUARDED: they first re-read the records they touch, and if a field they
//   would restore was changed since by someone else, they ask (pendingStep): skip those fields,
//   or overwrite them knowingly. The write itself refuses if a field changed in between.
// - Another tab's change is shown by re-reading the records it touched (receiveRemote), with this
//   tab's edits that are not stored yet put back on top.
// Writes, re-reads and steps run one at a time, in the order they were asked for (`enqueue`).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command, CommandContext } from '../domain/commands/command';
import { execute } from '../domain/commands/command';
import { isDomainError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import type { PlatsenDocument } from '../domain/model';
import { emptyDocument } from '../domain/model';
import { applyPatch, invertPatch, isEmptyPatch, refsOf, type Patch, type RecordRefs } from '../domain/patch';
import { findConflicts, resolveConflicts, type Conflict, type RecordsNow, type Resolution } from '../domain/patch-conflicts';
import { coveredBy, entryOf, HISTORY_LIMIT, lookupDoc, reconcile, settleEntry, stepEntry, type HistoryEntry } from './history';
import { addNotice } from './notices';
import { initialSession, type Lang, type Notice, type Session } from './session';
import type { BasemapId } from '../map/basemap/choices';

export type { HistoryEntry } from './history';

/** An undo or redo waiting for the user: fields it would restore were changed since by someone else. */
export interface PendingStep {
  direction: 'undo' | 'redo';
  entry: HistoryEntry;
  conflicts: Conflict[];
}

export interface PlatsenState {
  doc: PlatsenDocument;
  loaded: boolean;
  session: Session;
  past: HistoryEntry[];
  future: HistoryEntry[];
  pendingStep: PendingStep | null;
}

/** For long writes (an import): progress of the write, and a signal whose abort rolls it back. */
export interface SaveOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Where the document is stored. `write` stores a patch atomically and resolves with the patch as
 * really applied (true old values); with `guard` it refuses (error code 'stale') where a field no
 * longer holds the old value the patch expects. `read` gives records as stored now.
 * A bare save function is a storage whose records are what this store shows (tests of the UI).
 */
export interface Storage {
  write(patch: Patch, opts?: SaveOptions & { guard?: boolean }): Promise<Patch>;
  read(refs: RecordRefs): Promise<RecordsNow>;
}
export type SaveFunction = (patch: Patch, opts?: SaveOptions) => Promise<unknown>;

export type DispatchResult = { ok: true } | { ok: false; error: { code: string; params: Record<string, string | number> } };

let noticeSeq = 0;
const codeOf = (e: unknown) => (e as { code?: string })?.code ?? 'unknown';

export function createPlatsenStore(storage: Storage | SaveFunction, lang: Lang = 'sv', basemap?: BasemapId) {
  const store = createStore<PlatsenState>(() => ({
    doc: emptyDocument(), loaded: false, session: initialSession(lang, basemap), past: [], future: [], pendingStep: null,
  }));
  const port = typeof storage === 'function' ? ownRecords(storage, () => store.getState().doc) : storage;
  const context = (): CommandContext => ({ now: nowIso(), newId });
  let queue: Promise<unknown> = Promise.resolve();
  /** Edits applied on screen whose writes have not finished, in order. */
  const unsaved: Patch[] = [];
  let steps = 0;
  let stepsDone: Promise<unknown> = Promise.resolve();

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  function notify(tone: Notice['tone'], key: string, params?: Notice['params'], more: Pick<Notice, 'keyParams'> & { replacesInfo?: boolean } = {}) {
    const { replacesInfo, keyParams } = more;
    const notice: Notice = { id: ++noticeSeq, tone, key, ...(params ? { params } : {}), ...(keyParams ? { keyParams } : {}) };
    setSession({ notices: addNotice(store.getState().session.notices, notice, { replacesInfo }) });
  }

  function setSession(changes: Partial<Session>) {
    store.setState((s) => ({ session: { ...s.session, ...changes } }));
  }

  async function write(patch: Patch, opts?: SaveOptions & { guard?: boolean }): Promise<Patch> {
    const pending = (delta: number) => {
      const storageInfo = store.getState().session.storage;
      setSession({ storage: { ...storageInfo, pending: storageInfo.pending + delta } });
    };
    pending(1);
    try {
      return await port.write(patch, opts);
    } finally {
      pending(-1);
    }
  }

  /** Shows `refs` as stored now, with unsaved edits on top. Runs inside the queue. */
  async function refresh(refs: RecordRefs): Promise<void> {
    const now = await port.read(refs);
    store.setState((s) => ({ doc: reconcile(s.doc, now, unsaved) }));
  }

  /** After a failed write: the screen takes the patch back, then shows what is stored (if storage can be read). */
  async function rollback(patch: Patch, inverse: Patch): Promise<void> {
    store.setState((s) => ({ doc: applyPatch(s.doc, inverse) }));
    await refresh(refsOf(patch)).catch(() => undefined);
  }

  async function dispatch<A>(command: Command<A>, args: A, opts?: SaveOptions): Promise<DispatchResult> {
    // An edit made while an undo or redo is on its way comes after it.
    if (steps) await stepsDone;
    let applied;
    try {
      applied = execute(store.getState().doc, command, args, context());
    } catch (e) {
      if (isDomainError(e)) return { ok: false, error: { code: e.code, params: e.params } };
      throw e;
    }
    if (!applied) return { ok: true };
    const { patch, inverse } = applied;
    const entry = entryOf(applied.label, patch);
    store.setState((s) => ({ doc: applied.doc, past: [...s.past, entry].slice(-HISTORY_LIMIT), future: [] }));
    unsaved.push(patch);
    const drop = () => { if (unsaved.includes(patch)) unsaved.splice(unsaved.indexOf(patch), 1); };
    try {
      const done = await enqueue(async () => {
        try {
          return await write(patch, opts);
        } catch (e) {
          drop();
          await rollback(patch, inverse);
          throw e;
        } finally {
          drop();
        }
      });
      store.setState((s) => settleEntry(s, entry, done));
      return { ok: true };
    } catch (e) {
      store.setState((s) => ({ past: s.past.filter((h) => h !== entry) }));
      notify('error', `persistence.error.${codeOf(e)}`);
      return { ok: false, error: { code: `persistence.error.${codeOf(e)}`, params: {} } };
    }
  }

  /** Runs an undo or redo in the queue; edits wait for it. */
  function runStep(task: () => Promise<void>): Promise<void> {
    steps++;
    const run = enqueue(task).finally(() => steps--);
    stepsDone = run.catch(() => undefined);
    return run.catch(() => undefined);
  }

  /**
   * Undoes or redoes the top entry against the records as stored now. With conflicts it asks
   * (pendingStep) unless `answer` resolves exactly the conflicts the user was shown.
   */
  async function step(direction: 'undo' | 'redo', answer?: { resolution: Resolution; shown: Conflict[]; entry: HistoryEntry }) {
    const s = store.getState();
    const entry = direction === 'undo' ? s.past.at(-1) : s.future.at(-1);
    if (!entry || (answer && answer.entry !== entry)) return;
    const patch = direction === 'undo' ? entry.inverse : entry.patch;
    try {
      await refresh(refsOf(patch));
    } catch (e) {
      notify('error', `persistence.error.${codeOf(e)}`);
      return;
    }
    const lookup = lookupDoc(store.getState().doc);
    const conflicts = findConflicts(patch, lookup);
    if (conflicts.length && !(answer && coveredBy(conflicts, answer.shown))) {
      store.setState({ pendingStep: { direction, entry, conflicts } });
      return;
    }
    const resolved = resolveConflicts(patch, lookup, answer?.resolution ?? 'skip');
    store.setState((st) => ({ doc: applyPatch(st.doc, resolved) }));
    try {
      const done = isEmptyPatch(resolved) ? {} : await write(resolved, { guard: true });
      store.setState((st) => stepEntry(st, entry, direction, done));
      // Says what was undone, and replaces the confirmations of the state that is gone.
      notify('info', direction === 'undo' ? 'history.undone' : 'history.redone', undefined, { keyParams: { label: entry.label }, replacesInfo: true });
    } catch (e) {
      await rollback(resolved, invertPatch(resolved));
      // Someone changed a field between the read and the write: look again, and ask.
      if (codeOf(e) === 'stale') return step(direction);
      notify('error', `persistence.error.${codeOf(e)}`);
    }
  }

  function resolveStep(choice: Resolution | 'cancel'): Promise<void> {
    const pending = store.getState().pendingStep;
    if (!pending) return Promise.resolve();
    store.setState({ pendingStep: null });
    if (choice === 'cancel') return Promise.resolve();
    return runStep(() => step(pending.direction, { resolution: choice, shown: pending.conflicts, entry: pending.entry }));
  }

  const stepIfFree = (direction: 'undo' | 'redo') => (store.getState().pendingStep ? Promise.resolve() : runStep(() => step(direction)));

  return Object.assign(store, {
    dispatch,
    undo: () => stepIfFree('undo'),
    redo: () => stepIfFree('redo'),
    /** Answers a pendingStep: skip the fields changed since, overwrite them, or leave the step undone. */
    resolveStep,
    setSession,
    notify,
    dismissNotice: (id: number) => setSession({ notices: store.getState().session.notices.filter((n) => n.id !== id) }),
    /** Replaces the document from storage (start-up); history starts empty. */
    load: (doc: PlatsenDocument) => store.setState({ doc, loaded: true, past: [], future: [], pendingStep: null }),
    /** Another tab changed these records: show them as stored, without entering this tab's history. */
    receiveRemote: (refs: RecordRefs) => enqueue(() => refresh(refs)).catch(() => undefined),
    /** Resolves when every pending write has settled (for tests and before unload). */
    flushed: () => queue,
  });
}

/** A storage that only saves: what it holds is what the store shows (it is never changed by others). */
function ownRecords(save: SaveFunction, doc: () => PlatsenDocument): Storage {
  return {
    write: async (patch, opts) => {
      await save(patch, opts);
      return patch;
    },
    read: async (refs) => {
      const lookup = lookupDoc(doc());
      return Object.fromEntries(Object.entries(refs).map(([table, ids]) =>
        [table, new Map(ids.map((id) => [id, lookup(table as keyof PlatsenDocument, id)]))]));
    },
  };
}

export type PlatsenStore = ReturnType<typeof createPlatsenStore>;
export type { StoreApi };
