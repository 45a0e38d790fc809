// The viewer's pure parts: address, search and filters, geometry, sources and the legend's PNGs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import { iconImageExpression, phaseMode } from '../../src/map/colour-mode';
import { parseSymbolImageId, rasterSymbol } from '../../src/map/symbols';
import { evaluate } from '../../src/map/testing';
import { filterInvestments, NO_FILTER } from '../../src/viewer/filter';
import { fold } from '../../src/search/places';
import { SHAPE_ALWAYS_ZOOM } from '../../src/map/generalise';
import { bboxOf, interiorPoint } from '../../src/map/planar';
import { readSnapshot } from '../../src/viewer/load';
import { pngBytes } from '../../src/viewer/png';
import { snapshotSources } from '../../src/viewer/sources';
import { formatHash, langOf, parseHash, readParams } from '../../src/viewer/url-state';
import '../../src/i18n/strings/viewer';

const demo = parseSnapshot(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'demo-snapshot.json'), 'utf8'));
const PAGE = 'https://karta.example.se/platsen/public.html';

describe('address', () => {
  it('loads the bundled demo by default and same-origin files only', () => {
    expect(readParams(PAGE).snapshotUrl?.href).toBe('https://karta.example.se/platsen/demo-snapshot.json');
    expect(readParams(`${PAGE}?src=data/2026.json`).snapshotUrl?.href).toBe('https://karta.example.se/platsen/data/2026.json');
    expect(readParams(`${PAGE}?src=https://karta.example.se/x.json`).snapshotUrl?.href).toBe('https://karta.example.se/x.json');
    expect(readParams(`${PAGE}?src=https://evil.example/x.json`).snapshotUrl).toBeNull();
    expect(readParams(`${PAGE}?src=//evil.example/x.json`).snapshotUrl).toBeNull();
  });

  it('takes the language from ?lang= only (else the deployment decides), never from the browser', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('sv')).toBe('sv');
    expect(langOf(null)).toBeNull();
    expect(langOf('fr')).toBeNull();
    expect(readParams(`${PAGE}?lang=en`).lang).toBe('en');
    expect(readParams(PAGE).lang).toBeNull();
    expect(readParams(`${PAGE}?embed=1`).embed).toBe(true);
  });

  it('round-trips permanent links, ids with any character included', () => {
    for (const target of [{ type: 'area', id: 'area_x' }, { type: 'investment', id: 'a b/ö#&=' }] as const) {
      expect(parseHash(formatHash(target))).toEqual(target);
    }
    expect(parseHash('')).toBeNull();
    expect(parseHash('#other=1')).toBeNull();
    expect(parseHash('#area=%E0%A4%A')).toBeNull();
  });
});

describe('search and filters', () => {
  const titles = (f: Partial<typeof NO_FILTER>, lang: 'sv' | 'en' = 'sv') =>
    filterInvestments(demo, { ...NO_FILTER, ...f }, lang).map((i) => i.title);

  it('search ignores case and accents, and every word must match', () => {
    expect(fold('Hälsotorg ÅÄÖ é')).toBe('halsotorg aao e');
    expect(titles({ query: 'HALSOTORG' })).toEqual(['Hälsotorg i samverkan med Region Skåne']);
    expect(titles({ query: 'trygghet centrum' })).toEqual(['Trygghetsbelysning vid centrumtorget', 'Trygghetsvärdar i centrum']);
  });

  it('search finds area names and translated category names', () => {
    expect(titles({ query: 'kroksbäck' }).length).toBe(demo.investments.filter((i) => i.areaId === 'area_kroksback').length);
    expect(titles({ query: 'lighting' }, 'en')).toHaveLength(2);
  });

  it('filters by kind, category, phase and goal, together', () => {
    expect(titles({ kind: 'social' }).length).toBe(demo.investments.filter((i) => i.kind === 'social').length);
    expect(titles({ category: 'street' })).toHaveLength(3);
    // Phases in residents' words: G3 and G4 both read "Pågår"; paused and stopped ones are apart.
    const active = (gates: number[]) => demo.investments.filter((i) => gates.includes(i.phase.gateIndex) && i.phase.status === 'active');
    expect(titles({ phase: 'ongoing' }).sort()).toEqual(active([3, 4]).map((i) => i.title).sort());
    expect(titles({ phase: 'stopped' })).toEqual(['Trygghetsvärdar i centrum']);
    expect(titles({ phase: 'waiting' })).toHaveLength(demo.investments.filter((i) => i.phase.status === 'waiting').length);
    expect(titles({ sdg: 17 })).toEqual(['Trygghetsvandringar och grannsamverkan']);
    expect(titles({ kind: 'social', category: 'street' })).toEqual([]);
  });
});

describe('geometry and sources', () => {
  it('puts a label point inside a U-shaped area, where the centre of its box is not', () => {
    const u = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    const [x, y] = interiorPoint(u);
    const insideArm = (x! < 1 || x! > 2) || y! < 1;
    expect(insideArm && x! > 0 && x! < 3 && y! > 0 && y! < 3).toBe(true);
    expect(bboxOf(u)).toEqual([0, 0, 3, 3]);
  });

  it('gives every investment a symbol with the editor\'s images, and each line or polygon its shape too', () => {
    const s = snapshotSources(demo);
    expect(s.investmentPoints.map((f) => f.properties.id).sort()).toEqual(demo.investments.map((i) => i.id).sort());
    const drawnAsShapes = demo.investments.filter((i) => i.geometry.type !== 'Point' && !(i.wholeArea && i.areaId));
    expect(drawnAsShapes.length).toBeGreaterThan(0);
    expect(s.investmentShapes.features.map((f) => f.properties.id).sort()).toEqual(drawnAsShapes.map((i) => i.id).sort());
    // A shape and its symbol agree on the zoom at which the one takes over from the other.
    for (const shape of s.investmentShapes.features) {
      expect(shape.properties.shapeZoom).toBeLessThanOrEqual(SHAPE_ALWAYS_ZOOM);
      expect(s.investmentPoints.find((f) => f.id === shape.id)!.properties.shapeZoom).toBe(shape.properties.shapeZoom);
    }
    // Drawn as the editor draws them: the layers' image name from each symbol's code.
    const image = iconImageExpression(phaseMode(demo.gates.length));
    for (const f of s.investmentPoints) expect(parseSymbolImageId(String(evaluate(image, f.properties)))).not.toBeNull();
    // Whole-area investments are points inside their area's box.
    const whole = s.investmentPoints.find((f) => f.properties.wholeArea)!;
    const [w, so, e, n] = bboxOf(demo.areas.find((a) => a.id === whole.properties.areaId)!.geometry);
    const [x, y] = (whole.geometry as { coordinates: number[] }).coordinates;
    expect(x! > w && x! < e && y! > so && y! < n).toBe(true);
  });
});

describe('snapshot errors become message keys', () => {
  it('names the problem', () => {
    expect(readSnapshot('not json')).toMatchObject({ ok: false, key: 'snapshot.error.notJson' });
    expect(readSnapshot('{"format":"platsen-public-snapshot","version":9}')).toMatchObject({ ok: false, key: 'snapshot.error.version', params: { found: '9' } });
  });
});

describe('legend PNGs', () => {
  it('encode the map symbol pixel for pixel', () => {
    const image = rasterSymbol({ shape: 'circle', status: 'waiting', colour: '#41b6c4' }, 2);
    const png = pngBytes(image);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([image.width, image.height]);
    const idatLength = view.getUint32(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const row = image.width * 4;
    for (let y = 0; y < image.height; y++) {
      expect(raw[y * (row + 1)]).toBe(0);
      expect(Buffer.compare(raw.subarray(y * (row + 1) + 1, (y + 1) * (row + 1)), Buffer.from(image.data.subarray(y * row, (y + 1) * row)))).toBe(0);
    }
  });
});
