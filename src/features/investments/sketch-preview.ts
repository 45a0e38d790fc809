// Keeps a just-drawn geometry visible while its form is filled in (terra-draw has let go of it).
// Lines and polygons use the area tools' overlay; a point, which that overlay draws no symbol for,
// gets a marker built from DOM nodes.
import type { Geometry } from 'geojson';
import { Marker, type Map as MaplibreMap } from 'maplibre-gl';
import { clearDrawOverlay, showDrawOverlay } from '../../map/reference/draw-overlay';

/** Shows the sketch; returns what removes it. */
export function showSketch(map: MaplibreMap, geometry: Geometry): () => void {
  if (geometry.type === 'Point') {
    const marker = new Marker({ color: '#f08c00' }).setLngLat(geometry.coordinates as [number, number]).addTo(map);
    return () => marker.remove();
  }
  showDrawOverlay(map, { sketch: geometry });
  return () => clearDrawOverlay(map);
}
