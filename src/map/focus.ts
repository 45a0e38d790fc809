// Moves the map to show a geometry: called by panels when the user picks something in a list
// (a click on the map selects what is already in view, so the map itself never flies).
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import type { PlatsenDocument } from '../domain/model';
import type { Selection } from '../store/session';
import { getMap } from './map-registry';

export interface FocusOptions {
  /** Pixels kept clear on each side, e.g. for the left panel over the map. */
  padding?: Partial<PaddingOptions>;
  /** The closest zoom a small feature or a point is shown at. */
  maxZoom?: number;
}

const DEFAULT_PADDING: PaddingOptions = { top: 60, right: 60, bottom: 60, left: 60 };

export function focusOn(map: MaplibreMap, geometry: Geometry, options: FocusOptions = {}): void {
  const padding = { ...DEFAULT_PADDING, ...options.padding };
  const maxZoom = options.maxZoom ?? 16;
  const [west, south, east, north] = bbox(geometry);
  // MapLibre shortens or skips the animation itself when the user prefers reduced motion.
  if (west === east && south === north) {
    map.flyTo({ center: [west!, south!], zoom: Math.max(map.getZoom(), maxZoom - 1), padding });
  } else {
    map.fitBounds([[west!, south!], [east!, north!]], { padding, maxZoom });
  }
}

/** Everything selected as one geometry (a whole-area investment counts with its area's shape). */
export function selectionGeometry(doc: PlatsenDocument, selection: Selection): Geometry | null {
  if (!selection) return null;
  const geometries = selection.ids.flatMap((id): Geometry[] => {
    if (selection.type === 'area') return doc.areas[id] ? [doc.areas[id].geometry] : [];
    const inv = doc.investments[id];
    if (!inv) return [];
    const area = inv.wholeArea && inv.areaId ? doc.areas[inv.areaId] : undefined;
    return [area ? area.geometry : inv.geometry];
  });
  if (geometries.length === 0) return null;
  return geometries.length === 1 ? geometries[0]! : { type: 'GeometryCollection', geometries };
}

/** For panels: shows the selection on the editor map, if there is one. */
export function focusSelection(doc: PlatsenDocument, selection: Selection, options?: FocusOptions): void {
  const map = getMap();
  const geometry = selectionGeometry(doc, selection);
  if (map && geometry) focusOn(map, geometry, options);
}
