// Hosts the MapLibre map (through a factory, so jsdom tests pass a fake) and keeps it in step with
// the page: visible investments, selection, the searched place, and camera moves the page asks for.
import { useEffect, useMemo, useRef } from 'react';
import type { Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Id, MapView } from '../domain/model';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import '../i18n/strings/map';
import { offlineStyle } from '../map/basemap/offline-style';
import { bboxOf } from '../map/planar';
import { paddingClearOf } from '../map/clear-view';
import type { PlaceMark } from './place-layer';
import { residentColour, residentPhases, statusText } from './resident';
import { snapshotSources } from './sources';
import type { Target } from './url-state';
import type { CreateViewerMap, ViewerMap } from './viewer-map';
import { useLang, useT } from './words';

export interface MapPaneProps {
  snapshot: PublicSnapshot;
  style: StyleSpecification | string;
  createMap: CreateViewerMap;
  visibleIds: readonly Id[] | null;
  target: Target | null;
  /** What the camera shows when `flyKey` changes (a link opened, a pick in the list, a place found). */
  focus: Geometry | null;
  flyKey: number;
  place: PlaceMark | null;
  /** False while the phone shows the list instead of the map. */
  shown: boolean;
  onSelect(target: Target | null): void;
  /** The site's base address, for the bundled basemap a failing one falls back to. */
  baseUrl: string;
  onBasemapFallback(): void;
}

/** The boxes floating over the map (its own controls and the page's legend and notes). */
const OVERLAYS = '.maplibregl-ctrl, .viewer-legend, .viewer-basemap-note';
/** Area names are centred on their areas and run past their edges: more room left and right. */
const NAME_ROOM = { top: 30, right: 70, bottom: 30, left: 70 };

export function MapPane(props: MapPaneProps) {
  const { snapshot, style, createMap, visibleIds, target, flyKey, place, shown, baseUrl } = props;
  const t = useT();
  const lang = useLang();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<ViewerMap | null>(null);
  // Null until the map has been shown once: it then opens on all the areas.
  const view = useRef<MapView | null>(null);
  const pendingFly = useRef(flyKey > 0);
  const sources = useMemo(() => snapshotSources(snapshot), [snapshot]);
  // The map lives across renders; its callbacks read the page's latest state through this ref.
  const latest = useRef(props);
  latest.current = props;

  const padding = () => {
    const el = container.current;
    return el ? paddingClearOf(el, el.parentElement?.querySelectorAll(OVERLAYS) ?? [], { margin: 12, base: NAME_ROOM }) : { top: 30, right: 30, bottom: 30, left: 30 };
  };

  function flyNow() {
    const m = map.current;
    const geometry = latest.current.focus;
    if (!m || !geometry || !container.current?.clientWidth) return;
    pendingFly.current = false;
    m.focus(geometry);
  }

  useEffect(() => {
    if (!container.current) return;
    const m = createMap({
      container: container.current, style, sources, gateColours: residentPhases(snapshot).map(residentColour),
      view: view.current ?? snapshot.workspace.defaultView,
      bounds: view.current || snapshot.areas.length === 0
        ? undefined
        : bboxOf({ type: 'GeometryCollection', geometries: snapshot.areas.map((a) => a.geometry) }),
      labels: {
        region: t('map.region'), zoomIn: t('map.nav.zoomIn'), zoomOut: t('map.nav.zoomOut'),
        resetBearing: t('map.nav.resetBearing'), toggleAttribution: t('map.attribution.toggle'),
      },
      tooltip: (f) => 'count' in f
        ? [t('map.tooltip.cluster', { count: f.count }), null]
        : [f.title, statusText(snapshot, { gateIndex: f.phaseIndex, gateCode: f.gateCode, status: f.status }, lang)],
      onSelect: (next) => latest.current.onSelect(next),
      padding,
      fallbackStyle: () => offlineStyle({ baseUrl, theme: 'light' }),
      onBasemapFallback: () => latest.current.onBasemapFallback(),
    });
    map.current = m;
    m.setVisible(latest.current.visibleIds);
    m.setSelection(latest.current.target);
    m.showPlace(latest.current.place);
    if (pendingFly.current) flyNow();
    return () => {
      // A language switch rebuilds the map (its controls are labelled at creation): keep the view.
      view.current = m.view();
      m.destroy();
      map.current = null;
    };
    // `t` follows `lang`; flyNow and padding read refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [createMap, style, sources, lang, baseUrl]);

  useEffect(() => {
    map.current?.setVisible(visibleIds);
  }, [visibleIds]);
  useEffect(() => {
    map.current?.setSelection(target);
  }, [target]);
  useEffect(() => {
    map.current?.showPlace(place);
  }, [place]);
  useEffect(() => {
    if (flyKey === 0) return;
    pendingFly.current = true;
    flyNow();
     
  }, [flyKey]);
  useEffect(() => {
    if (!shown) return;
    map.current?.resize();
    if (pendingFly.current) flyNow();
     
  }, [shown]);

  return <div ref={container} className="viewer-map" data-testid="viewer-map" />;
}
