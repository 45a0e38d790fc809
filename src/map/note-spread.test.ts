import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadCards, type CardBox } from './note-spread';

const OPTS = { pin: 24, gap: 6 };
const box = (c: CardBox, o: { dx: number; dy: number }) => ({
  left: c.x + o.dx - c.width / 2, right: c.x + o.dx + c.width / 2, top: c.y + o.dy - c.height / 2, bottom: c.y + o.dy + c.height / 2,
});
type Box = ReturnType<typeof box>;
const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
const pinBox = (c: CardBox): Box => ({ left: c.x - 12, right: c.x + 12, top: c.y - 12, bottom: c.y + 12 });

function check(cards: CardBox[]) {
  const offsets = spreadCards(cards, OPTS);
  const boxes = cards.map((c) => box(c, offsets.get(c.id)!));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i]!, boxes[j]!)).toBe(true);
    for (const c of cards) expect(apart(boxes[i]!, pinBox(c))).toBe(true);
  }
  return offsets;
}

describe('spreadCards', () => {
  it('puts a lone card just above its pin', () => {
    const offsets = check([{ id: 'a', x: 100, y: 100, width: 200, height: 60 }]);
    expect(offsets.get('a')).toEqual({ dx: 0, dy: -(12 + 6 + 30) });
  });

  it('spreads notes pinned on one spot so that no card covers another or any pin', () => {
    const cards = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 300, y: 300, width: 240, height: 70 }));
    const offsets = check(cards);
    expect(new Set([...offsets.values()].map((o) => `${o.dx},${o.dy}`)).size).toBe(4);
    // The first one made keeps the best place.
    expect(offsets.get('a')).toEqual({ dx: 0, dy: -(12 + 6 + 35) });
  });

  it('leaves notes far apart where they are', () => {
    const offsets = check([{ id: 'a', x: 0, y: 0, width: 100, height: 40 }, { id: 'b', x: 500, y: 500, width: 100, height: 40 }]);
    expect(offsets.get('b')).toEqual({ dx: 0, dy: -(12 + 6 + 20) });
  });

  it('never overlaps up to a dozen cards of any size near each other', () => {
    const card = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 40, max: 260 }), height: fc.integer({ min: 20, max: 90 }) });
    fc.assert(fc.property(fc.array(card, { minLength: 1, maxLength: 12 }), (list) => {
      check(list.map((c, i) => ({ ...c, id: String(i) })));
    }), { numRuns: 200 });
  });

  it('keeps a card on the map and out from under the boxes over it, when its pin is on the map', () => {
    const bounds = { left: 0, top: 0, right: 800, bottom: 600 };
    const legend = { left: 0, top: 480, right: 300, bottom: 600 };
    const near = { id: 'a', x: 320, y: 560, width: 200, height: 60 };
    const top = { id: 'b', x: 600, y: 20, width: 200, height: 60 };
    const offsets = spreadCards([near, top], { ...OPTS, bounds, avoid: [legend] });
    const a = box(near, offsets.get('a')!);
    // Just above its pin it would reach under the legend.
    expect(apart(box(near, { dx: 0, dy: -(12 + 6 + 30) }), legend)).toBe(false);
    expect(apart(a, legend)).toBe(true);
    expect(a.top >= 0 && a.bottom <= 600 && a.left >= 0 && a.right <= 800).toBe(true);
    // Just above its pin it would stick out of the map's top edge.
    const b = box(top, offsets.get('b')!);
    expect(b.top).toBeGreaterThanOrEqual(0);
    // A pin under the legend has its card read above the legend; a pin off the map keeps its card beside it.
    const hidden = { id: 'c', x: 100, y: 590, width: 120, height: 40 };
    expect(apart(box(hidden, spreadCards([hidden], { ...OPTS, bounds, avoid: [legend] }).get('c')!), legend)).toBe(true);
    const off = { id: 'd', x: 900, y: 300, width: 120, height: 40 };
    expect(spreadCards([off], { ...OPTS, bounds, avoid: [legend] }).get('d')).toEqual({ dx: 0, dy: -(12 + 6 + 20) });
  });
});
