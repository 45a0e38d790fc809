// The map, filling its parent. React only mounts and unmounts it: data reaches the map through the
// store subscription in sync.ts, not through renders.
import { useEffect, useRef } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { usePlatsenStore } from '../app/store-context';
import type { MapView as ViewState } from '../domain/model';
import type { BasemapTheme } from './basemap/offline-style';
import { createMapController, type BasemapFallback, type MapController } from './controller';

export interface MapViewProps {
  /** The basemap: a style object (offlineStyle(...)) or a style URL. Changing it switches basemap. */
  style: StyleSpecification | string;
  /** 'projector' draws heavier lines, larger symbols and labels (presentation mode). */
  theme?: BasemapTheme;
  /** Where the map opens (read once at mount); defaults to the workspace's default view. */
  initialView?: ViewState;
  /** What replaces a basemap that fails to load (read once at mount). */
  fallback?: BasemapFallback;
}

export function MapView({ style, theme = 'light', initialView, fallback }: MapViewProps) {
  const store = usePlatsenStore();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  // The first style, theme and view are read when the map is created; later changes go through
  // setStyle, so a new basemap never re-creates the map.
  const initial = useRef({ style, theme, initialView, fallback });

  useEffect(() => {
    const { style: firstStyle, theme: firstTheme, initialView: view, fallback: onFail } = initial.current;
    const c = createMapController({
      container: container.current!, store, style: firstStyle, theme: firstTheme, ...(view ? { initialView: view } : {}), ...(onFail ? { fallback: onFail } : {}),
    });
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
  }, [store]);

  useEffect(() => {
    controller.current?.setStyle(style, theme);
  }, [style, theme]);

  return <div ref={container} className="platsen-map" data-testid="map" style={{ position: 'absolute', inset: 0 }} />;
}
