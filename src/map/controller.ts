// The only module that creates a MapLibre map (it needs WebGL2, so nothing else depends on one
// existing): controls, the app's sources and layers on top of whichever basemap is shown, the
// store sync, interactions and on-demand symbol and ring images.
import {
  AttributionControl, Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView as ViewState } from '../domain/model';
import { translate } from '../i18n/translate';
import '../i18n/strings/map';
import type { PlatsenStore } from '../store/store';
import { guardBasemap } from './basemap/fallback';
import type { BasemapTheme } from './basemap/offline-style';
import { installAreaShading } from './area-shading';
import { resolveMapImage } from './images';
import { installFollowFilter } from './follow-filter';
import { focusOn, workspaceGeometry } from './focus';
import { HomeControl } from './home-control';
import { installInteractions } from './interactions';
import { LAYER, appLayers, emptySources } from './layers';
import { setMap } from './map-registry';
import { installNotesLayer } from './notes-layer';
import { colourModeOf, createMapSync } from './sync';

setWorkerUrl(workerUrl);

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  store: PlatsenStore;
  theme?: BasemapTheme;
  /** Where the map starts: the workspace's default view or all of Sweden's south, until it has
   *  moved to show the whole workspace. */
  initialView?: ViewState;
  /** A basemap that fails to load is replaced by `style(theme)`, and `onFallback` tells the user. */
  fallback?: BasemapFallback;
}

export interface BasemapFallback {
  style(theme: BasemapTheme): StyleSpecification;
  onFallback(): void;
}

export interface MapController {
  map: MaplibreMap;
  /** Switches the basemap (or its theme); the app's layers are put back on top. */
  setStyle(style: StyleSpecification | string, theme?: BasemapTheme): void;
  destroy(): void;
}

const FALLBACK_VIEW: ViewState = { center: [13.0, 55.58], zoom: 11 };

declare global {
  interface Window {
    /** Handles for end-to-end tests (read-only use). */
    __platsen?: Record<string, unknown>;
  }
}

export function createMapController(options: MapControllerOptions): MapController {
  const { container, store } = options;
  let style = options.style;
  let theme = options.theme ?? 'light';
  const lang = store.getState().session.lang;
  const t = (key: string) => translate(lang, key);
  const workspaceView = Object.values(store.getState().doc.workspace)[0]?.defaultView;
  const view = options.initialView ?? workspaceView ?? FALLBACK_VIEW;

  const map = new MaplibreMap({
    container, style, center: view.center, zoom: view.zoom,
    attributionControl: false,
    // Symbols appear at once: a 300 ms fade kept the map busy for one to three more frames after
    // every filter or edit, at 0.1–0.4 s a frame in software WebGL (test/bench #5, #6).
    fadeDuration: 0,
    locale: {
      'Map.Title': t('map.region'),
      'NavigationControl.ZoomIn': t('map.nav.zoomIn'),
      'NavigationControl.ZoomOut': t('map.nav.zoomOut'),
      'NavigationControl.ResetBearing': t('map.nav.resetBearing'),
      'AttributionControl.ToggleAttribution': t('map.attribution.toggle'),
    },
  });
  map.addControl(new NavigationControl(), 'top-right');
  // Home: the whole workspace in the part of the map no box covers; also where the map opens, so
  // the places fill the screen they are shown on (the stored view is a guess at a screen size).
  const goHome = (animate: boolean) => {
    const { doc } = store.getState();
    const extent = workspaceGeometry(doc);
    if (extent) focusOn(map, extent, { animate });
    else map.jumpTo(Object.values(doc.workspace)[0]?.defaultView ?? view);
  };
  map.addControl(new HomeControl(t('map.home'), () => goHome(true)), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  // Without `compact`, MapLibre collapses the attribution on maps narrower than 640 px only.
  map.addControl(new AttributionControl(), 'bottom-right');

  const sync = createMapSync(store, map);
  // A move out of what the few-in-view set covers needs it at once; the rest waits for the end.
  map.on('move', () => sync.viewChanged(false));
  map.on('moveend', () => sync.viewChanged(true));

  map.setMissingStyleImageResolver((id) => resolveMapImage(map, id));

  // Every new style (first load or a basemap switch) arrives without the app's sources: add them
  // after the basemap's layers, so investments are always drawn on top, and send the data again.
  function installAppLayers() {
    const mode = colourModeOf(store.getState());
    for (const [id, source] of Object.entries(emptySources(mode))) if (!map.getSource(id)) map.addSource(id, source);
    for (const layer of appLayers(theme, { visibleIds: null, selection: null }, mode)) {
      if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      map.addLayer(layer);
    }
    sync.resend();
  }
  map.on('style.load', installAppLayers);

  const guard = options.fallback && guardBasemap(map, { fallback: () => options.fallback!.style(theme), onFallback: options.fallback.onFallback });
  guard?.watch(style);

  goHome(false);
  const removeInteractions = installInteractions(map, store);
  const removeNotes = installNotesLayer(map, store);
  const removeAreaShading = installAreaShading(map, store);
  const removeFollowFilter = installFollowFilter(map, store);
  setMap(map);
  if (typeof window !== 'undefined') window.__platsen = { ...window.__platsen, map, store };

  return {
    map,
    setStyle(next, nextTheme = theme) {
      const themeChanged = nextTheme !== theme;
      theme = nextTheme;
      if (next !== style) {
        style = next;
        map.setStyle(next, { diff: false });
        guard?.watch(next);
      } else if (themeChanged && map.getLayer(LAYER.areaFill)) {
        installAppLayers();
      }
    },
    destroy() {
      guard?.destroy();
      sync.destroy();
      removeInteractions();
      removeNotes();
      removeAreaShading();
      removeFollowFilter();
      setMap(null);
      if (window.__platsen?.map === map) window.__platsen = { ...window.__platsen, map: undefined };
      map.remove();
    },
  };
}
