import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, legendOf } from './class-breaks';

describe('quantile classes', () => {
  it('put equally many values in each class', () => {
    // 8 values in 4 classes, linear interpolation (R type 7): position (8 − 1) × p in the sorted
    // list, so p = .25 → 1.75 → 2 + 0.75 × (3 − 2) = 2.75; p = .5 → 3.5 → 4.5; p = .75 → 5.25 → 6.25.
    const q = classBreaks([8, 1, 7, 2, 6, 3, 5, 4], 4, 'quantile');
    expect(q.breaks).toEqual([1, 2.75, 4.5, 6.25, 8]);
    expect(q.counts).toEqual([2, 2, 2, 2]);
    expect([1, 2, 3, 4.5, 8].map((v) => classOf(q, v))).toEqual([0, 0, 1, 2, 3]);
  });

  it('give the maximum its own class when the upper half of the values equal it', () => {
    // p = .5 → position 2.5 → 9, the maximum: the top class is [9, 9].
    expect(classBreaks([1, 2, 9, 9, 9, 9], 2, 'quantile')).toMatchObject({ breaks: [1, 9, 9], counts: [2, 4] });
  });

  it('leave missing values out and count them', () => {
    const q = classBreaks([null, 3, 1, Number.NaN, 2, 4], 2, 'quantile');
    expect(q).toEqual({ method: 'quantile', breaks: [1, 2.5, 4], counts: [2, 2], missing: 2 });
    expect(classOf(q, null)).toBeNull();
  });

  it('merge classes that many equal values would make empty', () => {
    const q = classBreaks([0, 0, 0, 0, 0, 0, 5, 9], 4, 'quantile');
    // p = .25 and .5 fall on zeros (the minimum) and add no class; p = .75 → 5.25 → 0 + 0.25 × 5 = 1.25.
    expect(q).toMatchObject({ breaks: [0, 1.25, 9], counts: [6, 2] });
    expect(classOf(q, 0)).toBe(0);
  });
});

describe('natural breaks', () => {
  const values = [30, 1, 11, 2, 31, 3, 10, 12];

  it('separate obvious clusters', () => {
    const n = classBreaks(values, 3, 'natural');
    expect(n.breaks).toEqual([1, 10, 30, 31]);
    expect(n.counts).toEqual([3, 3, 2]);
    expect([1, 3, 10, 12, 29, 30, 31].map((v) => classOf(n, v))).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });

  it('give no class to a value outside the classified range', () => {
    const n = classBreaks(values, 3, 'natural');
    expect(classOf(n, 0.5)).toBeNull();
    expect(classOf(n, 40)).toBeNull();
  });

  it('make fewer classes than asked when there are fewer distinct values', () => {
    const two = classBreaks([5, 5, 5, 7], 4, 'natural');
    expect(two).toMatchObject({ breaks: [5, 7, 7], counts: [3, 1] });
    expect(legendOf(two).entries.map((e) => [e.from, e.to, e.includesTo])).toEqual([[5, 7, false], [7, 7, true]]);
    const same = classBreaks([4, 4, null], 5, 'natural');
    expect(same).toEqual({ method: 'natural', breaks: [4, 4], counts: [2], missing: 1 });
    expect(classOf(same, 4)).toBe(0);
  });

  it('have no classes without values', () => {
    const none = classBreaks([null, null], 5, 'natural');
    expect(none).toEqual({ method: 'natural', breaks: [], counts: [], missing: 2 });
    expect(classOf(none, 3)).toBeNull();
    expect(legendOf(none)).toEqual({ entries: [], missing: 2 });
  });
});

describe('legend', () => {
  it('lists each class as half-open, the last closed, with counts and the missing ones', () => {
    const legend = legendOf(classBreaks([1, 2, 3, 10, 11, 12, 30, 31, null], 3, 'natural'));
    expect(legend).toEqual({
      entries: [
        { from: 1, to: 10, includesTo: false, count: 3 },
        { from: 10, to: 30, includesTo: false, count: 3 },
        { from: 30, to: 31, includesTo: true, count: 2 },
      ],
      missing: 1,
    });
  });
});
