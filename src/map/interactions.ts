// Hover and click on the map. The tooltip is built from DOM nodes with textContent: titles are
// user input, and Popup.setHTML would run any markup in them.
import { Popup, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent, type Map as MaplibreMap } from 'maplibre-gl';
import type { Id } from '../domain/model';
import { INITIAL_PHASE } from '../domain/phase';
import { translate } from '../i18n/translate';
import '../i18n/strings/map';
import { gatesOf, selectPhases } from '../store/selectors';
import type { PlatsenStore } from '../store/store';
import { AREA_LAYERS, hitLayers } from './layers';
import { noteAt } from './notes-layer';
import { shownSymbols } from './point-layers';
import { MAX_COMPARED } from '../features/stats/compare-model';

function hit(map: MaplibreMap, e: Pick<MapMouseEvent, 'point'>, layers: string[]): MapGeoJSONFeature | undefined {
  const present = layers.filter((id) => map.getLayer(id));
  if (present.length === 0) return undefined;
  // Rendered features come back topmost first, whatever order the layers are listed in.
  return map.queryRenderedFeatures(e.point, { layers: present })[0];
}

/** What a click at a point is about: a note (drawn on top), else an investment, else an area. */
export function featureAt(map: MaplibreMap, point: MapMouseEvent['point']): { type: 'note' | 'investment' | 'area'; id: Id } | undefined {
  const note = noteAt(map, point);
  if (note) return { type: 'note', id: note };
  const investment = hit(map, { point }, hitLayers(shownSymbols(map)).investments);
  if (investment) return { type: 'investment', id: String(investment.properties.id) };
  const area = hit(map, { point }, AREA_LAYERS);
  return area ? { type: 'area', id: String(area.properties.id) } : undefined;
}

function tooltipContent(store: PlatsenStore, feature: MapGeoJSONFeature): HTMLElement {
  const state = store.getState();
  const { doc, session } = state;
  const lang = session.lang;
  const el = document.createElement('div');
  el.className = 'platsen-tooltip';
  const title = document.createElement('strong');
  const line = document.createElement('div');
  el.append(title, line);
  const p = feature.properties as Record<string, unknown>;
  if (feature.properties.cluster_id !== undefined) {
    title.textContent = translate(lang, 'map.tooltip.cluster', { count: Number(p.point_count) });
    line.remove();
    return el;
  }
  // Symbols carry only what their layers read (derive-sources.ts SymbolProps): the rest is the store's.
  const id = String(p.id);
  const { gateIndex, status } = selectPhases(state).get(id) ?? INITIAL_PHASE;
  const gate = gatesOf(doc)[gateIndex];
  title.textContent = doc.investments[id]?.title ?? String(p.title ?? '');
  const phase = translate(lang, 'map.tooltip.phase', { code: gate?.code ?? '', name: gate?.name[lang] ?? '' });
  line.textContent = status === 'active' ? phase : `${phase} · ${translate(lang, `map.status.${status}`)}`;
  return el;
}

function toggled(ids: Id[], id: Id): Id[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Installs hover and click handlers; returns a function that removes them. */
export function installInteractions(map: MaplibreMap, store: PlatsenStore): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 14, className: 'platsen-popup', maxWidth: '280px' });
  let hovered: string | null = null;
  const shown = () => hitLayers(shownSymbols(map));

  const onMove = (e: MapMouseEvent) => {
    const { clusters, investments } = shown();
    const feature = hit(map, e, [...clusters, ...investments]);
    map.getCanvas().style.cursor = feature || hit(map, e, AREA_LAYERS) ? 'pointer' : '';
    if (!feature) {
      hovered = null;
      popup.remove();
      return;
    }
    const key = `${feature.layer.id}:${String(feature.properties.id ?? feature.properties.cluster_id)}`;
    if (key !== hovered) popup.setDOMContent(tooltipContent(store, feature));
    hovered = key;
    popup.setLngLat(e.lngLat).addTo(map);
  };

  const onLeave = () => {
    hovered = null;
    popup.remove();
  };

  const onClick = (e: MapMouseEvent) => {
    // While a shape is drawn or reference polygons are picked, the click belongs to that gesture.
    if (store.getState().session.interaction !== 'idle') return;
    // A note is read, not selected: the area under it stays as it was.
    if (noteAt(map, e.point)) return;
    const { clusters, investments } = shown();
    const cluster = hit(map, e, clusters);
    if (cluster && cluster.geometry.type === 'Point') {
      const center = cluster.geometry.coordinates as [number, number];
      const source = map.getSource<GeoJSONSource>(cluster.source);
      void source?.getClusterExpansionZoom(Number(cluster.properties.cluster_id))
        .then((zoom) => map.easeTo({ center, zoom }));
      return;
    }
    const investment = hit(map, e, investments);
    const area = investment ? undefined : hit(map, e, AREA_LAYERS);
    const current = store.getState().session.selection;
    const additive = e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey;
    if (investment) {
      const id = String(investment.properties.id);
      const ids = additive && current?.type === 'investment' ? toggled(current.ids, id) : [id];
      store.setSession({ selection: ids.length ? { type: 'investment', ids } : null });
    } else if (area) {
      // Shift/Ctrl-click adds an area to (or takes it out of) the areas compared side by side.
      const id = String(area.properties.id);
      const ids = additive && current?.type === 'area' ? toggled(current.ids, id).slice(0, MAX_COMPARED) : [id];
      store.setSession({ selection: ids.length ? { type: 'area', ids } : null });
    } else if (current) {
      store.setSession({ selection: null });
    }
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
