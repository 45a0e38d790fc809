import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../domain/matrix';
import { layoutMatrix, quadrantRect, type MatrixCard } from './matrix-layout';

const BOARD = { width: 800, height: 600 };
const OPTS = { inset: { top: 30, side: 8 }, gap: 6 };

function inside(card: MatrixCard, at: { left: number; top: number }) {
  const q = quadrantRect(quadrantOf(card.place), BOARD.width, BOARD.height);
  return at.left >= q.left && at.top >= q.top && at.left + card.width <= q.left + q.width && at.top + card.height <= q.top + q.height;
}

describe('layoutMatrix', () => {
  it('keeps a card at the edge of the board inside its quadrant', () => {
    const card = { id: 'a', place: { effort: 1, impact: 0 }, width: 200, height: 80 };
    const { positions, fits } = layoutMatrix([card], BOARD, OPTS);
    expect(fits).toBe(true);
    expect(positions.get('a')).toEqual({ left: 800 - 8 - 200, top: 600 - 8 - 80 });
  });

  it('puts a card where its place is when there is room', () => {
    const { positions } = layoutMatrix([{ id: 'a', place: { effort: 0.25, impact: 0.75 }, width: 100, height: 40 }], BOARD, OPTS);
    expect(positions.get('a')).toEqual({ left: 150, top: 130 });
  });

  it('moves cards apart instead of stacking two on the same place', () => {
    const cards = ['a', 'b', 'c'].map((id) => ({ id, place: { effort: 0.2, impact: 0.8 }, width: 160, height: 60 }));
    const { positions, fits } = layoutMatrix(cards, BOARD, OPTS);
    expect(fits).toBe(true);
    const rects = cards.map((c) => ({ ...positions.get(c.id)!, width: c.width, height: c.height }));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        expect(a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top).toBe(true);
      }
    }
  });

  it('says when a quadrant cannot hold its cards', () => {
    const cards = ['a', 'b', 'c', 'd'].map((id) => ({ id, place: { effort: 0.8, impact: 0.2 }, width: 390, height: 140 }));
    expect(layoutMatrix(cards, BOARD, OPTS).fits).toBe(false);
  });

  it('never lets a card out of its quadrant, whatever its place and size', () => {
    const card = fc.record({
      effort: fc.double({ min: 0, max: 1, noNaN: true }), impact: fc.double({ min: 0, max: 1, noNaN: true }),
      width: fc.integer({ min: 20, max: 380 }), height: fc.integer({ min: 20, max: 250 }),
    });
    fc.assert(fc.property(fc.array(card, { minLength: 1, maxLength: 6 }), (list) => {
      const cards = list.map((c, i) => ({ id: String(i), place: { effort: c.effort, impact: c.impact }, width: c.width, height: c.height }));
      const { positions } = layoutMatrix(cards, BOARD, { ...OPTS, step: 10 });
      for (const c of cards) expect(inside(c, positions.get(c.id)!)).toBe(true);
    }), { numRuns: 100 });
  });
});
