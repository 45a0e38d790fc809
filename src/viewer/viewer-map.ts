// The public map: MapLibre with the editor's layers and symbols, read-only. The only viewer module
// that touches MapLibre (it needs WebGL2), so the React parts are tested in jsdom with a fake.
import {
  AttributionControl, Map as MaplibreMap, NavigationControl, Popup, ScaleControl, setWorkerUrl,
  type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent, type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Geometry } from 'geojson';
import type { Id, MapView } from '../domain/model';
import type { InvestmentProps } from '../map/derive-sources';
import { AREA_LAYERS, LAYER, SOURCE, appLayers, emptySources, hitLayers, sessionFilters } from '../map/layers';
import { showPointLayers, shownSymbols } from '../map/point-layers';
import type { ColourMode } from '../map/colour-mode';
import { resolveMapImage } from '../map/images';
import { bboxOf, type Bbox } from '../map/planar';
import { guardBasemap } from '../map/basemap/fallback';
import type { Padding } from '../map/clear-view';
import { addPlaceLayer, setPlace, type PlaceMark } from './place-layer';
import type { ViewerSources } from './sources';
import type { Target } from './url-state';

setWorkerUrl(workerUrl);

export interface ViewerMapLabels {
  region: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  toggleAttribution: string;
}

export interface ViewerMapOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  view: MapView;
  /** Where to open instead of `view`: e.g. all the areas, whatever the screen's size. */
  bounds?: Bbox;
  sources: ViewerSources;
  /** The colour of each of the snapshot's gates (the residents' phase it belongs to). */
  gateColours: string[];
  labels: ViewerMapLabels;
  /** Tooltip lines (title, phase) of an investment, or of a cluster of `count`. */
  tooltip(feature: InvestmentProps | { count: number }): [string, string | null];
  onSelect(target: Target | null): void;
  /** Room to keep clear of the boxes over the map when it opens or flies somewhere. */
  padding(): Padding;
  /** The bundled basemap, shown when `style` fails to load; then `onBasemapFallback` is called. */
  fallbackStyle(): StyleSpecification;
  onBasemapFallback(): void;
}

export interface ViewerMap {
  /** Ids the search and filters let through, or null for all. */
  setVisible(ids: readonly Id[] | null): void;
  setSelection(target: Target | null): void;
  /** A searched address or the reader's location, with the circle the nearby list covers. */
  showPlace(place: PlaceMark | null): void;
  /** Shows a geometry (a link opened, a pick in the list). */
  focus(geometry: Geometry): void;
  /** After the container was hidden or resized (the phone's map/list switch). */
  resize(): void;
  view(): MapView;
  destroy(): void;
}

export type CreateViewerMap = (options: ViewerMapOptions) => ViewerMap;

declare global {
  interface Window {
    /** Handles for end-to-end tests (read-only use). */
    __platsen?: Record<string, unknown>;
  }
}

export const createViewerMap: CreateViewerMap = (options) => {
  const { container, sources, labels } = options;
  let visibleIds: readonly Id[] | null = null;
  let selection: Target | null = null;
  let place: PlaceMark | null = null;
  const map = new MaplibreMap({
    container, style: options.style, center: options.view.center, zoom: options.view.zoom,
    attributionControl: false,
    locale: {
      'Map.Title': labels.region,
      'NavigationControl.ZoomIn': labels.zoomIn,
      'NavigationControl.ZoomOut': labels.zoomOut,
      'NavigationControl.ResetBearing': labels.resetBearing,
      'AttributionControl.ToggleAttribution': labels.toggleAttribution,
    },
  });
  map.addControl(new NavigationControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  // Only the basemap's own credits go through MapLibre, which renders them as HTML; the snapshot's
  // credit lines are data from a file and are shown by the page as text.
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  // On a phone the credits start folded behind their (i) button, as MapLibre folds them after the
  // first move anyway: unfolded they cover a tenth of a small map. The page's footer names them too.
  const fold = () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  if (container.clientWidth < 640) {
    map.once('load', fold);
    map.once('idle', fold);
  }
  // Opens on the areas, clear of the controls and the legend (they exist only now).
  const opening = options.bounds && map.cameraForBounds(options.bounds, { padding: options.padding(), maxZoom: 16 });
  if (opening) map.jumpTo(opening);
  map.setMissingStyleImageResolver((id) => resolveMapImage(map, id));
  // Coloured by the residents' phases: the editor's colour by phase, with a colour per gate.
  const mode: ColourMode = { by: { type: 'phase' }, gateCount: options.gateColours.length, gateColours: options.gateColours };

  const geojson = (id: string) => map.getSource<GeoJSONSource>(id);
  // The editor's two symbol sources (src/map/sync.ts), used simply at this size: the first holds
  // all, the second what the filter lets through (sent, not layer-filtered: clusters count what is
  // in the source), and one of them is shown.
  function sendPoints() {
    const ids = visibleIds === null ? null : new Set(visibleIds);
    if (ids) geojson(SOURCE.symbolsB)?.setData({ type: 'FeatureCollection', features: sources.investmentPoints.filter((f) => ids.has(f.properties.id)) });
    showPointLayers(map, ids ? 'symbolsB' : 'symbolsA');
  }
  function applyFilters() {
    if (!map.getLayer(LAYER.areaFill)) return;
    const filters = sessionFilters({ visibleIds, selection: selection && { type: selection.type, ids: [selection.id] } });
    for (const [layer, filter] of Object.entries(filters)) map.setFilter(layer, filter);
  }
  map.on('style.load', () => {
    for (const [id, source] of Object.entries(emptySources(mode))) map.addSource(id, source);
    for (const layer of appLayers('light', { visibleIds: null, selection: null }, mode)) map.addLayer(layer);
    geojson(SOURCE.areas)?.setData(sources.areas);
    geojson(SOURCE.areaLabels)?.setData(sources.areaLabels);
    geojson(SOURCE.investmentShapes)?.setData(sources.investmentShapes);
    geojson(SOURCE.symbolsA)?.setData({ type: 'FeatureCollection', features: sources.investmentPoints });
    sendPoints();
    applyFilters();
    addPlaceLayer(map, place);
  });

  const guard = guardBasemap(map, { fallback: options.fallbackStyle, onFallback: options.onBasemapFallback });
  guard.watch(options.style);
  const removeInteractions = installInteractions(map, options);
  window.__platsen = { ...window.__platsen, map };

  return {
    setVisible(ids) {
      visibleIds = ids;
      if (!map.getSource(SOURCE.symbolsA)) return;
      sendPoints();
      applyFilters();
    },
    setSelection(target) {
      selection = target;
      applyFilters();
    },
    showPlace(next) {
      place = next;
      setPlace(map, place);
    },
    focus(geometry) {
      const [west, south, east, north] = bboxOf(geometry);
      const padding = options.padding();
      // MapLibre shortens the animation itself when the reader prefers reduced motion.
      if (west === east && south === north) map.flyTo({ center: [west, south], zoom: Math.max(map.getZoom(), 15), padding });
      else map.fitBounds([[west, south], [east, north]], { padding, maxZoom: 16 });
    },
    resize: () => map.resize(),
    view: () => ({ center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() }),
    destroy() {
      guard.destroy();
      removeInteractions();
      if (window.__platsen?.map === map) window.__platsen = { ...window.__platsen, map: undefined };
      map.remove();
    },
  };
};

function hit(map: MaplibreMap, point: MapMouseEvent['point'], layers: string[]): MapGeoJSONFeature | undefined {
  const present = layers.filter((id) => map.getLayer(id));
  return present.length ? map.queryRenderedFeatures(point, { layers: present })[0] : undefined;
}

/** Hover tooltips (built from text nodes: titles are data) and click to select. */
function installInteractions(map: MaplibreMap, { tooltip, onSelect }: ViewerMapOptions): () => void {
  const shown = () => hitLayers(shownSymbols(map));
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 14, className: 'platsen-popup', maxWidth: '260px' });
  const onMove = (e: MapMouseEvent) => {
    const { clusters, investments } = shown();
    const feature = hit(map, e.point, [...clusters, ...investments]);
    map.getCanvas().style.cursor = feature || hit(map, e.point, AREA_LAYERS) ? 'pointer' : '';
    if (!feature) {
      popup.remove();
      return;
    }
    const p = feature.properties;
    const [title, line] = tooltip(p.cluster_id !== undefined ? { count: Number(p.point_count) } : (p as InvestmentProps));
    const el = document.createElement('div');
    const strong = document.createElement('strong');
    strong.textContent = title;
    el.append(strong);
    if (line) {
      const div = document.createElement('div');
      div.textContent = line;
      el.append(div);
    }
    popup.setDOMContent(el).setLngLat(e.lngLat).addTo(map);
  };
  const onLeave = () => popup.remove();
  const onClick = (e: MapMouseEvent) => {
    const { clusters, investments } = shown();
    const cluster = hit(map, e.point, clusters);
    if (cluster?.geometry.type === 'Point') {
      const center = cluster.geometry.coordinates as [number, number];
      void map.getSource<GeoJSONSource>(cluster.source)?.getClusterExpansionZoom(Number(cluster.properties.cluster_id))
        .then((zoom) => map.easeTo({ center, zoom }));
      return;
    }
    const investment = hit(map, e.point, investments);
    const area = investment ? undefined : hit(map, e.point, AREA_LAYERS);
    if (investment) onSelect({ type: 'investment', id: String(investment.properties.id) });
    else if (area) onSelect({ type: 'area', id: String(area.properties.id) });
    else onSelect(null);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    popup.remove();
  };
}
