// Storage failures reduced to the few cases a user can act on. The code is the suffix of an i18n
// key (`persistence.error.<code>`): the UI says it in the user's language; the original error is
// kept as `cause` for the console and bug reports.
import type { Conflict } from '../domain/patch-conflicts';

export type PersistenceErrorCode =
  /** The browser's storage quota is full: free space or export a backup. */
  | 'quota'
  /** The write was cancelled (by the user, or the transaction was aborted): nothing was written. */
  | 'aborted'
  /** This tab's upgrade waits for another tab that holds the database at an older version: close or reload that tab. */
  | 'blocked'
  /** A newer version of Platsen has upgraded the database (or closed this connection to do so): reload this tab. */
  | 'newer'
  /** A guarded write (undo, redo) found a field changed since by someone else: nothing was written. */
  | 'stale'
  | 'unknown';

export class PersistenceError extends Error {
  constructor(
    readonly code: PersistenceErrorCode,
    cause?: unknown,
    /** For 'stale': where the stored records no longer hold what the write expected. */
    readonly conflicts: readonly Conflict[] = [],
  ) {
    super(`persistence.error.${code}`, { cause });
    this.name = 'PersistenceError';
  }
}

// Dexie errors (and the DOMExceptions they wrap) that mean a newer version holds the database: it is
// at a higher version than this code declares (VersionError), or this connection was closed so that
// a newer tab could upgrade (sync.ts closeOnVersionChange).
const NEWER_NAMES = new Set(['VersionError', 'VersionChangeError', 'DatabaseClosedError']);

/**
 * Maps any error thrown by Dexie or IndexedDB to a PersistenceError. The cause is searched in
 * depth because browsers and Dexie nest it: Chrome reports a full disk as an AbortError whose
 * inner error is the QuotaExceededError, and bulk operations collect failures in a BulkError.
 */
export function toPersistenceError(error: unknown): PersistenceError {
  if (error instanceof PersistenceError) return error;
  const names = errorNames(error);
  if (names.has('QuotaExceededError')) return new PersistenceError('quota', error);
  if ([...names].some((n) => NEWER_NAMES.has(n))) return new PersistenceError('newer', error);
  if (names.has('AbortError')) return new PersistenceError('aborted', error);
  return new PersistenceError('unknown', error);
}

/** Names of the error and of every error nested in it (Dexie `inner`, `cause`, BulkError `failures`). */
function errorNames(error: unknown, seen = new Set<unknown>()): Set<string> {
  const names = new Set<string>();
  if (typeof error !== 'object' || error === null || seen.has(error)) return names;
  seen.add(error);
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string') names.add(e.name);
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  for (const inner of nested) for (const n of errorNames(inner, seen)) names.add(n);
  return names;
}
