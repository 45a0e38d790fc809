// Moves the map to show a geometry in the part of the view no floating box covers (clear-view.ts):
// a selection picked in a list, the filter's results, the whole workspace. A click on the map
// selects what is already in view, so the map itself never flies then.
import type { Geometry } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Investment, PlatsenDocument } from '../domain/model';
import type { Selection } from '../store/session';
import { mapClearPadding, type Padding } from './clear-view';
import { getMap } from './map-registry';
import { bboxOf } from './planar';

export interface FocusOptions {
  /** Pixels kept clear on each side; by default measured from the overlays on screen. */
  padding?: Padding;
  /** The closest zoom a small feature or a point is shown at. */
  maxZoom?: number;
  /** false: jump there (opening the map); otherwise a flight, short or none for reduced motion. */
  animate?: boolean;
}

const MAX_ZOOM = 16;

export function focusOn(map: MaplibreMap, geometry: Geometry, options: FocusOptions = {}): void {
  const padding = options.padding ?? mapClearPadding(map);
  const maxZoom = options.maxZoom ?? MAX_ZOOM;
  const [west, south, east, north] = bboxOf(geometry);
  const point = west === east && south === north;
  // fitBounds places the box in the padded part of the view without keeping the padding on the
  // map (flyTo's padding stays and shifts every later camera). A point is shown a step short of
  // the closest zoom, or closer if the map already is. MapLibre shortens or skips the animation
  // when the user prefers reduced motion.
  map.fitBounds([[west, south], [east, north]], { padding, maxZoom: point ? Math.max(map.getZoom(), maxZoom - 1) : maxZoom, animate: options.animate ?? true });
}

/** The geometry an investment is shown with: a whole-area investment counts with its area's shape. */
function investmentGeometry(doc: PlatsenDocument, inv: Investment): Geometry {
  const area = inv.wholeArea && inv.areaId ? doc.areas[inv.areaId] : undefined;
  return area ? area.geometry : inv.geometry;
}

const collectionOf = (geometries: Geometry[]): Geometry | null =>
  geometries.length === 0 ? null : geometries.length === 1 ? geometries[0]! : { type: 'GeometryCollection', geometries };

/** Everything selected as one geometry. */
export function selectionGeometry(doc: PlatsenDocument, selection: Selection): Geometry | null {
  if (!selection) return null;
  return collectionOf(selection.ids.flatMap((id): Geometry[] => {
    if (selection.type === 'area') return doc.areas[id] ? [doc.areas[id].geometry] : [];
    const inv = doc.investments[id];
    return inv ? [investmentGeometry(doc, inv)] : [];
  }));
}

/** The investments as one geometry (the filter's results). */
export function investmentsGeometry(doc: PlatsenDocument, investments: readonly Investment[]): Geometry | null {
  return collectionOf(investments.map((inv) => investmentGeometry(doc, inv)));
}

/** The workspace's extent: every area and investment. */
export function workspaceGeometry(doc: PlatsenDocument): Geometry | null {
  return collectionOf([...Object.values(doc.areas).map((a) => a.geometry), ...Object.values(doc.investments).map((inv) => investmentGeometry(doc, inv))]);
}

/** For panels: shows the selection on the editor map, if there is one. */
export function focusSelection(doc: PlatsenDocument, selection: Selection, options?: FocusOptions): void {
  const map = getMap();
  const geometry = selectionGeometry(doc, selection);
  if (map && geometry) focusOn(map, geometry, options);
}

/** For panels: shows all of `investments` on the editor map ("Zooma till träffarna"). */
export function focusInvestments(doc: PlatsenDocument, investments: readonly Investment[]): void {
  const map = getMap();
  const geometry = investmentsGeometry(doc, investments);
  if (map && geometry) focusOn(map, geometry);
}
