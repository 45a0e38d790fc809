// The basemap's style for React: resolved asynchronously (the PMTiles reader is loaded on demand),
// and null until the style of the current choice is ready, so a map is never built twice (once
// with a stale style) when the choice or the language changes.
import { useEffect, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../store/session';
import { basemapStyle } from './basemaps';
import type { BasemapId } from './choices';
import type { DeployConfig } from './config';
import type { BasemapTheme } from './offline-style';

type Style = StyleSpecification | string;

/**
 * `id` null: nothing to resolve yet (the deployment's config is still loading). `keepPrevious`: a
 * map that switches styles in place (the editor's) keeps showing the previous one meanwhile.
 */
export function useBasemapStyle(
  id: BasemapId | null, baseUrl: string, theme: BasemapTheme, lang: Lang, config: Pick<DeployConfig, 'pmtiles'>,
  { keepPrevious = false } = {},
): Style | null {
  const [resolved, setResolved] = useState<{ key: string; style: Style } | null>(null);
  const pmtiles = config.pmtiles;
  const key = JSON.stringify([id, baseUrl, theme, lang, pmtiles]);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    void basemapStyle(id, { baseUrl, theme, lang, config: { pmtiles } }).then((style) => {
      if (live) setResolved({ key, style });
    });
    return () => {
      live = false;
    };
  }, [key, id, baseUrl, theme, lang, pmtiles]);
  return resolved && (keepPrevious || resolved.key === key) ? resolved.style : null;
}
