import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../model';
import { testInvestment } from '../test-kit';
import { mergeChange, stampAll, type Pushed, type StoredRecord } from './merge';
import type { RecordChange } from './protocol';

const stored = (record: AnyRecord, v = 1, by = 'up'): StoredRecord => ({ record, version: v, fieldVersions: stampAll(record, { v, by }) });
const apply = (s: StoredRecord, outcome: ReturnType<typeof mergeChange>, seq: number): StoredRecord => {
  if (outcome.kind === 'put') return { record: outcome.record, version: seq, fieldVersions: outcome.fieldVersions };
  if (outcome.kind === 'delete') return { ...s, record: null, version: seq };
  return s;
};
const edit = (base: number, client: string, ...fields: Array<[string[], unknown]>): Pushed => ({
  table: 'investments', base, client, change: { op: 'update', id: 'inv_a', fields: fields.map(([path, value]) => ({ path, old: null, new: value })) },
});
const whole = (op: 'create' | 'delete', record: AnyRecord, base: number, client: string): Pushed => ({
  table: 'investments', base, client, change: { op, id: record.id, record } as RecordChange,
});

describe('field-level merge', () => {
  const inv = testInvestment('inv_a');

  it('merges edits of different fields made on the same version, in either order, down to one budget sum', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (title, amount, external, aFirst) => {
      const a = edit(1, 'A', [['title'], title], [['budget', 'investment'], amount]);
      const b = edit(1, 'B', [['budget', 'externalFunding'], external]);
      const [first, second] = aFirst ? [a, b] : [b, a];
      let s = stored(inv);
      s = apply(s, mergeChange(s, first, 2), 2);
      const outcome = mergeChange(s, second, 3);
      expect(outcome.kind === 'put' || outcome.kind === 'unchanged').toBe(true);
      s = apply(s, outcome, 3);
      expect(s.record).toMatchObject({ title, budget: { investment: amount, externalFunding: external, operatingPerYear: inv.budget.operatingPerYear } });
    }));
  });

  it('makes the same field changed by two clients to different values a conflict naming it', () => {
    let s = stored(inv);
    s = apply(s, mergeChange(s, edit(1, 'A', [['title'], 'A'], [['updatedAt'], '2026-05-01T00:00:00.000Z']), 2), 2);
    const clash = mergeChange(s, edit(1, 'B', [['title'], 'B'], [['description'], 'x'], [['updatedAt'], '2026-05-02T00:00:00.000Z']), 3);
    expect(clash).toEqual({ kind: 'conflict', conflict: { table: 'investments', id: 'inv_a', fields: [['title']], server: s.record, version: 2 } });
    // The same value is no conflict, and a client's own later edit never conflicts with its earlier one.
    expect(mergeChange(s, edit(1, 'B', [['title'], 'A']), 3).kind).toBe('unchanged');
    expect(mergeChange(s, edit(1, 'A', [['title'], 'A2']), 3).kind).toBe('put');
  });

  it('sees a change of one budget sum as a change inside the budget a record was created with', () => {
    let s = stored(inv);
    s = apply(s, mergeChange(s, edit(1, 'A', [['budget', 'investment'], 5]), 2), 2);
    expect(mergeChange(s, edit(1, 'B', [['budget'], { ...inv.budget, investment: 7 }]), 3)).toMatchObject({ kind: 'conflict', conflict: { fields: [['budget']] } });
    expect(mergeChange(s, edit(1, 'B', [['budget', 'investment'], 7]), 3)).toMatchObject({ kind: 'conflict', conflict: { fields: [['budget', 'investment']] } });
  });

  it('refuses to delete what others edited since, and to touch a record the workspace never had', () => {
    let s = stored(inv);
    s = apply(s, mergeChange(s, edit(1, 'A', [['title'], 'A']), 2), 2);
    expect(mergeChange(s, whole('delete', inv, 1, 'B'), 3)).toMatchObject({ kind: 'conflict', conflict: { fields: [['title']] } });
    expect(mergeChange(s, whole('delete', inv, 2, 'B'), 3)).toMatchObject({ kind: 'delete', inverse: { op: 'create', record: s.record } });
    expect(mergeChange(undefined, { ...edit(0, 'B', [['title'], 'x']), change: { op: 'update', id: 'inv_x', fields: [{ path: ['title'], old: null, new: 'x' }] } }, 3))
      .toEqual({ kind: 'refused', reason: 'sync.refused.unknownRecord' });
  });

  it('gives each accepted change its inverse from the server\'s values: exactly the fields it changed', () => {
    const s = stored(inv);
    const outcome = mergeChange(s, edit(1, 'A', [['title'], 'Ny'], [['category'], inv.category]), 2);
    expect(outcome).toMatchObject({ kind: 'put', inverse: { op: 'update', fields: [{ path: ['title'], old: 'Ny', new: inv.title }] } });
    expect(mergeChange(undefined, whole('create', inv, 0, 'A'), 2)).toMatchObject({ kind: 'put', inverse: { op: 'delete', record: inv } });
  });
});
