import { describe, expect, it } from 'vitest';
import type { Investment, PlatsenDocument } from './model';
import { applyPatch, diffPatch, emptyDraft, invertPatch, putInto, deleteInto, type Patch } from './patch';
import { findConflicts, resolveConflicts, type Lookup } from './patch-conflicts';
import { checkPatch } from './patch-check';
import { testDoc, testInvestment } from './test-kit';
import { DomainError } from './errors';

const lookupIn = (d: PlatsenDocument): Lookup => (table, id) => (d[table] as Record<string, never>)[id];
const edit = (d: PlatsenDocument, id: string, changes: Partial<Investment>, at = '2026-05-01T10:00:00.000Z'): Patch =>
  diffPatch(d, putInto(emptyDraft(), 'investments', { ...d.investments[id]!, ...changes, updatedAt: at }));

/** A's budget edit, then B's title edit: the situation of the first reproduction. */
function twoEdits() {
  const before = testDoc({ investments: [testInvestment('i1')] });
  const budgetEdit = edit(before, 'i1', { budget: { investment: 5, operatingPerYear: 0, externalFunding: 0 } });
  const afterA = applyPatch(before, budgetEdit);
  const titleEdit = edit(afterA, 'i1', { title: 'B:s titel' }, '2026-05-02T10:00:00.000Z');
  return { before, budgetEdit, now: applyPatch(afterA, titleEdit) };
}

describe('conflicts of a patch applied later (undo, redo, a late push)', () => {
  it('finds none when the fields it restores still hold what the edit left, whatever else changed', () => {
    const { before, budgetEdit, now } = twoEdits();
    const undo = invertPatch(budgetEdit);
    expect(findConflicts(undo, lookupIn(now))).toEqual([]);
    const undone = applyPatch(now, resolveConflicts(undo, lookupIn(now), 'skip'));
    expect(undone.investments.i1!.title).toBe('B:s titel');
    expect(undone.investments.i1!.budget).toEqual(before.investments.i1!.budget);
  });

  it('lists a field changed since, and skips it or overwrites it knowingly', () => {
    const { before, budgetEdit, now } = twoEdits();
    const later = applyPatch(now, edit(now, 'i1', { budget: { ...now.investments.i1!.budget, investment: 9 } }));
    const undo = invertPatch(budgetEdit);
    expect(findConflicts(undo, lookupIn(later))).toEqual([
      { table: 'investments', id: 'i1', path: ['budget', 'investment'], expected: 5, current: 9, wanted: 0 },
    ]);
    const skipped = resolveConflicts(undo, lookupIn(later), 'skip');
    expect(skipped).toEqual({});
    const overwrite = resolveConflicts(undo, lookupIn(later), 'overwrite');
    const undone = applyPatch(later, overwrite);
    expect(undone.investments.i1!.budget).toEqual(before.investments.i1!.budget);
    // The inverse of what was really done (the redo) puts back the value that was overwritten.
    expect(applyPatch(undone, invertPatch(overwrite)).investments.i1!.budget.investment).toBe(9);
  });

  it('never counts updatedAt, or a field that already holds the value wanted', () => {
    const { budgetEdit, now } = twoEdits();
    const same = applyPatch(now, edit(now, 'i1', { budget: { ...now.investments.i1!.budget, investment: 0 } }));
    expect(findConflicts(invertPatch(budgetEdit), lookupIn(same))).toEqual([]);
  });

  it('says when the record is gone, and drops its changes either way', () => {
    const { budgetEdit, now } = twoEdits();
    const gone = { ...now, investments: {} };
    expect(findConflicts(invertPatch(budgetEdit), lookupIn(gone))).toEqual([
      { table: 'investments', id: 'i1', path: null, expected: undefined, current: undefined, wanted: undefined },
    ]);
    expect(resolveConflicts(invertPatch(budgetEdit), lookupIn(gone), 'overwrite')).toEqual({});
  });

  it('treats the undo of a create as a conflict when the record was edited since', () => {
    const before = testDoc();
    const create = diffPatch(before, putInto(emptyDraft(), 'investments', testInvestment('n1')));
    const created = applyPatch(before, create);
    const edited = applyPatch(created, edit(created, 'n1', { title: 'Ändrad' }));
    const undo = invertPatch(create);
    expect(findConflicts(undo, lookupIn(edited))).toEqual([
      { table: 'investments', id: 'n1', path: ['title'], expected: 'Insats n1', current: 'Ändrad', wanted: undefined },
    ]);
    expect(resolveConflicts(undo, lookupIn(edited), 'skip')).toEqual({});
    const deleted = resolveConflicts(undo, lookupIn(edited), 'overwrite');
    expect(deleted).toEqual({ investments: [{ op: 'delete', id: 'n1', record: edited.investments.n1 }] });
    // Undo of a create whose record is already gone: nothing to do, nothing to ask.
    expect(findConflicts(undo, lookupIn(before))).toEqual([]);
    expect(resolveConflicts(undo, lookupIn(before), 'skip')).toEqual({});
  });

  it('treats a create over an existing, different record as a conflict', () => {
    const before = testDoc({ investments: [testInvestment('i1', { title: 'Finns' })] });
    const create: Patch = { investments: [{ op: 'create', id: 'i1', record: testInvestment('i1') }] };
    expect(findConflicts(create, lookupIn(before)).map((c) => c.path)).toEqual([['title']]);
    const overwrite = resolveConflicts(create, lookupIn(before), 'overwrite');
    expect(applyPatch(before, overwrite).investments.i1).toEqual(testInvestment('i1'));
    expect(applyPatch(applyPatch(before, overwrite), invertPatch(overwrite))).toEqual(before);
  });
});

describe('checkPatch: patches from outside', () => {
  const code = (value: unknown) => {
    try {
      checkPatch(value);
      return 'ok';
    } catch (e) {
      return e instanceof DomainError ? e.code : String(e);
    }
  };

  it('accepts what diffPatch makes', () => {
    const before = testDoc({ investments: [testInvestment('i1')] });
    const draft = deleteInto(putInto(emptyDraft(), 'investments', testInvestment('i2')), 'investments', 'i1');
    expect(code(diffPatch(before, draft))).toBe('ok');
    expect(code(edit(before, 'i1', { budget: { investment: 1, operatingPerYear: 2, externalFunding: 3 } }))).toBe('ok');
  });

  it('refuses unknown tables, ids that are not ids, paths into prototypes, a record twice and review updates', () => {
    const update = (id: unknown, path: unknown = ['title']) => ({ op: 'update', id, fields: [{ path, old: 1, new: 2 }] });
    expect(code({ users: [] })).toBe('patch.error.table');
    for (const id of ['__proto__', 'constructor', '', ' x', 7, null]) expect(code({ investments: [update(id)] })).toBe('patch.error.id');
    expect(code({ investments: [update('i1', ['__proto__', 'polluted'])] })).toBe('patch.error.field');
    expect(code({ investments: [update('i1', ['title', 'x'])] })).toBe('patch.error.field');
    expect(code({ investments: [update('i1', ['id'])] })).toBe('patch.error.field');
    expect(code({ investments: [update('i1'), update('i1')] })).toBe('patch.error.twice');
    expect(code({ reviews: [update('r1', ['decision'])] })).toBe('patch.error.appendOnly');
    expect(code({ investments: [{ op: 'create', id: 'a', record: { id: 'b' } }] })).toBe('patch.error.shape');
    expect(code({ investments: [{ op: 'merge', id: 'a' }] })).toBe('patch.error.shape');
    expect(code([])).toBe('patch.error.shape');
  });
});
