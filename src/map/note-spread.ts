// Where each note's card goes on screen, so that notes pinned on the same spot (a room adds three
// without moving the map) are all readable. MapLibre's own collision would hide the ones that do
// not fit; a workshop needs every note seen, so cards are laid out here, greedily, in the order
// the notes were made: each takes the free spot nearest to "just above its pin", kept on the map
// and clear of the boxes floating over it (the legend, the controls) when its pin is on the map.
// Pure: pixels in, pixel offsets out.

export interface CardBox {
  id: string;
  /** The pin on screen, px. */
  x: number;
  y: number;
  /** The card's size on screen, px. */
  width: number;
  height: number;
}

export interface SpreadOptions {
  /** Side of the square kept clear around every pin, px. */
  pin: number;
  /** Space between cards, px. */
  gap: number;
  /** The map on screen, px: a card whose pin is on it stays inside it. */
  bounds?: Rect;
  /** Boxes over the map, px: a card whose pin is on the map does not go under them. */
  avoid?: readonly Rect[];
}

export interface Rect { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (a: Rect, b: Rect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

function rectAt(cx: number, cy: number, w: number, h: number, margin = 0): Rect {
  return { left: cx - w / 2 - margin, top: cy - h / 2 - margin, right: cx + w / 2 + margin, bottom: cy + h / 2 + margin };
}

// Quarter-card steps sideways and half-card steps up and down, three cards wide and six high each
// way: enough room for a dozen notes on one spot, and for a crowded view to find each card a place
// on the map (a few hundred candidates for a dozen cards: nothing at a settled move).
const COLUMNS = 12;
const ROWS = 12;

/** Each card's centre relative to its pin, px (negative dy is up). */
export function spreadCards(cards: readonly CardBox[], { pin, gap, bounds, avoid = [] }: SpreadOptions): Map<string, { dx: number; dy: number }> {
  const pins = cards.map((c) => rectAt(c.x, c.y, pin, pin));
  const seen = (box: Rect) => (!bounds || within(box, bounds)) && !avoid.some((a) => overlaps(box, a));
  const placed: Rect[] = [];
  const result = new Map<string, { dx: number; dy: number }>();
  for (const card of cards) {
    const above = -(pin / 2 + gap + card.height / 2);
    const candidates: Array<{ dx: number; dy: number; d: number }> = [];
    for (let i = -COLUMNS; i <= COLUMNS; i++) {
      for (let j = -ROWS; j <= ROWS; j++) {
        const dx = (i * (card.width + gap)) / 4;
        const dy = above + (j * (card.height + gap)) / 2;
        candidates.push({ dx, dy, d: Math.hypot(dx, dy - above) });
      }
    }
    // Stable: equal distances keep grid order, so the same notes always land in the same places.
    candidates.sort((a, b) => a.d - b.d);
    const isFree = ({ dx, dy }: { dx: number; dy: number }) => {
      const box = rectAt(card.x + dx, card.y + dy, card.width, card.height);
      const padded = rectAt(card.x + dx, card.y + dy, card.width, card.height, gap / 2);
      return !pins.some((p) => overlaps(box, p)) && !placed.some((r) => overlaps(padded, r));
    };
    // A card whose pin is on the map is seen too (even a pin under the legend: its card is read
    // above it), where there is room; else it takes the nearest free spot.
    const onMap = !bounds || within(rectAt(card.x, card.y, 1, 1), bounds);
    const free = (onMap ? candidates.find((c) => isFree(c) && seen(rectAt(card.x + c.dx, card.y + c.dy, card.width, card.height))) : undefined)
      ?? candidates.find(isFree) ?? candidates[0]!;
    placed.push(rectAt(card.x + free.dx, card.y + free.dy, card.width, card.height, gap / 2));
    result.set(card.id, { dx: free.dx, dy: free.dy });
  }
  return result;
}
