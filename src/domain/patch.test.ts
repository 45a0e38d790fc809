import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, deleteInto, emptyPatch, invertPatch, isEmptyPatch, patchSize, putInto } from './patch';
import { testDoc, testInvestment, testReview } from './test-kit';

const doc = () => testDoc({
  investments: [testInvestment('i1'), testInvestment('i2')],
  reviews: [testReview('r1', { investmentId: 'i1' })],
});

describe('patches', () => {
  it('puts new and changed records and deletes others, without touching the document it was given', () => {
    const before = doc();
    const snapshot = structuredClone(before);
    const changed = { ...before.investments.i1!, title: 'Ändrad' };
    const patch = putInto(emptyPatch(), 'investments', changed, testInvestment('i3'));
    deleteInto(patch, 'investments', 'i2');
    const after = applyPatch(before, patch);
    expect(Object.keys(after.investments).sort()).toEqual(['i1', 'i3']);
    expect(after.investments.i1!.title).toBe('Ändrad');
    expect(before).toEqual(snapshot);
  });

  it('keeps the identity of tables the patch does not touch, and of untouched records', () => {
    const before = doc();
    const after = applyPatch(before, putInto(emptyPatch(), 'investments', testInvestment('i3')));
    expect(after.reviews).toBe(before.reviews);
    expect(after.areas).toBe(before.areas);
    expect(after.workspace).toBe(before.workspace);
    expect(after.investments).not.toBe(before.investments);
    expect(after.investments.i1).toBe(before.investments.i1);
  });

  it('inverts to restore changed records, remove added ones and bring deleted ones back', () => {
    const before = doc();
    const patch = putInto(emptyPatch(), 'investments', { ...before.investments.i1!, title: 'Ändrad' }, testInvestment('i3'));
    deleteInto(patch, 'investments', 'i2');
    deleteInto(patch, 'reviews', 'r1');
    const inverse = invertPatch(before, patch);
    const after = applyPatch(before, patch);
    expect(applyPatch(after, inverse)).toEqual(before);
    expect(applyPatch(applyPatch(after, inverse), patch)).toEqual(after);
    expect(inverse.delete.investments).toEqual(['i3']);
    expect(inverse.put.reviews).toEqual([before.reviews.r1]);
  });

  it('inverts a delete of a record that does not exist to nothing harmful', () => {
    const before = doc();
    const patch = deleteInto(emptyPatch(), 'investments', 'ghost');
    expect(applyPatch(applyPatch(before, patch), invertPatch(before, patch))).toEqual(before);
  });

  it('round-trips any mix of puts and deletes, including the same id twice', () => {
    const id = fc.constantFrom('i1', 'i2', 'i3', 'i4');
    const op = fc.oneof(
      fc.record({ put: id, title: fc.string() }),
      fc.record({ del: id }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
      const before = doc();
      const patch = emptyPatch();
      for (const o of ops) {
        if ('put' in o) putInto(patch, 'investments', testInvestment(o.put, { title: o.title }));
        else deleteInto(patch, 'investments', o.del);
      }
      const after = applyPatch(before, patch);
      expect(applyPatch(after, invertPatch(before, patch))).toEqual(before);
    }));
  });

  it('counts the records it touches and knows when it is empty', () => {
    expect(isEmptyPatch(emptyPatch())).toBe(true);
    expect(isEmptyPatch({ put: { investments: [] }, delete: { reviews: [] } })).toBe(true);
    const patch = deleteInto(putInto(emptyPatch(), 'investments', testInvestment('i9')), 'reviews', 'r1', 'r2');
    expect(isEmptyPatch(patch)).toBe(false);
    expect(patchSize(patch)).toBe(3);
  });
});
