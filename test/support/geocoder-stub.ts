// A small geocoder on 127.0.0.1 for tests, speaking the two protocols config.json can name:
// Nominatim (`/search?q=…&format=jsonv2`) and Photon (`/api?q=…`). It knows a few invented
// addresses on the invented streets (invented-streets.ts) and records every request it gets.
import { createServer, type Server } from 'node:http';

export interface StubAddress {
  street: string;
  housenumber: string;
  district: string;
  center: [number, number];
}

export const STUB_ADDRESSES: StubAddress[] = [
  { street: 'Testgränd', housenumber: '3', district: 'Rosengård', center: [13.0452, 55.5855] },
  { street: 'Låtsasstigen', housenumber: '8', district: 'Holma', center: [12.9852, 55.5724] },
  { street: 'Provgatan', housenumber: '12', district: 'Lindängen', center: [13.0058, 55.558] },
];

export interface GeocoderStub {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  requests: URL[];
  close(): Promise<void>;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(q: string): StubAddress[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return STUB_ADDRESSES.filter((a) => words.every((w) => fold(`${a.street} ${a.housenumber} ${a.district} malmo`).includes(w)));
}

function nominatim(found: StubAddress[]) {
  return found.map((a, i) => ({
    place_id: 100 + i, lat: String(a.center[1]), lon: String(a.center[0]), category: 'place', type: 'house',
    display_name: `${a.street} ${a.housenumber}, ${a.district}, Malmö, Skåne län, Sverige`,
    boundingbox: [a.center[1] - 0.0001, a.center[1] + 0.0001, a.center[0] - 0.0001, a.center[0] + 0.0001].map(String),
  }));
}

function photon(found: StubAddress[]) {
  return {
    type: 'FeatureCollection',
    features: found.map((a, i) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: a.center },
      properties: { osm_type: 'N', osm_id: 100 + i, street: a.street, housenumber: a.housenumber, district: a.district, city: 'Malmö' },
    })),
  };
}

export async function startGeocoderStub(): Promise<GeocoderStub> {
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const found = matches(url.searchParams.get('q') ?? '');
    const body = url.pathname === '/search' ? nominatim(found) : url.pathname === '/api' ? photon(found) : null;
    // The app is served from another port: a cross-origin request, as with a real geocoder.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', 'application/json');
    res.statusCode = body === null ? 404 : 200;
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('stub has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
