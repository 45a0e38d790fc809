// The features of a file being imported, drawn on the editor map while the user decides: a
// temporary source and three layers (fill, line, circle) that are removed when the dialog closes.
import type { Feature, Geometry } from 'geojson';
import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { NormalisedFeature } from '../../domain/io/types';
import { toWgs84GeoJSON } from '../../domain/io/import-pipeline';
import { mapClearPadding } from '../../map/clear-view';
import { focusOn } from '../../map/focus';
import { getMap } from '../../map/map-registry';

export const PREVIEW_SOURCE = 'platsen-import-preview';
const COLOUR = '#d9480f';
const LAYERS: LayerSpecification[] = [
  { id: `${PREVIEW_SOURCE}-fill`, type: 'fill', source: PREVIEW_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': COLOUR, 'fill-opacity': 0.2 } },
  { id: `${PREVIEW_SOURCE}-line`, type: 'line', source: PREVIEW_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': COLOUR, 'line-width': 2, 'line-dasharray': [2, 1] } },
  { id: `${PREVIEW_SOURCE}-point`, type: 'circle', source: PREVIEW_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': COLOUR, 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 } },
];

function remove(map: MaplibreMap): void {
  for (const layer of LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(PREVIEW_SOURCE)) map.removeSource(PREVIEW_SOURCE);
}

/** Draws the features and shows them all clear of the dialog and the map's boxes; returns the remover. */
export function showImportPreview(features: readonly NormalisedFeature[]): () => void {
  const map = getMap();
  if (!map || features.length === 0) return () => undefined;
  remove(map);
  const data = toWgs84GeoJSON(features);
  map.addSource(PREVIEW_SOURCE, { type: 'geojson', data });
  for (const layer of LAYERS) map.addLayer(layer);
  const [w, s, e, n] = data.bbox ?? bbox(data);
  map.fitBounds([[w!, s!], [e!, n!]], { padding: mapClearPadding(map), maxZoom: 16, animate: false });
  return () => {
    // The map may have been replaced (basemap switch) while the dialog was open.
    if (getMap() === map) remove(map);
  };
}

export const REPAIR_SOURCE = 'platsen-import-repair';
const BEFORE_COLOUR = '#c92a2a';
const AFTER_COLOUR = '#2b8a3e';
const REPAIR_LAYERS: LayerSpecification[] = [
  { id: `${REPAIR_SOURCE}-after`, type: 'fill', source: REPAIR_SOURCE, filter: ['==', ['get', 'role'], 'after'], paint: { 'fill-color': AFTER_COLOUR, 'fill-opacity': 0.25 } },
  { id: `${REPAIR_SOURCE}-after-line`, type: 'line', source: REPAIR_SOURCE, filter: ['==', ['get', 'role'], 'after'], paint: { 'line-color': AFTER_COLOUR, 'line-width': 2 } },
  { id: `${REPAIR_SOURCE}-before`, type: 'line', source: REPAIR_SOURCE, filter: ['==', ['get', 'role'], 'before'],
    paint: { 'line-color': BEFORE_COLOUR, 'line-width': 2.5, 'line-dasharray': [2, 1.5] } },
];

export interface RepairShape { before: Geometry; after: Geometry | null }

/**
 * A polygon's rings as lines. MapLibre leaves out a polygon ring whose signed area is zero (a
 * symmetric bow-tie's lobes cancel), even from a line layer, so the shape before repair is drawn as lines.
 */
function outline(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'MultiLineString', coordinates: g.coordinates };
  if (g.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: g.coordinates.flat() };
  return g;
}

/** Before (red, dashed) and after (green) of the polygons being repaired; returns the remover. */
export function showRepairPreview(shapes: readonly RepairShape[]): () => void {
  const map = getMap();
  if (!map) return () => undefined;
  const features: Feature[] = shapes.flatMap(({ before, after }) => [
    { type: 'Feature' as const, geometry: outline(before), properties: { role: 'before' } },
    ...(after ? [{ type: 'Feature' as const, geometry: after, properties: { role: 'after' } }] : []),
  ]);
  const clear = () => {
    for (const layer of REPAIR_LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(REPAIR_SOURCE)) map.removeSource(REPAIR_SOURCE);
  };
  clear();
  map.addSource(REPAIR_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features } });
  for (const layer of REPAIR_LAYERS) map.addLayer(layer);
  return () => {
    if (getMap() === map) clear();
  };
}

/** Brings shapes into view beside the dialog, clear of the map's boxes. */
export function focusShape(geometry: Geometry): void {
  const map = getMap();
  if (map) focusOn(map, geometry, { maxZoom: 17 });
}
