// Moves the map to show a geometry: called by panels when the user picks something in a list
// (a click on the map selects what is already in view, so the map itself never flies).
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';

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
