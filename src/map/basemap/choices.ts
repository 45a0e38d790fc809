// The basemaps a deployment can offer, as plain data: config.json validation, the
// Content-Security-Policy (built in Node by vite.config.ts) and the settings read it.
import type { DeployConfig } from './config.ts';

export type BasemapId = 'offline' | 'pmtiles' | 'positron' | 'liberty';

export interface BasemapChoice {
  id: BasemapId;
  /** i18n key for the choice's name in the UI. */
  labelKey: `basemap.${BasemapId}`;
  /** Online choices need a third party's servers; the Content-Security-Policy must allow `origin`. */
  online: boolean;
  /** The third party's origin, for online choices. */
  origin?: string;
  /** Lines the attribution control must show for this basemap (the PMTiles file's come from config). */
  attribution: readonly string[];
  /** Licence of the map data, where one applies to the whole basemap. */
  licence?: string;
}

export const OPENFREEMAP = 'https://tiles.openfreemap.org';
const OPENFREEMAP_ATTRIBUTION = ['© OpenStreetMap contributors', 'OpenFreeMap'] as const;

export const BASEMAPS: readonly BasemapChoice[] = [
  {
    id: 'offline', labelKey: 'basemap.offline', online: false,
    attribution: ['Natural Earth', 'Valmyndigheten via okfse/sweden-geojson'],
  },
  { id: 'pmtiles', labelKey: 'basemap.pmtiles', online: false, attribution: [] },
  { id: 'positron', labelKey: 'basemap.positron', online: true, origin: OPENFREEMAP, attribution: OPENFREEMAP_ATTRIBUTION, licence: 'ODbL' },
  { id: 'liberty', labelKey: 'basemap.liberty', online: true, origin: OPENFREEMAP, attribution: OPENFREEMAP_ATTRIBUTION, licence: 'ODbL' },
];

export function isBasemapId(value: unknown): value is BasemapId {
  return BASEMAPS.some((choice) => choice.id === value);
}

/** The choices a deployment offers: its own street map only when config.json names the file. */
export function availableBasemaps(config: Pick<DeployConfig, 'pmtiles'>): BasemapChoice[] {
  return BASEMAPS.filter((b) => b.id !== 'pmtiles' || config.pmtiles !== null);
}

/** The credit lines of a deployment's basemap, as text (the map's own control renders them too). */
export function basemapCredits(id: BasemapId, config: Pick<DeployConfig, 'pmtiles'>): readonly string[] {
  if (id === 'pmtiles' && config.pmtiles) return [config.pmtiles.attribution];
  return BASEMAPS.find((b) => b.id === id)?.attribution ?? [];
}
