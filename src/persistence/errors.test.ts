import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PersistenceError, toPersistenceError } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toPersistenceError', () => {
  it('maps a QuotaExceededError to "quota", keeping the original as cause', () => {
    const original = quota();

    const mapped = toPersistenceError(original);

    expect(mapped).toBeInstanceOf(PersistenceError);
    expect(mapped.code).toBe('quota');
    expect(mapped.cause).toBe(original);
    expect(mapped.message).toBe('persistence.error.quota');
  });

  it('maps Chrome\'s AbortError wrapping a QuotaExceededError (as Dexie reports it) to "quota"', () => {
    const original = new Dexie.AbortError('Transaction aborted', quota());

    expect(toPersistenceError(original).code).toBe('quota');
  });

  it('finds a quota failure among the failures of a bulk write', () => {
    const original = new Dexie.BulkError('bulkPut failed', { 3: quota() });

    expect(toPersistenceError(original).code).toBe('quota');
  });

  it('maps a plain AbortError to "aborted"', () => {
    expect(toPersistenceError(new DOMException('Aborted', 'AbortError')).code).toBe('aborted');
    expect(toPersistenceError(new Dexie.AbortError()).code).toBe('aborted');
  });

  it('maps a database held by a newer version (or closed for its upgrade) to "newer"', () => {
    expect(toPersistenceError(new Dexie.DatabaseClosedError()).code).toBe('newer');
    expect(toPersistenceError(new Dexie.OpenFailedError(new DOMException('newer', 'VersionError'))).code).toBe('newer');
  });

  it('maps anything else to "unknown"', () => {
    expect(toPersistenceError(new Dexie.DataError('no key')).code).toBe('unknown');
    expect(toPersistenceError('a string').code).toBe('unknown');
    expect(toPersistenceError(null).code).toBe('unknown');
  });

  it('passes a PersistenceError through unchanged', () => {
    const error = new PersistenceError('aborted');

    expect(toPersistenceError(error)).toBe(error);
  });
});
