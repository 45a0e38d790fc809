// One zustand store in three slices: the document (what is saved), the session (selection, mode,
// filters: never saved, never undone) and history (undo/redo of patches). Each edit is applied in
// memory at once and then saved; if saving fails it is rolled back, so the screen never shows
// something the database does not hold.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command, CommandContext } from '../domain/commands/command';
import { execute } from '../domain/commands/command';
import { isDomainError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import type { PlatsenDocument } from '../domain/model';
import { emptyDocument } from '../domain/model';
import { applyPatch, invertPatch, type Patch } from '../domain/patch';
import { initialSession, type Lang, type Notice, type Session } from './session';
import type { BasemapId } from '../map/basemap/choices';

export interface HistoryEntry {
  label: string;
  patch: Patch;
  inverse: Patch;
}

export interface PlatsenState {
  doc: PlatsenDocument;
  loaded: boolean;
  session: Session;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** For long writes (an import): progress of the write, and a signal whose abort rolls it back. */
export interface SaveOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Writes one patch atomically; rejects with an error whose `code` names the failure. */
export type SavePatch = (patch: Patch, opts?: SaveOptions) => Promise<void>;

export type DispatchResult = { ok: true } | { ok: false; error: { code: string; params: Record<string, string | number> } };

const HISTORY_LIMIT = 200;
let noticeSeq = 0;

export function createPlatsenStore(save: SavePatch, lang: Lang = 'sv', basemap?: BasemapId) {
  const store = createStore<PlatsenState>(() => ({
    doc: emptyDocument(), loaded: false, session: initialSession(lang, basemap), past: [], future: [],
  }));
  const context = (): CommandContext => ({ now: nowIso(), newId });
  let writing: Promise<unknown> = Promise.resolve();

  function notify(tone: Notice['tone'], key: string, params?: Notice['params']) {
    const notice: Notice = { id: ++noticeSeq, tone, key, ...(params ? { params } : {}) };
    setSession({ notices: [...store.getState().session.notices, notice] });
  }

  function setSession(changes: Partial<Session>) {
    store.setState((s) => ({ session: { ...s.session, ...changes } }));
  }

  /** Saves in order; on failure rolls the document back and says so. */
  function persist(patch: Patch, inverse: Patch, onFail: () => void, opts?: SaveOptions): Promise<void> {
    const pending = (delta: number) => {
      const storage = store.getState().session.storage;
      setSession({ storage: { ...storage, pending: storage.pending + delta } });
    };
    pending(1);
    const run = writing.then(() => save(patch, opts)).finally(() => pending(-1));
    writing = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      store.setState((s) => ({ doc: applyPatch(s.doc, inverse) }));
      onFail();
      const code = (e as { code?: string })?.code ?? 'unknown';
      notify('error', `persistence.error.${code}`);
      throw e;
    });
  }

  async function dispatch<A>(command: Command<A>, args: A, opts?: SaveOptions): Promise<DispatchResult> {
    let applied;
    try {
      applied = execute(store.getState().doc, command, args, context());
    } catch (e) {
      if (isDomainError(e)) return { ok: false, error: { code: e.code, params: e.params } };
      throw e;
    }
    if (!applied) return { ok: true };
    const entry: HistoryEntry = { label: applied.label, patch: applied.patch, inverse: applied.inverse };
    store.setState((s) => ({ doc: applied.doc, past: [...s.past, entry].slice(-HISTORY_LIMIT), future: [] }));
    try {
      await persist(applied.patch, applied.inverse, () =>
        store.setState((s) => ({ past: s.past.filter((h) => h !== entry) })), opts);
    } catch (e) {
      return { ok: false, error: { code: `persistence.error.${(e as { code?: string })?.code ?? 'unknown'}`, params: {} } };
    }
    return { ok: true };
  }

  async function step(direction: 'undo' | 'redo'): Promise<void> {
    const { past, future, doc } = store.getState();
    const entry = direction === 'undo' ? past.at(-1) : future.at(-1);
    if (!entry) return;
    const patch = direction === 'undo' ? entry.inverse : entry.patch;
    const back = invertPatch(doc, patch);
    const moved = { past: direction === 'undo' ? past.slice(0, -1) : [...past, entry], future: direction === 'undo' ? [...future, entry] : future.slice(0, -1) };
    store.setState({ doc: applyPatch(doc, patch), ...moved });
    await persist(patch, back, () => store.setState({ past, future })).catch(() => undefined);
  }

  return Object.assign(store, {
    dispatch,
    undo: () => step('undo'),
    redo: () => step('redo'),
    setSession,
    notify,
    dismissNotice: (id: number) => setSession({ notices: store.getState().session.notices.filter((n) => n.id !== id) }),
    /** Replaces the document from storage (start-up); history starts empty. */
    load: (doc: PlatsenDocument) => store.setState({ doc, loaded: true, past: [], future: [] }),
    /** Another tab saved a patch: show it, without entering this tab's history. */
    applyRemote: (patch: Patch) => store.setState((s) => ({ doc: applyPatch(s.doc, patch) })),
    /** Resolves when every pending write has settled (for tests and before unload). */
    flushed: () => writing,
  });
}

export type PlatsenStore = ReturnType<typeof createPlatsenStore>;
export type { StoreApi };
