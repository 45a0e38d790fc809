// Reference boundaries on the map while the user adopts areas from them: a dashed outline, the
// name once zoomed in, the picked polygons highlighted, and their source's attribution in the
// map's attribution control (MapLibre collects it from the source). Drawn under the app's own
// areas, so the user's areas stay readable on top.
import type { FilterSpecification, LayerSpecification, Map as MaplibreMap, MapLayerMouseEvent, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_FONT } from '../basemap/offline-style';
import { AREA_COLOUR, SELECTED_COLOUR } from '../encoding';
import { LAYER, idIn } from '../layers';
import type { ReferenceLayer } from './reference-data';

export const REFERENCE_SOURCE = 'platsen-reference';
export const REFERENCE_LAYER = {
  fill: 'platsen-reference-fill',
  selected: 'platsen-reference-selected',
  outline: 'platsen-reference-outline',
  labels: 'platsen-reference-labels',
} as const;

/** Names appear from this zoom: below it a DeSO is too small for its code to fit. */
export const REFERENCE_LABEL_MINZOOM = 12.5;

export function referenceSource(layer: ReferenceLayer): SourceSpecification {
  // Ids are strings ("malmo-deso:1280C1010"): MapLibre keeps only numeric feature ids unless promoted.
  return { type: 'geojson', data: layer.collection, promoteId: 'id', attribution: layer.info.attribution };
}

export function referenceLayers(selectedIds: readonly string[]): LayerSpecification[] {
  return [
    // Nearly transparent, but a fill: it makes the whole polygon, not just its edge, clickable.
    { id: REFERENCE_LAYER.fill, type: 'fill', source: REFERENCE_SOURCE, paint: { 'fill-color': AREA_COLOUR, 'fill-opacity': 0.04 } },
    { id: REFERENCE_LAYER.selected, type: 'fill', source: REFERENCE_SOURCE, filter: selectedFilter(selectedIds), paint: { 'fill-color': SELECTED_COLOUR, 'fill-opacity': 0.35, 'fill-outline-color': SELECTED_COLOUR } },
    { id: REFERENCE_LAYER.outline, type: 'line', source: REFERENCE_SOURCE, layout: { 'line-join': 'round' }, paint: { 'line-color': AREA_COLOUR, 'line-width': 1.5, 'line-dasharray': [3, 2] } },
    {
      id: REFERENCE_LAYER.labels, type: 'symbol', source: REFERENCE_SOURCE, minzoom: REFERENCE_LABEL_MINZOOM,
      layout: { 'text-field': ['get', 'name'], 'text-font': BASEMAP_FONT, 'text-size': 12, 'text-max-width': 8 },
      paint: { 'text-color': AREA_COLOUR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

export function selectedFilter(ids: readonly string[]): FilterSpecification {
  return idIn(ids);
}

export interface ReferenceDisplay {
  /** Highlights the picked polygons (by feature id). */
  setSelection(ids: readonly string[]): void;
  remove(): void;
}

export interface ReferenceDisplayOptions {
  /** A click on a polygon; absent, the layer is only shown. */
  onPick?(featureId: string): void;
}

/** Shows one reference layer until remove(); survives basemap switches (a new style drops it). */
export function showReferenceLayer(map: MaplibreMap, layer: ReferenceLayer, options: ReferenceDisplayOptions = {}): ReferenceDisplay {
  let selected: readonly string[] = [];

  const install = () => {
    if (!map.getSource(REFERENCE_SOURCE)) map.addSource(REFERENCE_SOURCE, referenceSource(layer));
    const before = map.getLayer(LAYER.areaFill) ? LAYER.areaFill : undefined;
    for (const spec of referenceLayers(selected)) if (!map.getLayer(spec.id)) map.addLayer(spec, before);
  };
  const uninstall = () => {
    for (const id of Object.values(REFERENCE_LAYER)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(REFERENCE_SOURCE)) map.removeSource(REFERENCE_SOURCE);
  };
  const onClick = (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.id;
    if (id !== undefined) options.onPick?.(String(id));
  };

  uninstall();
  install();
  map.on('style.load', install);
  if (options.onPick) map.on('click', REFERENCE_LAYER.fill, onClick);

  return {
    setSelection(ids) {
      selected = ids;
      if (map.getLayer(REFERENCE_LAYER.selected)) map.setFilter(REFERENCE_LAYER.selected, selectedFilter(ids));
    },
    remove() {
      map.off('style.load', install);
      if (options.onPick) map.off('click', REFERENCE_LAYER.fill, onClick);
      uninstall();
    },
  };
}
