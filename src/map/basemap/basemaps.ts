import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../store/session';
import { OPENFREEMAP, type BasemapId } from './choices.ts';
import type { DeployConfig } from './config.ts';
import { BUNDLED_MARK, offlineStyle, type BasemapTheme } from './offline-style.ts';

export interface BasemapContext {
  /** Absolute base of the app (e.g. `new URL('./', location.href).href`): the worker cannot resolve relative URLs. */
  baseUrl: string;
  theme: BasemapTheme;
  /** The language of place names, where the basemap has them in several. */
  lang: Lang;
  config: Pick<DeployConfig, 'pmtiles'>;
}

/**
 * The style to hand to MapLibre: the bundled style object for 'offline', the self-hosted
 * PMTiles style (its reader loaded on demand), or the provider's style URL for online choices.
 * A 'pmtiles' choice without a configured file gives the bundled map.
 */
export async function basemapStyle(id: BasemapId, ctx: BasemapContext): Promise<StyleSpecification | string> {
  if (id === 'positron' || id === 'liberty') return `${OPENFREEMAP}/styles/${id}`;
  const pmtiles = ctx.config.pmtiles;
  if (id === 'pmtiles' && pmtiles) {
    const { pmtilesStyle } = await import('./pmtiles-style.ts');
    return pmtilesStyle({
      url: new URL(pmtiles.url, ctx.baseUrl).href, attribution: pmtiles.attribution, baseUrl: ctx.baseUrl, lang: ctx.lang, theme: ctx.theme,
    });
  }
  return offlineStyle(ctx);
}

/** True for the bundled offline style, which needs nothing but this site and cannot fail to load. */
export function isBundledStyle(style: StyleSpecification | string): boolean {
  return typeof style === 'object' && (style.metadata as Record<string, unknown> | undefined)?.[BUNDLED_MARK] === true;
}
