// Arrow-key movement on the gate board: up and down within a column, left and right to the
// nearest column that has cards, keeping the row as far as that column reaches.
import type { Id } from '../../domain/model';

export type BoardKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isBoardKey(key: string): key is BoardKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/** The card to focus after pressing `key` on card `from`; the same card at an edge. */
export function nextCard(columns: Id[][], from: Id, key: BoardKey): Id {
  const col = columns.findIndex((c) => c.includes(from));
  if (col < 0) return from;
  const cards = columns[col]!;
  const row = cards.indexOf(from);
  switch (key) {
    case 'ArrowUp': return cards[Math.max(row - 1, 0)]!;
    case 'ArrowDown': return cards[Math.min(row + 1, cards.length - 1)]!;
    case 'Home': return cards[0]!;
    case 'End': return cards.at(-1)!;
    default: {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let c = col + step; c >= 0 && c < columns.length; c += step) {
        const other = columns[c]!;
        if (other.length) return other[Math.min(row, other.length - 1)]!;
      }
      return from;
    }
  }
}
