// A scene's focus (an area, an investment) must not sit under the corner legend: when the scene's
// camera leaves part of it covered on this screen, the map is fitted to it inside the clear part.
// Boxes over the map mark themselves with `data-map-overlay` (the convention of the map-at-a-glance
// work). PROVISIONAL: that work measures the clear part for every map (map/clear-view.ts,
// mapClearPadding, on branch issue-14); once it is on main, roomPadding gives way to it.
import type { Geometry } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bboxOf } from '../../map/planar';

const MARGIN = 16;

interface Padding { top: number; right: number; bottom: number; left: number }

/** Padding that keeps every overlay out: each box gives up the strip from its cheapest edge. */
export function roomPadding(map: MaplibreMap): Padding {
  const c = map.getCanvas().getBoundingClientRect();
  const pad = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  for (const el of document.querySelectorAll('[data-map-overlay]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    const strips: Array<[keyof Padding, number, number]> = [
      ['left', r.right - c.left, (r.right - c.left) * c.height], ['right', c.right - r.left, (c.right - r.left) * c.height],
      ['top', r.bottom - c.top, (r.bottom - c.top) * c.width], ['bottom', c.bottom - r.top, (c.bottom - r.top) * c.width],
    ];
    const [side, size] = strips.reduce((best, s) => (s[2] < best[2] ? s : best));
    pad[side] = Math.max(pad[side], size + MARGIN);
  }
  return pad;
}

/** Fits the map to `geometry` when part of it is outside the clear part of the view; never closer than `maxZoom`. */
export function keepClear(map: MaplibreMap, geometry: Geometry, maxZoom: number): void {
  const [west, south, east, north] = bboxOf(geometry);
  const pad = roomPadding(map);
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  const clear = nw.x >= pad.left && nw.y >= pad.top && se.x <= width - pad.right && se.y <= height - pad.bottom;
  if (!clear) map.fitBounds([[west, south], [east, north]], { padding: pad, maxZoom });
}
