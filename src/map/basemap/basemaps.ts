import type { StyleSpecification } from 'maplibre-gl';
import { offlineStyle, type OfflineStyleOptions } from './offline-style.ts';

export type BasemapId = 'offline' | 'positron' | 'liberty';

export interface BasemapChoice {
  id: BasemapId;
  /** i18n key for the choice's name in the UI. */
  labelKey: `basemap.${BasemapId}`;
  /** Online choices need the network; the app falls back to 'offline' without it. */
  online: boolean;
  /** Lines the attribution control must show for this basemap. */
  attribution: readonly string[];
  /** Licence of the map data, where one applies to the whole basemap. */
  licence?: string;
}

const OPENFREEMAP_ATTRIBUTION = ['© OpenStreetMap contributors', 'OpenFreeMap'] as const;

export const BASEMAPS: readonly BasemapChoice[] = [
  {
    id: 'offline', labelKey: 'basemap.offline', online: false,
    attribution: ['Natural Earth', 'Valmyndigheten via okfse/sweden-geojson'],
  },
  { id: 'positron', labelKey: 'basemap.positron', online: true, attribution: OPENFREEMAP_ATTRIBUTION, licence: 'ODbL' },
  { id: 'liberty', labelKey: 'basemap.liberty', online: true, attribution: OPENFREEMAP_ATTRIBUTION, licence: 'ODbL' },
];

export function isBasemapId(value: unknown): value is BasemapId {
  return BASEMAPS.some((choice) => choice.id === value);
}

/**
 * The style to hand to MapLibre for a basemap: the bundled style object for 'offline', the
 * provider's style URL for online choices (their own glyphs then serve app labels too).
 */
export function resolveBasemapStyle(id: BasemapId, opts: OfflineStyleOptions): StyleSpecification | string {
  return id === 'offline' ? offlineStyle(opts) : `https://tiles.openfreemap.org/styles/${id}`;
}
