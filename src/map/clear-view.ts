// The part of the map no floating box covers, as padding for MapLibre's cameras: measured from the
// boxes' real sizes on screen, so moving to a selection or to filter results keeps the target
// clear of every overlay (legend, controls, notices, the panel button), whatever is open.
// Every map screen uses it (editor, presentation, public viewer): mark a box floating over a map
// with the attribute `data-map-overlay` (MapLibre's own controls count without it), or pass the
// boxes to paddingClearOf.
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface Rect { left: number; top: number; right: number; bottom: number }
/** Pixels kept clear on each side (MapLibre's Padding). */
export interface Padding { top: number; right: number; bottom: number; left: number }

export const OVERLAY_SELECTOR = '[data-map-overlay], .maplibregl-ctrl';
/** Room kept between a target and the nearest box or edge. */
export const CLEAR_MARGIN = 16;
/** The most of the map's width or height the padding may take. */
const MAX_SHARE = 0.6;

type Side = keyof Padding;

export interface ClearOptions {
  /** Room kept between a target and the nearest box or edge. */
  margin?: number;
  /** At least this much on each side, boxes or not (the public map keeps room for area names). */
  base?: Padding;
}

/**
 * Padding that keeps `overlays` out of the view of a map drawn in `map`. Each box that covers part
 * of the map is given up with the strip from the nearest-cost edge: the one whose strip (from that
 * edge to the box's far side) loses the least map area. A box in a corner is never paid for twice.
 */
export function clearPadding(map: Rect, overlays: readonly Rect[], { margin = CLEAR_MARGIN, base }: ClearOptions = {}): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of overlays) {
    const [l, t, r, b] = [Math.max(o.left, map.left), Math.max(o.top, map.top), Math.min(o.right, map.right), Math.min(o.bottom, map.bottom)];
    if (l >= r || t >= b) continue;
    const strips: Array<[Side, number, number]> = [
      ['left', r - map.left, (r - map.left) * height],
      ['right', map.right - l, (map.right - l) * height],
      ['top', b - map.top, (b - map.top) * width],
      ['bottom', map.bottom - t, (map.bottom - t) * width],
    ];
    const [side, size] = strips.reduce((best, s) => (s[2] < best[2] ? s : best));
    pad[side] = Math.max(pad[side], size);
  }
  for (const side of ['top', 'right', 'bottom', 'left'] as const) pad[side] = Math.max(pad[side] + margin, base?.[side] ?? 0);
  // Never more than this share of the map: a target must have room to be shown at all (a phone).
  const fit = (a: Side, b: Side, total: number) => {
    const scale = Math.min(1, (total * MAX_SHARE) / Math.max(1, pad[a] + pad[b]));
    pad[a] = Math.round(pad[a] * scale);
    pad[b] = Math.round(pad[b] * scale);
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return pad;
}

const rectOf = (el: Element): Rect => el.getBoundingClientRect();
const drawn = (r: Rect) => r.right > r.left && r.bottom > r.top;

/** Padding that keeps these overlay elements out of the view of a map drawn in `map` (hidden ones count for nothing). */
export function paddingClearOf(map: Element, overlays: Iterable<Element>, options?: ClearOptions): Padding {
  return clearPadding(rectOf(map), [...overlays].map(rectOf).filter(drawn), options);
}

/** Padding that keeps every overlay on the page out of a camera move of `map`. */
export function mapClearPadding(map: MaplibreMap, margin = CLEAR_MARGIN): Padding {
  const canvas = map.getCanvas();
  return paddingClearOf(canvas, canvas.ownerDocument.querySelectorAll(OVERLAY_SELECTOR), { margin });
}

/** The map and the boxes over it, in the canvas's pixels (for laying things out clear of them). */
export function overlaysOn(map: MaplibreMap): { bounds: Rect; overlays: Rect[] } {
  const canvas = map.getCanvas();
  const c = rectOf(canvas);
  const overlays = [...canvas.ownerDocument.querySelectorAll(OVERLAY_SELECTOR)].map(rectOf).filter(drawn)
    .map((r) => ({ left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top }));
  return { bounds: { left: 0, top: 0, right: c.right - c.left, bottom: c.bottom - c.top }, overlays };
}

/** The clear part of the map in the canvas's pixels (for checks: is a point in it?). */
export function clearRect(map: MaplibreMap, margin = 0): Rect {
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const p = mapClearPadding(map, margin);
  return { left: p.left, top: p.top, right: width - p.right, bottom: height - p.bottom };
}
