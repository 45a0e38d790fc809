// The validator: random valid polygons stay valid and finite; random junk only ever produces
// DomainErrors or per-feature problems; a 100,000-feature file goes through whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { DomainError } from '../../src/domain/errors';
import { toWgs84Transform } from '../../src/domain/io/crs';
import { readAny } from '../../src/domain/io/import-pipeline';
import { MAX_PROPERTY_CHARS, validateFeatures } from '../../src/domain/io/validate';
import { parseXmlStrict } from '../../src/domain/io/parse-xml';
import { fixture } from './io-fixtures';

const identity = toWgs84Transform('EPSG:4326');
const enc = (s: string) => new TextEncoder().encode(s);
const goodZip = fixture('good-input', 'sweref-points.zip').bytes;

/** A star-shaped ring around a centre: simple by construction, in either winding. */
const starPolygon = fc.record({
  lon: fc.double({ min: 11, max: 24, noNaN: true }),
  lat: fc.double({ min: 55, max: 69, noNaN: true }),
  radii: fc.array(fc.double({ min: 0.001, max: 0.05, noNaN: true }), { minLength: 3, maxLength: 40 }),
  clockwise: fc.boolean(),
}).map(({ lon, lat, radii, clockwise }) => {
  const ring = radii.map((r, i) => {
    const a = ((clockwise ? -1 : 1) * 2 * Math.PI * i) / radii.length;
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] } };
});

describe('validateFeatures', () => {
  it('keeps random simple polygons, finite and wound counter-clockwise', () => {
    fc.assert(fc.property(fc.array(starPolygon, { minLength: 1, maxLength: 20 }), (features) => {
      const report = validateFeatures(features, { transform: identity });
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.valid).toHaveLength(features.length);
      for (const f of report.valid) {
        const ring = (f.geometry as Polygon).coordinates[0]!;
        expect(ring.flat().every(Number.isFinite)).toBe(true);
        let twiceArea = 0;
        for (let i = 0; i < ring.length - 1; i++) twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
        expect(twiceArea).toBeGreaterThan(0);
      }
    }));
  });

  it('never throws on junk features, and reports every one it refuses', () => {
    fc.assert(fc.property(fc.array(fc.anything({ withNullPrototype: true, withObjectString: true })), (junk) => {
      const report = validateFeatures(junk, { transform: identity });
      expect(report.counts.valid + report.counts.invalid).toBe(junk.length);
      const refused = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.featureIndex));
      expect(refused.size).toBe(report.counts.invalid);
    }));
  });

  it('throws nothing but DomainError on junk files', async () => {
    const files = fc.oneof(
      fc.json().map((s) => ({ name: 'x.geojson', bytes: enc(s) })),
      fc.string().map((s) => ({ name: 'x.csv', bytes: enc(s) })),
      fc.string().map((s) => ({ name: 'x.kml', bytes: enc(`<kml>${s}</kml>`) })),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ name: 'x.zip', bytes: Uint8Array.from([0x50, 0x4b, 3, 4, ...bytes]) })),
      // A real zipped shapefile with bytes overwritten: damaged downloads look like this.
      fc.array(fc.tuple(fc.nat(goodZip.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
        .map((edits) => {
          const bytes = goodZip.slice();
          for (const [at, value] of edits) bytes[at] = value;
          return { name: 'x.zip', bytes };
        }),
    );
    await fc.assert(fc.asyncProperty(files, async (file) => {
      try {
        await readAny(file, { parseXml: parseXmlStrict });
      } catch (e) {
        expect(e, String(e)).toBeInstanceOf(DomainError);
      }
    }), { numRuns: 300 });
  });

  it('keeps the first of two equal ids and a "__proto__" property as plain data', () => {
    const props = JSON.parse('{"__proto__": {"polluted": true}, "namn": "A"}') as Record<string, unknown>;
    const f = (id: string) => ({ type: 'Feature', id, properties: props, geometry: { type: 'Point', coordinates: [13, 55.6] } });
    const report = validateFeatures([f('x'), f('x')], { transform: identity });
    expect(report.valid.map((v) => v.id)).toEqual(['x', undefined]);
    expect(Object.keys(report.valid[0]!.properties)).toEqual(['__proto__', 'namn']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts over-long texts to the limit and says so', () => {
    const long = 'å'.repeat(MAX_PROPERTY_CHARS + 1);
    const report = validateFeatures([{ type: 'Feature', properties: { text: long }, geometry: { type: 'Point', coordinates: [13, 55] } }],
      { transform: identity });
    expect((report.valid[0]!.properties.text as string).length).toBe(MAX_PROPERTY_CHARS);
    expect(report.problems).toMatchObject([{ code: 'io.note.propertyTruncated', severity: 'note', featureIndex: 0 }]);
  });

  it('reports progress and stops with io.cancelled when aborted', () => {
    const features = Array.from({ length: 5000 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [13, 55] } }));
    const seen: number[] = [];
    validateFeatures(features, { transform: identity, progressEvery: 1000, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000]);
    const controller = new AbortController();
    const run = () => validateFeatures(features, {
      transform: identity, progressEvery: 1000, signal: controller.signal, onProgress: () => controller.abort(),
    });
    expect(run).toThrow(expect.objectContaining({ code: 'io.cancelled' }));
  });

  it('takes a 100,000-feature, 20 MB file through whole', async () => {
    const features = Array.from({ length: 100_000 }, (_, i) => {
      const lon = 12 + (i % 1000) / 100;
      const lat = 55 + Math.floor(i / 1000) / 10;
      const properties = { id: i, namn: `Objekt ${i}`, beskrivning: 'En rad text som gör filen lika stor som en verklig export.' };
      return i % 2 === 0
        ? { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } }
        : { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.001, lat], [lon + 0.001, lat + 0.001], [lon, lat + 0.001], [lon, lat]]] } };
    });
    const bytes = enc(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(bytes.length).toBeGreaterThan(19_000_000);
    const r = await readAny({ name: 'stor.geojson', bytes }, { parseXml: parseXmlStrict });
    expect(r.counts).toMatchObject({ total: 100_000, valid: 100_000, invalid: 0, byGeometry: { Point: 50_000, Polygon: 50_000 } });
  }, 30_000);
});

describe('polygon repairs', () => {
  const polygon = (ring: number[][]) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });

  it('drops repeated vertices instead of calling them self-intersections', () => {
    const report = validateFeatures([polygon([[13, 55], [13.1, 55], [13.1, 55], [13.1, 55.1], [13, 55.1], [13, 55]])], { transform: identity });
    expect(report.problems).toEqual([]);
    expect((report.valid[0]!.geometry as Polygon).coordinates[0]).toHaveLength(5);
  });

  it('refuses a ring whose repeated vertices leave fewer than four positions', () => {
    const report = validateFeatures([polygon([[13, 55], [13.1, 55], [13.1, 55], [13, 55]])], { transform: identity });
    expect(report.problems).toMatchObject([{ code: 'io.problem.ringTooShort', severity: 'error' }]);
  });
});
