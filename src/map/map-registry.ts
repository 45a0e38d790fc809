// The one editor map, for panels that need to move it (fly to a selection) without holding a
// reference through React props. Set by the controller while its map exists.
import type { Map as MaplibreMap } from 'maplibre-gl';

let current: MaplibreMap | null = null;

export function setMap(map: MaplibreMap | null): void {
  current = map;
}

export function getMap(): MaplibreMap | null {
  return current;
}
