// The demo workspace is built from the bundled Malmö delområden (real, CC0) and invented
// investments, the same way in the browser and in tests.
import type { FeatureCollection } from 'geojson';
import { buildDemoDocument } from '../domain/demo/build-demo';
import type { PlatsenDocument } from '../domain/model';
import { nowIso } from '../domain/ids';

export async function loadDemoDocument(baseUrl: string): Promise<PlatsenDocument> {
  const res = await fetch(new URL('reference/malmo-delomraden.geojson', baseUrl));
  if (!res.ok) throw new Error(`demo areas: HTTP ${res.status}`);
  const areas = (await res.json()) as FeatureCollection;
  return buildDemoDocument(areas, { now: nowIso() });
}
