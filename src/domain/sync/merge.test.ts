import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../model';
import { testInvestment } from '../test-kit';
import { mergeChange, sameValue, stampAll, type StoredRecord } from './merge';

const stored = (record: AnyRecord, v = 1, by = 'up'): StoredRecord => ({ record, version: v, fieldVersions: stampAll(record, { v, by }) });
const apply = (s: StoredRecord, outcome: ReturnType<typeof mergeChange>, seq: number): StoredRecord => {
  if (outcome.kind === 'put') return { record: outcome.record, version: seq, fieldVersions: outcome.fieldVersions };
  if (outcome.kind === 'delete') return { ...s, record: null, version: seq };
  return s;
};

describe('field-level merge', () => {
  const inv = testInvestment('inv_a');

  it('merges edits of different fields made on the same version, in either order', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (title, amount, aFirst) => {
      const a = { op: 'update' as const, table: 'investments' as const, id: 'inv_a', base: 1, set: { title } };
      const b = { op: 'update' as const, table: 'investments' as const, id: 'inv_a', base: 1, set: { budget: { ...inv.budget, investment: amount } } };
      const [first, second] = aFirst ? [[a, 'A'], [b, 'B']] as const : [[b, 'B'], [a, 'A']] as const;
      let s = stored(inv);
      s = apply(s, mergeChange(s, first[0], 2, first[1]), 2);
      const outcome = mergeChange(s, second[0], 3, second[1]);
      expect(outcome.kind === 'put' || outcome.kind === 'unchanged').toBe(true);
      s = apply(s, outcome, 3);
      expect(s.record).toMatchObject({ title, budget: { investment: amount } });
    }));
  });

  it('makes the same field changed by two clients to different values a conflict naming it, and changes nothing', () => {
    let s = stored(inv);
    s = apply(s, mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'A', updatedAt: '2026-05-01T00:00:00.000Z' } }, 2, 'A'), 2);
    const clash = mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'B', description: 'x', updatedAt: '2026-05-02T00:00:00.000Z' } }, 3, 'B');
    expect(clash).toEqual({ kind: 'conflict', conflict: { table: 'investments', id: 'inv_a', fields: ['title'], server: s.record, version: 2 } });
    // The same value is no conflict, and a client's own later edit never conflicts with its earlier one.
    expect(mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'A' } }, 3, 'B').kind).toBe('unchanged');
    expect(mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'A2' } }, 3, 'A').kind).toBe('put');
  });

  it('refuses to delete what others edited since, and to touch a record the workspace never had', () => {
    let s = stored(inv);
    s = apply(s, mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'A' } }, 2, 'A'), 2);
    expect(mergeChange(s, { op: 'delete', table: 'investments', id: 'inv_a', base: 1 }, 3, 'B')).toMatchObject({ kind: 'conflict', conflict: { fields: ['title'] } });
    expect(mergeChange(s, { op: 'delete', table: 'investments', id: 'inv_a', base: 2 }, 3, 'B')).toMatchObject({ kind: 'delete', inverse: { op: 'create', record: s.record } });
    expect(mergeChange(undefined, { op: 'update', table: 'investments', id: 'inv_x', base: 0, set: { title: 'x' } }, 3, 'B')).toEqual({ kind: 'refused', reason: 'sync.refused.unknownRecord' });
  });

  it('gives each accepted change its inverse: the old values of exactly the fields it changed', () => {
    const s = stored(inv);
    const outcome = mergeChange(s, { op: 'update', table: 'investments', id: 'inv_a', base: 1, set: { title: 'Ny', category: inv.category } }, 2, 'A');
    expect(outcome).toMatchObject({ kind: 'put', inverse: { op: 'update', base: 2, set: { title: inv.title } } });
    expect(mergeChange(undefined, { op: 'create', table: 'investments', id: 'inv_a', record: inv }, 2, 'A')).toMatchObject({ kind: 'put', inverse: { op: 'delete', base: 2 } });
  });

  it('compares JSON values deeply, whatever the key order', () => {
    expect(sameValue({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
