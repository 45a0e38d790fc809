// One round of sync for a shared workspace's copy: push the outbox in order (in batches within the
// protocol's limits), apply each answer, then pull what changed since the last cursor. Rounds run
// one at a time; asking for one while one runs makes exactly one more follow. Network failures
// leave everything in the outbox (it is pushed again later, and a repeat is answered, not applied
// twice); an answer that can never succeed (a malformed or oversized edit) becomes a refusal for
// its author instead of blocking everything behind it.
import type { RecordRefs } from '../domain/patch';
import { MAX_MUTATIONS_PER_PUSH, PROTOCOL_VERSION, type Mutation, type MutationResult } from '../domain/sync/protocol';
import type { OutboxEntry, PlatsenDb } from '../persistence/db';
import type { SharedStatus } from '../store/session';
import { ApiError, OfflineError, type WorkspaceApi } from './api';
import { applyPull, applyPushResults, cursorOf } from './replica';

/** JSON characters per push: under the server's 16 MB limit with room to spare. */
const MAX_PUSH_CHARS = 12_000_000;

export type SyncState = SharedStatus['state'];

export interface SyncStatus {
  state: SyncState;
  /** When the last round finished with everything sent and pulled. */
  syncedAt: string | null;
  /** The last error's message key (state 'error'). */
  error: string | null;
}

export interface SyncEngineOptions {
  db: PlatsenDb;
  api: WorkspaceApi;
  clientId: string;
  /** Records whose shown value a push answer or a pull changed (this tab's store shows them). */
  onChanged(refs: RecordRefs): void;
  onStatus?(status: SyncStatus): void;
}

const toMutation = (e: OutboxEntry): Mutation => ({ id: e.id, label: e.label, changes: e.changes, base: e.base });

export class SyncEngine {
  private status: SyncStatus = { state: 'idle', syncedAt: null, error: null };
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: SyncEngineOptions) {}

  get current(): SyncStatus {
    return this.status;
  }

  /** Runs a round (or, while one runs, one more after it). Never rejects: the status says how it went. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.round();
      } while (this.again);
    })().finally(() => { this.running = null; });
    return this.running;
  }

  private setStatus(changes: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...changes };
    this.options.onStatus?.(this.status);
  }

  private async round(): Promise<void> {
    this.setStatus({ state: 'syncing' });
    try {
      while (await this.pushBatch());
      await this.pull();
      this.setStatus({ state: 'idle', syncedAt: new Date().toISOString(), error: null });
    } catch (e) {
      if (e instanceof OfflineError) this.setStatus({ state: 'offline' });
      else if (e instanceof ApiError && e.status === 401) this.setStatus({ state: 'signedOut' });
      else if (e instanceof ApiError && (e.status === 403 || e.status === 404)) this.setStatus({ state: 'noAccess', error: e.code });
      else this.setStatus({ state: 'error', error: e instanceof ApiError ? e.code : 'server.error.internal' });
    }
  }

  /** Pushes the oldest waiting edits; false when there were none. */
  private async pushBatch(): Promise<boolean> {
    const waiting = await this.options.db.outbox.orderBy(':id').limit(MAX_MUTATIONS_PER_PUSH).toArray();
    if (waiting.length === 0) return false;
    // The oldest edits that fit in one push (always at least one: each is within the limit on its own).
    const sizes = waiting.map((e) => JSON.stringify(e.changes).length);
    let chars = sizes[0]!;
    let n = 1;
    while (n < waiting.length && chars + sizes[n]! <= MAX_PUSH_CHARS) chars += sizes[n++]!;
    await this.push(waiting.slice(0, n));
    return true;
  }

  private async push(batch: OutboxEntry[]): Promise<void> {
    const { api, clientId, db } = this.options;
    let results: MutationResult[];
    try {
      const response = await api.push({ protocol: PROTOCOL_VERSION, clientId, mutations: batch.map(toMutation) });
      results = response.results;
    } catch (e) {
      // Refused whole (malformed, too large): find the edit that is, by sending one at a time;
      // that one becomes a refusal its author sees, and the rest go on.
      if (!(e instanceof ApiError) || (e.status !== 400 && e.status !== 413)) throw e;
      if (batch.length > 1) return this.push(batch.slice(0, 1));
      results = [{ id: batch[0]!.id, status: 'refused', reason: e.code, params: e.params }];
    }
    this.options.onChanged(await applyPushResults(db, batch, results));
  }

  private async pull(): Promise<void> {
    const { api, db } = this.options;
    const since = await cursorOf(db);
    let pulled;
    try {
      pulled = await api.pull(since);
    } catch (e) {
      // The server's history is not the one this copy followed (a restored database): start over.
      if (!(e instanceof ApiError) || e.code !== 'sync.error.cursorAhead') throw e;
      this.options.onChanged(await applyPull(db, await api.pull(0), true));
      return;
    }
    this.options.onChanged(await applyPull(db, pulled, since === 0));
  }
}
