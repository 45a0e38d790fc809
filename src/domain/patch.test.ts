import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Investment, PlatsenDocument } from './model';
import {
  applyPatch, deleteInto, diffPatch, emptyDraft, getField, invertPatch, isEmptyPatch, patchSize, putInto, refsOf,
  restrictPatch, setField, type Patch,
} from './patch';
import { testDoc, testInvestment, testReview } from './test-kit';

const T1 = '2026-05-01T10:00:00.000Z';
const doc = () => testDoc({
  investments: [testInvestment('i1'), testInvestment('i2')],
  reviews: [testReview('r1', { investmentId: 'i1' })],
});
const edited = (d: PlatsenDocument, id: string, changes: Partial<Investment>): Investment =>
  ({ ...d.investments[id]!, ...changes, updatedAt: T1 });
const edit = (d: PlatsenDocument, id: string, changes: Partial<Investment>): Patch =>
  diffPatch(d, putInto(emptyDraft(), 'investments', edited(d, id, changes)));

describe('diffPatch: a command\'s draft as field-level changes', () => {
  it('names only the fields an edit changes, with their old and new values', () => {
    const before = doc();
    expect(edit(before, 'i1', { title: 'Parken' })).toEqual({
      investments: [{
        op: 'update', id: 'i1', fields: [
          { path: ['updatedAt'], old: before.investments.i1!.updatedAt, new: T1 },
          { path: ['title'], old: 'Insats i1', new: 'Parken' },
        ],
      }],
    });
  });

  it('splits field groups into their own fields, and keeps geometry one field', () => {
    const before = doc();
    const i1 = before.investments.i1!;
    const patch = edit(before, 'i1', {
      budget: { ...i1.budget, investment: 5 },
      geometry: { type: 'Point', coordinates: [13.1, 55.6] },
    });
    const paths = patch.investments![0]!.op === 'update' ? patch.investments![0]!.fields.map((f) => f.path) : [];
    expect(paths.map((p) => p.join('.')).sort()).toEqual(['budget.investment', 'geometry', 'updatedAt']);
  });

  it('creates new records whole, deletes with the whole record kept, and skips what does not change', () => {
    const before = doc();
    const draft = putInto(emptyDraft(), 'investments', testInvestment('i3'), { ...before.investments.i2!, updatedAt: T1 });
    deleteInto(draft, 'reviews', 'r1', 'ghost');
    expect(diffPatch(before, draft)).toEqual({
      investments: [{ op: 'create', id: 'i3', record: testInvestment('i3') }],
      reviews: [{ op: 'delete', id: 'r1', record: before.reviews.r1 }],
    });
  });

  it('keeps one change per record: deletes come first and the last put wins', () => {
    const before = doc();
    const draft = deleteInto(emptyDraft(), 'investments', 'i1');
    putInto(draft, 'investments', edited(before, 'i1', { title: 'A' }), edited(before, 'i1', { title: 'B' }));
    const patch = diffPatch(before, draft);
    expect(patchSize(patch)).toBe(1);
    expect(applyPatch(before, patch).investments.i1!.title).toBe('B');
  });
});

describe('applyPatch and invertPatch', () => {
  it('sets only the patch\'s fields on the record as it is now: a field changed since stays', () => {
    const before = doc();
    const budget = edit(before, 'i1', { budget: { ...before.investments.i1!.budget, investment: 7 } });
    const title = edit(before, 'i1', { title: 'Ny titel' });
    for (const after of [applyPatch(applyPatch(before, budget), title), applyPatch(applyPatch(before, title), budget)]) {
      expect(after.investments.i1!.title).toBe('Ny titel');
      expect(after.investments.i1!.budget.investment).toBe(7);
    }
    // Undoing the budget edit after the title edit gives back the budget and keeps the title.
    const undone = applyPatch(applyPatch(applyPatch(before, budget), title), invertPatch(budget));
    expect(undone.investments.i1!.title).toBe('Ny titel');
    expect(undone.investments.i1!.budget).toEqual(before.investments.i1!.budget);
  });

  it('leaves a record that is gone gone, and keeps the identity of everything it does not touch', () => {
    const before = doc();
    const patch = edit(before, 'i1', { title: 'X' });
    const { i1: _gone, ...rest } = before.investments;
    expect(applyPatch({ ...before, investments: rest }, patch).investments.i1).toBeUndefined();
    const after = applyPatch(before, patch);
    expect(after.reviews).toBe(before.reviews);
    expect(after.investments.i2).toBe(before.investments.i2);
    expect(before.investments.i1!.title).toBe('Insats i1');
  });

  it('inverts without the document: create and delete swap, old and new swap', () => {
    const before = doc();
    const draft = putInto(emptyDraft(), 'investments', edited(before, 'i1', { title: 'Ä' }), testInvestment('i3'));
    deleteInto(draft, 'reviews', 'r1');
    const patch = diffPatch(before, draft);
    const inverse = invertPatch(patch);
    expect(inverse.investments!.map((c) => c.op)).toEqual(['update', 'delete']);
    expect(inverse.reviews).toEqual([{ op: 'create', id: 'r1', record: before.reviews.r1 }]);
    expect(invertPatch(inverse)).toEqual(patch);
  });

  const ids = fc.constantFrom('i1', 'i2', 'i3', 'i4');
  const op = fc.oneof(
    fc.record({ put: ids, title: fc.string(), investment: fc.integer(), x: fc.double({ min: 12, max: 14, noNaN: true }) }),
    fc.record({ del: ids }),
  );
  const draftOf = (d: PlatsenDocument, ops: Array<{ put: string; title: string; investment: number; x: number } | { del: string }>) => {
    const draft = emptyDraft();
    for (const o of ops) {
      if ('del' in o) deleteInto(draft, 'investments', o.del);
      else {
        const base = d.investments[o.put] ?? testInvestment(o.put);
        putInto(draft, 'investments', {
          ...base, title: o.title, budget: { ...base.budget, investment: o.investment },
          geometry: { type: 'Point', coordinates: [o.x, 55.6] },
        });
      }
    }
    return draft;
  };

  it('round-trips any mix of creates, updates and deletes: undo gives the document before, redo the one after', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
      const before = doc();
      const patch = diffPatch(before, draftOf(before, ops));
      const after = applyPatch(before, patch);
      const undone = applyPatch(after, invertPatch(patch));
      expect(undone).toEqual(before);
      expect(applyPatch(undone, patch)).toEqual(after);
    }));
  });

  it('two edits made on the same document to different fields commute and keep both', () => {
    const field = fc.constantFrom('title', 'description', 'internalNotes', 'budget.investment', 'budget.operatingPerYear');
    fc.assert(fc.property(ids, field, field, fc.string(), fc.string(), (id, f1, f2, v1, v2) => {
      fc.pre(f1 !== f2);
      const before = testDoc({ investments: ['i1', 'i2', 'i3', 'i4'].map((i) => testInvestment(i)) });
      const set = (f: string, v: string) => {
        const path = f.split('.');
        const value = path.length === 2 ? v.length : v;
        return diffPatch(before, putInto(emptyDraft(), 'investments', setField(before.investments[id]!, path, value)));
      };
      const [a, b] = [set(f1, v1), set(f2, v2)];
      const ab = applyPatch(applyPatch(before, a), b);
      expect(applyPatch(applyPatch(before, b), a)).toEqual(ab);
      expect(getField(ab.investments[id]!, f1.split('.'))).toEqual(getField(applyPatch(before, a).investments[id]!, f1.split('.')));
      expect(getField(ab.investments[id]!, f2.split('.'))).toEqual(getField(applyPatch(before, b).investments[id]!, f2.split('.')));
    }));
  });
});

describe('fields and helpers', () => {
  it('sets and reads fields by path without changing the record; undefined removes a property', () => {
    const i1 = testInvestment('i1');
    const next = setField(i1, ['budget', 'externalFunding'], 9);
    expect(next.budget).toEqual({ ...i1.budget, externalFunding: 9 });
    expect(i1.budget.externalFunding).toBe(0);
    expect(getField(next, ['budget', 'externalFunding'])).toBe(9);
    expect('description' in setField(i1, ['description'], undefined)).toBe(false);
    expect(getField(i1, ['nothing', 'here'])).toBeUndefined();
  });

  it('counts, lists and restricts what a patch touches, and knows when it is empty', () => {
    const before = doc();
    const draft = putInto(emptyDraft(), 'investments', testInvestment('i9'), edited(before, 'i1', { title: 'Z' }));
    const patch = diffPatch(before, deleteInto(draft, 'reviews', 'r1'));
    expect(isEmptyPatch({})).toBe(true);
    expect(isEmptyPatch({ investments: [] })).toBe(true);
    expect(patchSize(patch)).toBe(3);
    expect(refsOf(patch)).toEqual({ investments: ['i9', 'i1'], reviews: ['r1'] });
    expect(refsOf(restrictPatch(patch, { investments: ['i1'] }))).toEqual({ investments: ['i1'] });
  });
});
