// A basemap that fails (an online style, or a PMTiles file that is missing or served without range
// requests), or an online one that does not load within a few seconds, is replaced by the bundled
// one, and the page says so: a resident must never be left with investments on an empty canvas.
// The deployment's own PMTiles file gets no time limit: it comes from the same server as the page,
// and on a slow phone its first tiles may simply take a while.
import type { MapEventType, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { isBundledStyle } from './basemaps';

/** The note must be on screen within 5 s (the promise); rendering the fallback takes some of that. */
export const FALLBACK_AFTER_MS = 3500;

export interface BasemapGuardOptions {
  /** The bundled style to show instead (built when needed: it follows the current theme). */
  fallback(): StyleSpecification;
  onFallback(): void;
  timeoutMs?: number;
}

export interface BasemapGuard {
  /** Call whenever the map is given a new basemap style. */
  watch(style: StyleSpecification | string): void;
  destroy(): void;
}

export function guardBasemap(map: MaplibreMap, { fallback, onFallback, timeoutMs = FALLBACK_AFTER_MS }: BasemapGuardOptions): BasemapGuard {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armed = false;

  const disarm = () => {
    armed = false;
    clearTimeout(timer);
  };
  const giveUp = () => {
    if (!armed) return;
    disarm();
    map.setStyle(fallback(), { diff: false });
    onFallback();
  };
  // The app's own sources are GeoJSON from this site; a failing vector or raster source, or an
  // error about no source at all (the style document itself), is the basemap's.
  const concernsBasemap = (e: { sourceId?: string }) =>
    !e.sourceId || (map.getSource(e.sourceId)?.type ?? 'vector') !== 'geojson';
  const onError = (e: { sourceId?: string; error?: unknown }) => {
    if (armed && concernsBasemap(e)) giveUp();
    // Listening silences MapLibre's own logging of every other error: keep it.
    else console.error(e.error ?? e);
  };
  // The first basemap tile that arrives is proof enough that the basemap loads.
  const onData = (e: MapEventType['sourcedata']) => {
    if (armed && e.tile && concernsBasemap(e)) disarm();
  };
  map.on('error', onError);
  map.on('sourcedata', onData);

  return {
    watch(style) {
      disarm();
      if (isBundledStyle(style)) return;
      armed = true;
      // A style given by URL is a third party's (basemapStyle builds every other one itself).
      if (typeof style === 'string') timer = setTimeout(giveUp, timeoutMs);
    },
    destroy() {
      disarm();
      map.off('error', onError);
      map.off('sourcedata', onData);
    },
  };
}
