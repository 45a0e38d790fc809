// A scene's focus (an area, an investment) must not sit under the corner legend or the room's
// other boxes: when the scene's camera leaves part of it covered on this screen, the map is fitted
// to it inside the clear part, measured as every map screen measures it (map/clear-view.ts).
import type { Geometry } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { CLEAR_MARGIN, clearRect } from '../../map/clear-view';
import { focusOn } from '../../map/focus';
import { bboxOf } from '../../map/planar';

/** Fits the map to `geometry` when part of it is outside the clear part of the view (never closer than `maxZoom`); says whether it did. */
export function keepClear(map: MaplibreMap, geometry: Geometry, maxZoom: number): boolean {
  const [west, south, east, north] = bboxOf(geometry);
  const clear = clearRect(map, CLEAR_MARGIN);
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  const inside = nw.x >= clear.left && nw.y >= clear.top && se.x <= clear.right && se.y <= clear.bottom;
  if (!inside) focusOn(map, geometry, { maxZoom });
  return !inside;
}
