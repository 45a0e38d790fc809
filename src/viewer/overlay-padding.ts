// Padding that keeps what the map shows clear of the boxes floating over it (the legend, the zoom
// buttons, the credits): each box pushes the side it takes the least room from. Used when the map
// opens on the areas and whenever it flies to a place, so the target never lands under the legend.
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MARGIN = 12;
// Area names are centred on their areas and run past their edges: more room left and right.
const BASE = { top: 30, right: 70, bottom: 30, left: 70 };

export function paddingClearOf(container: Element, overlays: Iterable<Element>): Padding {
  const c = container.getBoundingClientRect();
  const padding: Padding = { ...BASE };
  for (const el of overlays) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    const sides: Array<[keyof Padding, number]> = [
      ['left', r.right - c.left], ['right', c.right - r.left], ['top', r.bottom - c.top], ['bottom', c.bottom - r.top],
    ];
    const [side, room] = sides.reduce((best, s) => (s[1] < best[1] ? s : best));
    padding[side] = Math.max(padding[side], room + MARGIN);
  }
  // Never pad away more than half the map in either direction.
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const excess = padding[a] + padding[b] - size / 2;
    if (excess > 0) {
      const scale = (size / 2) / (padding[a] + padding[b]);
      padding[a] = Math.round(padding[a] * scale);
      padding[b] = Math.round(padding[b] * scale);
    }
  };
  fit('left', 'right', c.width);
  fit('top', 'bottom', c.height);
  return padding;
}
