// Address search through a Nominatim- or Photon-compatible service named in config.json, biased
// towards the municipality (Nominatim's `viewbox`, Photon's location bias), in the reader's
// language. A service's answer is data from elsewhere: every field is checked, and a malformed
// hit is dropped rather than shown.
import type { GeocoderConfig } from '../map/basemap/config';
import type { Bbox } from '../map/planar';
import type { Lang } from '../store/session';
import type { Place } from './places';

export const GEOCODER_MIN_CHARS = 3;
const LIMIT = 5;

export function geocoderUrl(config: GeocoderConfig, query: string, bias: Bbox | null, lang: Lang, baseUrl: string): URL {
  const url = new URL(config.url, baseUrl);
  const p = url.searchParams;
  p.set('q', query);
  p.set('limit', String(LIMIT));
  if (config.type === 'nominatim') {
    p.set('format', 'jsonv2');
    p.set('accept-language', lang);
    // A preference, not a fence (bounded=0): an address just outside the municipality is still found.
    if (bias) p.set('viewbox', bias.join(','));
  } else {
    // Photon knows a few languages (en among them) and refuses others; its default is the local name.
    if (lang === 'en') p.set('lang', 'en');
    if (bias) {
      p.set('lon', String((bias[0] + bias[2]) / 2));
      p.set('lat', String((bias[1] + bias[3]) / 2));
      p.set('zoom', '12');
    }
  }
  return url;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const coordinate = (v: unknown, limit: number) => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
};

function bboxOf(values: unknown, order: 'snwe' | 'wnes'): Bbox | null {
  if (!Array.isArray(values) || values.length !== 4) return null;
  const n = values.map((v, i) => coordinate(v, order === 'snwe' ? (i < 2 ? 90 : 180) : (i % 2 === 0 ? 180 : 90)));
  if (n.some((v) => v === null)) return null;
  const [a, b, c, d] = n as number[];
  return order === 'snwe' ? [c!, a!, d!, b!] : [a!, d!, c!, b!];
}

function nominatimPlaces(data: unknown): Place[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((hit): Place[] => {
    if (!isRecord(hit)) return [];
    const lon = coordinate(hit.lon, 180);
    const lat = coordinate(hit.lat, 90);
    const parts = text(hit.display_name).split(',').map((s) => s.trim()).filter(Boolean);
    const label = text(hit.name) || parts[0] || '';
    if (lon === null || lat === null || !label) return [];
    const rest = parts.filter((part) => part !== label).slice(0, 2);
    return [{ kind: 'address', id: String(hit.place_id ?? `${lon},${lat}`), label, detail: rest.join(', '), center: [lon, lat], bbox: bboxOf(hit.boundingbox, 'snwe') }];
  });
}

function photonPlaces(data: unknown): Place[] {
  if (!isRecord(data) || !Array.isArray(data.features)) return [];
  return data.features.flatMap((f): Place[] => {
    if (!isRecord(f) || !isRecord(f.geometry) || !isRecord(f.properties) || !Array.isArray(f.geometry.coordinates)) return [];
    const [lonRaw, latRaw] = f.geometry.coordinates as unknown[];
    const lon = coordinate(lonRaw, 180);
    const lat = coordinate(latRaw, 90);
    const p = f.properties;
    const street = [text(p.street), text(p.housenumber)].filter(Boolean).join(' ');
    const label = text(p.name) || street;
    if (lon === null || lat === null || !label) return [];
    const detail = [label === street ? '' : street, text(p.district), text(p.city)].filter(Boolean).slice(0, 2).join(', ');
    return [{ kind: 'address', id: `${text(p.osm_type)}${String(p.osm_id ?? `${lon},${lat}`)}`, label, detail, center: [lon, lat], bbox: bboxOf(p.extent, 'wnes') }];
  });
}

export class GeocoderError extends Error {}

/** Addresses for `query`; rejects with GeocoderError when the service cannot be asked or answers badly. */
export async function geocode(
  config: GeocoderConfig, query: string, opts: { bias: Bbox | null; lang: Lang; baseUrl: string; signal?: AbortSignal; fetchImpl?: typeof fetch },
): Promise<Place[]> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  let data: unknown;
  try {
    const response = await fetchImpl(geocoderUrl(config, query, opts.bias, opts.lang, opts.baseUrl), {
      signal: opts.signal, headers: { Accept: 'application/json' }, referrerPolicy: 'no-referrer', credentials: 'omit',
    });
    if (!response.ok) throw new GeocoderError(`HTTP ${response.status}`);
    data = await response.json();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw error instanceof GeocoderError ? error : new GeocoderError(String(error));
  }
  return config.type === 'nominatim' ? nominatimPlaces(data) : photonPlaces(data);
}
