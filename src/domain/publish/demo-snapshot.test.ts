// The public viewer ships public/demo-snapshot.json, written once with
//   node bin/platsen.mjs demo --out /tmp/demo.platsen.json
//   node bin/platsen.mjs publish /tmp/demo.platsen.json --out public/demo-snapshot.json
// This test fails when the demo data or the publishing rules change without regenerating it.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDemoDocument } from '../demo/build-demo';
import { parseSnapshot } from './parse-snapshot';
import { publishSnapshot } from './snapshot';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the bundled demo snapshot', () => {
  it('is what publishing the demo workspace gives today', () => {
    const committed = parseSnapshot(read('public/demo-snapshot.json'));
    const delomraden = JSON.parse(read('data/malmo/delomraden.geojson')) as FeatureCollection;
    const now = '2026-11-27T09:00:00.000Z';
    const { snapshot } = publishSnapshot(buildDemoDocument(delomraden, { now }), { now });
    expect({ ...committed, publishedAt: now }).toEqual(snapshot);
    expect(committed.demo).toBe(true);
  });
});
