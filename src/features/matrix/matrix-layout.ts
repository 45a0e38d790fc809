// Where each action's card goes on the effort/impact board so that the room reads every one in
// full: a card stays inside the quadrant its place belongs to, as close to its place as it can
// without covering another card. When a quadrant cannot hold its cards, the caller makes the text
// smaller and asks again. Pure: sizes in, pixel positions out.
import { quadrantOf, type MatrixPlace, type Quadrant } from '../../domain/matrix';

export interface MatrixCard {
  id: string;
  place: MatrixPlace;
  /** The card's rendered size, px. */
  width: number;
  height: number;
}

export interface Rect { left: number; top: number; width: number; height: number }

export interface MatrixLayout {
  /** Top-left corner of each card on the board, px. */
  positions: Map<string, { left: number; top: number }>;
  /** False when some card found no free spot in its quadrant (it then sits at its place, overlapping). */
  fits: boolean;
}

/** The quadrant's box on a board of the given size: effort grows to the right, impact upwards. */
export function quadrantRect(q: Quadrant, width: number, height: number): Rect {
  const [ease, size] = q.split('-') as ['easy' | 'hard', 'large' | 'small'];
  return { left: ease === 'easy' ? 0 : width / 2, top: size === 'large' ? 0 : height / 2, width: width / 2, height: height / 2 };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
const apart = (a: Rect, b: Rect, gap: number) =>
  a.left + a.width + gap <= b.left || b.left + b.width + gap <= a.left || a.top + a.height + gap <= b.top || b.top + b.height + gap <= a.top;

/**
 * `inset`: room kept free inside each quadrant's edge (its label sits there); `gap`: between cards.
 * Cards are placed in the order given (the caller sorts by when the action was made), each on the
 * free spot of a fine grid nearest to where its place asks it to be.
 */
export function layoutMatrix(cards: readonly MatrixCard[], board: { width: number; height: number }, { inset, gap, step = 4 }: { inset: { top: number; side: number }; gap: number; step?: number }): MatrixLayout {
  const positions = new Map<string, { left: number; top: number }>();
  const placed: Rect[] = [];
  let fits = true;
  for (const card of cards) {
    const q = quadrantRect(quadrantOf(card.place), board.width, board.height);
    const box = { left: q.left + inset.side, top: q.top + inset.top, right: q.left + q.width - inset.side, bottom: q.top + q.height - inset.side };
    const wantLeft = card.place.effort * board.width - card.width / 2;
    const wantTop = (1 - card.place.impact) * board.height - card.height / 2;
    const maxLeft = box.right - card.width;
    const maxTop = box.bottom - card.height;
    let best: { left: number; top: number; d: number } | null = null;
    if (maxLeft >= box.left && maxTop >= box.top) {
      const free = (left: number, top: number) => placed.every((p) => apart({ left, top, width: card.width, height: card.height }, p, gap));
      // Its own place (kept inside the quadrant) first; else the nearest free spot of a fine grid.
      const left0 = clamp(wantLeft, box.left, maxLeft);
      const top0 = clamp(wantTop, box.top, maxTop);
      if (free(left0, top0)) best = { left: left0, top: top0, d: 0 };
      else {
        for (let left = box.left; left <= maxLeft + 0.001; left += step) {
          for (let top = box.top; top <= maxTop + 0.001; top += step) {
            const d = Math.hypot(left - left0, top - top0);
            if ((!best || d < best.d) && free(left, top)) best = { left, top, d };
          }
        }
      }
    }
    if (!best) {
      fits = false;
      best = { left: clamp(wantLeft, q.left, q.left + q.width - card.width), top: clamp(wantTop, q.top, q.top + q.height - card.height), d: 0 };
    }
    positions.set(card.id, { left: best.left, top: best.top });
    placed.push({ left: best.left, top: best.top, width: card.width, height: card.height });
  }
  return { positions, fits };
}
