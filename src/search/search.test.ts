import { describe, expect, it, vi } from 'vitest';
import { GeocoderError, geocode, geocoderUrl } from './geocoder';
import { circle, distanceTo } from './distance';
import { placeIndex, type Place } from './places';
import { bboxOf } from '../map/planar';

const place = (kind: Place['kind'], label: string, detail = ''): Place => ({ kind, id: label, label, detail, center: [13, 55.6], bbox: null });

describe('the map\'s own places', () => {
  const index = placeIndex([
    place('investment', 'Upprustning av torget', 'Rosengård Centrum'),
    place('area', 'Rosengård Centrum'),
    place('investment', 'Trygghetsvärdar i centrum', 'Rosengård Centrum'),
    place('area', 'Herrgården'),
  ]);

  it('finds names whatever the case or accents, name starts first, areas before investments', () => {
    expect(index.search('rosengard').map((p) => p.label)).toEqual(['Rosengård Centrum']);
    expect(index.search('CENTRUM').map((p) => p.label)).toEqual(['Rosengård Centrum', 'Trygghetsvärdar i centrum']);
    expect(index.search('torg upp').map((p) => p.label)).toEqual(['Upprustning av torget']);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('gården', 1)).toHaveLength(1);
  });
});

const NOMINATIM = { type: 'nominatim', url: 'http://127.0.0.1:9/search', bbox: null } as const;
const PHOTON = { type: 'photon', url: 'https://photon.example.se/api', bbox: null } as const;
const MALMO: [number, number, number, number] = [12.85, 55.49, 13.15, 55.65];

describe('address search', () => {
  it('asks Nominatim with the municipality as its viewbox, in the reader\'s language', () => {
    const url = geocoderUrl(NOMINATIM, 'Provvägen 12', MALMO, 'sv', 'http://127.0.0.1:4173/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'Provvägen 12', limit: '5', format: 'jsonv2', 'accept-language': 'sv', viewbox: '12.85,55.49,13.15,55.65',
    });
  });

  it('asks Photon with a location bias at the municipality\'s centre; a relative URL is this site', () => {
    const url = geocoderUrl({ ...PHOTON, url: 'geo/api' }, 'Testgränd', MALMO, 'en', 'http://127.0.0.1:4173/app/');
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4173/app/geo/api');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'Testgränd', limit: '5', lang: 'en', lon: '13', lat: '55.57', zoom: '12' });
  });

  it('reads both protocols\' answers and drops hits it cannot place', async () => {
    const nominatim = [
      { place_id: 7, display_name: 'Provvägen 12, Rosengård, Malmö, Skåne län, Sverige', lat: '55.585', lon: '13.045', boundingbox: ['55.58', '55.59', '13.04', '13.05'] },
      { place_id: 8, display_name: 'Nowhere', lat: 'x', lon: '13' },
      'junk',
    ];
    const answer = (body: unknown) => vi.fn(async () => Response.json(body));
    const found = await geocode(NOMINATIM, 'Provvägen', { bias: null, lang: 'sv', baseUrl: 'http://x/', fetchImpl: answer(nominatim) });
    expect(found).toEqual([{ kind: 'address', id: '7', label: 'Provvägen 12', detail: 'Rosengård, Malmö', center: [13.045, 55.585], bbox: [13.04, 55.58, 13.05, 55.59] }]);
    const photon = { type: 'FeatureCollection', features: [
      { geometry: { type: 'Point', coordinates: [13.0, 55.57] }, properties: { osm_type: 'N', osm_id: 1, street: 'Testgränd', housenumber: '3', city: 'Malmö' } },
      { geometry: { type: 'Point', coordinates: [999, 55] }, properties: { name: 'Far' } },
    ] };
    expect(await geocode(PHOTON, 'Testgränd', { bias: null, lang: 'sv', baseUrl: 'http://x/', fetchImpl: answer(photon) }))
      .toEqual([{ kind: 'address', id: 'N1', label: 'Testgränd 3', detail: 'Malmö', center: [13.0, 55.57], bbox: null }]);
  });

  it('says the service failed (an error status, no answer, not JSON)', async () => {
    const opts = { bias: null, lang: 'sv' as const, baseUrl: 'http://x/' };
    await expect(geocode(NOMINATIM, 'x', { ...opts, fetchImpl: async () => new Response('busy', { status: 503 }) })).rejects.toThrow(GeocoderError);
    await expect(geocode(NOMINATIM, 'x', { ...opts, fetchImpl: async () => { throw new TypeError('Failed to fetch'); } })).rejects.toThrow(GeocoderError);
    await expect(geocode(NOMINATIM, 'x', { ...opts, fetchImpl: async () => new Response('<html>') })).rejects.toThrow(GeocoderError);
  });
});

describe('distance for "near me"', () => {
  const here: [number, number] = [13.0, 55.6];
  it('measures metres to points, lines and polygons (0 inside)', () => {
    // 0.01° of latitude is about 1.1 km; of longitude at 55.6° about 630 m.
    expect(distanceTo(here, { type: 'Point', coordinates: [13.0, 55.61] })).toBeCloseTo(1106, -1);
    expect(distanceTo(here, { type: 'Point', coordinates: [13.01, 55.6] })).toBeCloseTo(629, -1);
    expect(distanceTo(here, { type: 'LineString', coordinates: [[12.99, 55.605], [13.01, 55.605]] })).toBeCloseTo(553, -1);
    const square = { type: 'Polygon' as const, coordinates: [[[12.99, 55.59], [13.01, 55.59], [13.01, 55.61], [12.99, 55.61], [12.99, 55.59]]] };
    expect(distanceTo(here, square)).toBe(0);
    expect(distanceTo([13.02, 55.6], square)).toBeCloseTo(629, -1);
  });

  it('draws the circle a list covers', () => {
    const [w, s, e, n] = bboxOf(circle(here, 1000));
    expect((n - s) * 110_574).toBeCloseTo(2000, -1);
    expect(distanceTo(here, { type: 'Point', coordinates: [e, here[1]] })).toBeCloseTo(1000, -1);
    expect(w).toBeLessThan(here[0]);
  });
});
