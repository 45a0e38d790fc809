import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { rect } from '../../domain/spatial/area-fixtures';
import { readReferenceFeatures, type ReferenceFeature } from '../../map/reference/reference-data';
import { connectedGroups, defaultAdoptName, referenceLabel, searchReference } from './adopt-model';

function feature(code: string, name: string, geometry = rect(0, 0, 100, 100)): ReferenceFeature {
  return { id: `malmo-delomraden:${code}`, code, name, geometry };
}

describe('adopting reference polygons', () => {
  it('offers the reference name for one polygon and the names joined with " + " for several', () => {
    expect(defaultAdoptName([feature('A', 'Holma')])).toBe('Holma');
    expect(defaultAdoptName([feature('A', 'Holma'), feature('B', 'Kroksbäck')])).toBe('Holma + Kroksbäck');
  });

  it('counts separate pieces: touching polygons are one, a polygon across town is another', () => {
    const west = feature('W', 'West', rect(0, 0, 1000, 1000));
    const east = feature('E', 'East', rect(1000, 0, 1000, 1000));
    const nearlyEast = feature('N', 'Gap of 3 m', rect(2003, 0, 500, 500));
    const far = feature('F', 'Far', rect(9000, 0, 500, 500));
    expect(connectedGroups([])).toBe(0);
    expect(connectedGroups([west, east])).toBe(1);
    // A chain counts as one piece even though its ends do not touch.
    expect(connectedGroups([west, east, nearlyEast])).toBe(1);
    expect(connectedGroups([west, far])).toBe(2);
    expect(connectedGroups([west, far, east])).toBe(2);
  });

  it('searches codes and names ignoring accents and case', () => {
    const list = [feature('KROKSBÄCK', 'Kroksbäck'), feature('1280C1030', '1280C1030'), feature('HOLMA', 'Holma')];
    expect(searchReference(list, 'kroksback').map((f) => f.code)).toEqual(['KROKSBÄCK']);
    expect(searchReference(list, '1280c10').map((f) => f.code)).toEqual(['1280C1030']);
    expect(searchReference(list, '')).toHaveLength(3);
    expect(referenceLabel(list[0]!)).toBe('Kroksbäck (KROKSBÄCK)');
    expect(referenceLabel(list[1]!)).toBe('1280C1030');
  });

  it('reads every bundled DeSO with its layer-prefixed id and code', () => {
    const file = JSON.parse(readFileSync(new URL('../../../public/reference/malmo-deso.geojson', import.meta.url), 'utf8')) as FeatureCollection;
    const features = readReferenceFeatures('malmo-deso', file);
    expect(features).toHaveLength(file.features.length);
    expect(features.every((f) => f.id === `malmo-deso:${f.code}` && /^1280C\d{4}$/.test(f.code))).toBe(true);
  });
});
