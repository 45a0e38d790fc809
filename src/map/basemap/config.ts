import { isBasemapId, type BasemapId } from './basemaps.ts';

/** What a deployer sets in public/config.json (no rebuild needed to change it). */
export interface DeployConfig {
  municipality: string;
  basemap: BasemapId;
  initialView: { center: [lng: number, lat: number]; zoom: number };
}

export const DEFAULT_DEPLOY_CONFIG: DeployConfig = {
  municipality: 'Malmö',
  basemap: 'offline',
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

  const municipality = typeof raw.municipality === 'string' && raw.municipality.trim() !== ''
    ? raw.municipality.trim() : undefined;
  const basemap = isBasemapId(raw.basemap) ? raw.basemap : undefined;
  const view = isRecord(raw.initialView) ? raw.initialView : {};
  const zoom = inRange(view.zoom, 0, 22) ? view.zoom : undefined;

  return {
    config: {
      municipality: pick('municipality', municipality, defaults.municipality),
      basemap: pick('basemap', basemap, defaults.basemap),
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
