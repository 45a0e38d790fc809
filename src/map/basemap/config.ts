import type { Lang } from '../../store/session';
import type { Bbox } from '../planar';
import { isBasemapId, type BasemapId } from './choices.ts';

/** A self-hosted vector basemap: one PMTiles file in the Protomaps basemap schema. */
export interface PmtilesConfig {
  /** Relative to the site (e.g. `basemap/malmo.pmtiles`) or an absolute http(s) URL. */
  url: string;
  /** Credit line shown on the map (OpenStreetMap data needs one). */
  attribution: string;
}

/** A Nominatim- or Photon-compatible address search. */
export interface GeocoderConfig {
  type: 'nominatim' | 'photon';
  /** The search endpoint, e.g. `https://nominatim.example.se/search` or `https://photon.example.se/api`. */
  url: string;
  /** Where results are preferred (the municipality); null: the workspace's areas decide. */
  bbox: Bbox | null;
}

/** What a deployer sets in public/config.json (no rebuild needed to change it). */
export interface DeployConfig {
  municipality: string;
  /** The language pages open in; `?lang=` and the language switch override it, the browser's does not. */
  language: Lang;
  basemap: BasemapId;
  /** Required for basemap 'pmtiles'. */
  pmtiles: PmtilesConfig | null;
  /** null: search finds the map's own areas and investments only. */
  geocoder: GeocoderConfig | null;
  initialView: { center: [lng: number, lat: number]; zoom: number };
}

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export const DEFAULT_DEPLOY_CONFIG: DeployConfig = {
  municipality: 'Malmö',
  language: 'sv',
  basemap: 'offline',
  pmtiles: null,
  geocoder: null,
  initialView: { center: [13.0, 55.58], zoom: 11 },
};

export interface DeployConfigResult {
  config: DeployConfig;
  /** Fields that were missing or invalid and fell back to defaults, for the deployer's console. */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function parseCenter(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [lng, lat] = value as unknown[];
  return inRange(lng, -180, 180) && inRange(lat, -90, 90) ? [lng, lat] : undefined;
}

function parseBbox(value: unknown): Bbox | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [w, s, e, n] = value as unknown[];
  return inRange(w, -180, 180) && inRange(e, -180, 180) && inRange(s, -90, 90) && inRange(n, -90, 90) && w < e && s < n
    ? [w, s, e, n] : undefined;
}

/** A path on this site or an absolute http(s) URL; nothing that could run or embed (javascript:, data:). */
function parseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  try {
    const url = new URL(text, 'https://site.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Field by field: one bad field falls back to its default without discarding the rest. */
export function validateDeployConfig(raw: unknown): DeployConfigResult {
  const problems: string[] = [];
  const defaults = DEFAULT_DEPLOY_CONFIG;
  if (!isRecord(raw)) {
    return { config: structuredClone(defaults), problems: ['config is not a JSON object'] };
  }
  const pick = <T>(field: string, value: T | undefined, fallback: T): T => {
    if (value !== undefined) return value;
    problems.push(field);
    return fallback;
  };
  /** An optional section: absent is fine, present but broken is a problem. */
  const optional = <T>(field: string, value: unknown, parse: (v: Record<string, unknown>) => T | undefined): T | null =>
    value === undefined || value === null ? null : pick(field, isRecord(value) ? parse(value) : undefined, null);

  const municipality = typeof raw.municipality === 'string' && raw.municipality.trim() !== ''
    ? raw.municipality.trim() : undefined;
  const language = raw.language === undefined ? defaults.language
    : pick('language', raw.language === 'sv' || raw.language === 'en' ? raw.language : undefined, defaults.language);
  const view = isRecord(raw.initialView) ? raw.initialView : {};
  const zoom = inRange(view.zoom, 0, 22) ? view.zoom : undefined;
  const pmtiles = optional('pmtiles', raw.pmtiles, (p) => {
    const url = parseUrl(p.url);
    const attribution = p.attribution === undefined ? OSM_ATTRIBUTION : typeof p.attribution === 'string' ? p.attribution : undefined;
    return url && attribution !== undefined ? { url, attribution } : undefined;
  });
  const geocoder = optional('geocoder', raw.geocoder, (g) => {
    const type: GeocoderConfig['type'] | undefined = g.type === 'nominatim' || g.type === 'photon' ? g.type : undefined;
    const url = parseUrl(g.url);
    const bbox = g.bbox === undefined || g.bbox === null ? null : parseBbox(g.bbox);
    return type && url && bbox !== undefined ? { type, url, bbox } : undefined;
  });
  // 'pmtiles' needs its file: without one the deployment falls back to the bundled map.
  const basemapValid = isBasemapId(raw.basemap) && (raw.basemap !== 'pmtiles' || pmtiles !== null);

  return {
    config: {
      municipality: pick('municipality', municipality, defaults.municipality),
      language,
      basemap: pick('basemap', basemapValid ? raw.basemap as BasemapId : undefined, defaults.basemap),
      pmtiles,
      geocoder,
      initialView: {
        center: pick('initialView.center', parseCenter(view.center), [...defaults.initialView.center]),
        zoom: pick('initialView.zoom', zoom, defaults.initialView.zoom),
      },
    },
    problems,
  };
}

/** Never rejects: a missing, unreadable or invalid config.json gives the defaults (with a warning). */
export async function loadDeployConfig(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<DeployConfig> {
  let raw: unknown;
  try {
    // no-cache: a deployer's edit to config.json must show on the next reload.
    const response = await fetchImpl(new URL('config.json', baseUrl), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    raw = await response.json();
  } catch (error) {
    console.warn('config.json could not be read; using defaults.', error);
    return structuredClone(DEFAULT_DEPLOY_CONFIG);
  }
  const { config, problems } = validateDeployConfig(raw);
  if (problems.length > 0) console.warn(`config.json: invalid or missing ${problems.join(', ')}; defaults used.`);
  return config;
}
