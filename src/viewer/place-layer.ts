// The searched address or the reader's location on the public map, with the circle the "nearby"
// list covers: a dashed ring and a dot in a colour of its own (not a phase, not the selection).
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { circle } from '../search/distance';

export interface PlaceMark {
  center: [number, number];
  /** Metres. */
  radius: number;
}

const SOURCE = 'viewer-place';
const COLOUR = '#b0126b';

function data(place: PlaceMark | null): FeatureCollection {
  if (!place) return { type: 'FeatureCollection', features: [] };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { part: 'ring' }, geometry: circle(place.center, place.radius) },
      { type: 'Feature', properties: { part: 'point' }, geometry: { type: 'Point', coordinates: place.center } },
    ],
  };
}

/** Adds the source and layers to a freshly loaded style (on top of everything). */
export function addPlaceLayer(map: MaplibreMap, place: PlaceMark | null): void {
  map.addSource(SOURCE, { type: 'geojson', data: data(place) });
  map.addLayer({
    id: 'viewer-place-ring', type: 'line', source: SOURCE, filter: ['==', ['get', 'part'], 'ring'],
    paint: { 'line-color': COLOUR, 'line-width': 2, 'line-dasharray': [2, 2] },
  });
  map.addLayer({
    id: 'viewer-place-point', type: 'circle', source: SOURCE, filter: ['==', ['get', 'part'], 'point'],
    paint: { 'circle-radius': 7, 'circle-color': COLOUR, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  });
}

export function setPlace(map: MaplibreMap, place: PlaceMark | null): void {
  map.getSource<GeoJSONSource>(SOURCE)?.setData(data(place));
}
