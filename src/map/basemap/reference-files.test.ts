import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';

// The generated files the app serves (data/scripts/build-basemap.mjs): checked as shipped.
const publicDir = resolve(import.meta.dirname, '../../../public');
const readJson = <T>(relative: string): T => JSON.parse(readFileSync(join(publicDir, relative), 'utf8')) as T;

interface ManifestEntry {
  id: string; file: string; municipality: string; kommunkod: string;
  kind: 'delomrade' | 'deso' | 'regso'; attribution: string; featureCount: number;
}

const manifest = readJson<ManifestEntry[]>('reference/index.json');
const load = (entry: ManifestEntry) => readJson<FeatureCollection>(`reference/${entry.file}`);

function coordinates(value: unknown): number[][] {
  if (Array.isArray(value) && typeof value[0] === 'number') return [value as number[]];
  return Array.isArray(value) ? value.flatMap(coordinates) : [];
}

describe('reference area layers', () => {
  it('lists the Malmö and Borås layers', () => {
    expect(manifest.map((m) => m.id).sort()).toEqual(
      ['boras-deso', 'boras-regso', 'malmo-delomraden', 'malmo-deso', 'malmo-regso']);
  });

  describe.each(manifest)('$id', (entry) => {
    const { features } = load(entry);

    it('gives every feature a unique id, a code and a name', () => {
      expect(features).toHaveLength(entry.featureCount);
      expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
      expect(new Set(features.map((f) => f.properties?.code)).size).toBe(features.length);
      for (const f of features) {
        expect(typeof f.id).toBe('string');
        expect(f.properties?.code).toMatch(/\S/);
        expect(f.properties?.name).toMatch(/\S/);
      }
    });

    it('has polygons inside Sweden with coordinates rounded to 5 decimals', () => {
      for (const f of features) {
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
        for (const [lng, lat] of coordinates('coordinates' in f.geometry ? f.geometry.coordinates : [])) {
          expect(lng! >= 10 && lng! <= 25 && lat! >= 55 && lat! <= 70).toBe(true);
          expect(Math.round(lng! * 1e5) / 1e5).toBe(lng);
        }
      }
    });

    it('carries an attribution', () => {
      expect(entry.attribution).toMatch(entry.kind === 'delomrade' ? /Malmö stad/ : /SCB/);
    });
  });

  it('names delområden in title case and keeps the upper-case name as code', () => {
    const delomraden = load(manifest.find((m) => m.id === 'malmo-delomraden')!).features;
    const byCode = new Map(delomraden.map((f) => [f.properties?.code, f.properties?.name]));
    expect(byCode.get('LINDÄNGEN')).toBe('Lindängen');
    expect(byCode.get('ROSENGÅRD CENTRUM')).toBe('Rosengård Centrum');
    expect(byCode.get('ÖSTRA SÖDERKULLA')).toBe('Östra Söderkulla');
  });

  it('keeps the DeSO statistics, with suppressed values still missing rather than 0', () => {
    const deso = load(manifest.find((m) => m.id === 'malmo-deso')!).features;
    const first = deso.find((f) => f.properties?.code === '1280C1010');
    expect(first?.properties).toMatchObject({ name: '1280C1010', regsokod: '1280R073', pop: 2056, income: 418.7 });
    const boras = load(manifest.find((m) => m.id === 'boras-deso')!).features;
    expect(boras.some((f) => f.properties?.vulnerable_area_share === null)).toBe(true);
  });
});

describe('basemap files', () => {
  it('has all 290 kommuner and 21 län with codes and names, and a label point for each', () => {
    const kommuner = readJson<FeatureCollection>('basemap/kommuner.geojson').features;
    const lan = readJson<FeatureCollection>('basemap/lan.geojson').features;
    const labels = readJson<FeatureCollection>('basemap/labels.geojson').features;
    expect(new Set(kommuner.map((f) => f.properties?.code)).size).toBe(290);
    expect(new Set(lan.map((f) => f.properties?.code)).size).toBe(21);
    expect(kommuner.find((f) => f.properties?.code === '1280')?.properties?.name).toBe('Malmö');
    expect(labels.filter((f) => f.properties?.kind === 'kommun')).toHaveLength(290);
    expect(labels.filter((f) => f.properties?.kind === 'lan')).toHaveLength(21);
  });

  it('has kommun and län borders to draw, without the coarse municipal coastline', () => {
    const boundaries = readJson<FeatureCollection>('basemap/boundaries.geojson').features;
    expect(boundaries.map((f) => [f.properties?.kind, f.geometry.type])).toEqual(
      [['kommun', 'MultiLineString'], ['lan', 'MultiLineString']]);
  });

  it('shows land under every Malmö DeSO area and sea where the sea is', () => {
    const land = readJson<FeatureCollection>('basemap/land.geojson').features
      .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
    const isLand = (point: [number, number]) =>
      land.some((f) => booleanPointInPolygon(point, f as Parameters<typeof booleanPointInPolygon>[1]));
    const deso = readJson<FeatureCollection>('reference/malmo-deso.geojson').features;
    const offshore = deso.filter((f) => !isLand(pointOnFeature(f).geometry.coordinates as [number, number]));
    expect(offshore.map((f) => f.properties?.code)).toEqual([]);
    // Open water: the Norwegian Sea, the Baltic, Öresund.
    expect([[5, 68], [19, 57], [12.8, 55.62]].map((p) => isLand(p as [number, number]))).toEqual([false, false, false]);
  });

  it('has land around Sweden from Natural Earth, clipped to Scandinavia', () => {
    const land = readJson<FeatureCollection>('basemap/land.geojson').features;
    const names = land.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Sweden', 'Norway', 'Finland', 'Denmark']));
    for (const f of land) {
      for (const [lng, lat] of coordinates('coordinates' in f.geometry ? f.geometry.coordinates : [])) {
        expect(lng! >= 2 && lng! <= 33 && lat! >= 53 && lat! <= 71).toBe(true);
      }
    }
  });
});
