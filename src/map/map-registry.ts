// The one editor map, for panels that need to move it (fly to a selection) without holding a
// reference through React props. Set by the controller while its map exists; overlays that must
// appear as soon as it does subscribe (onMap).
import type { Map as MaplibreMap } from 'maplibre-gl';

let current: MaplibreMap | null = null;
const listeners = new Set<(map: MaplibreMap | null) => void>();

export function setMap(map: MaplibreMap | null): void {
  current = map;
  for (const l of listeners) l(map);
}

export function getMap(): MaplibreMap | null {
  return current;
}

/** Calls back with the map now and whenever it is replaced; returns the unsubscriber. */
export function onMap(listener: (map: MaplibreMap | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
