// The symbol code, the colour classes and the cluster counts each exist twice, as JavaScript (for
// the legend and the tests) and as style expressions (for MapLibre). These properties hold the two
// to the same answers over every kind of investment, with MapLibre's own expression evaluator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPECTS, RATINGS, type Aspect, type Rating } from '../domain/model';
import type { ColourBy } from '../store/session';
import { clusterClassCounts, clusterProperties, parseRingImageId, ringImageExpression, ringImageId } from './cluster-mix';
import {
  classIndexOf, colourClasses, iconImageExpression, symbolColour, symbolColourExpression, type ColourMode,
} from './colour-mode';
import { PHASE_RAMP, RATING_COLOURS, SHAPE_OF_KIND, STOPPED_COLOUR } from './encoding';
import { KINDS, STATUSES, UNRATED, decodeSymbolClass, encodeSymbolClass, type SymbolClass } from './symbol-code';
import { symbolImageId } from './symbols';
import { evaluate } from './testing';

const symbolClass: fc.Arbitrary<SymbolClass> = fc.record({
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...STATUSES),
  gateIndex: fc.integer({ min: 0, max: 9 }),
  ratings: fc.tuple(...ASPECTS.map(() => fc.constantFrom(...RATINGS)))
    .map((r) => Object.fromEntries(ASPECTS.map((a, i) => [a, r[i]])) as Record<Aspect, Rating>),
});
const colourBy: fc.Arbitrary<ColourBy> = fc.oneof(fc.constant({ type: 'phase' as const }), fc.constantFrom(...ASPECTS).map((aspect) => ({ type: 'aspect' as const, aspect })));
const mode: fc.Arbitrary<ColourMode> = fc.record({ by: colourBy, gateCount: fc.integer({ min: 1, max: 10 }) });

describe('the symbol code', () => {
  it('keeps kind, status, phase and every rating (a stopped investment\'s ratings show nowhere and are not kept)', () => {
    fc.assert(fc.property(symbolClass, (c) => {
      const kept = c.status === 'stopped' ? { ...c, ratings: UNRATED } : c;
      expect(decodeSymbolClass(encodeSymbolClass(c))).toEqual(kept);
    }));
  });
});

describe('colour classes', () => {
  it('give each investment the same colour in JavaScript and in the layers, and the same image name as symbols.ts', () => {
    fc.assert(fc.property(symbolClass, mode, (c, m) => {
      const props = { c: encodeSymbolClass(c) };
      const colour = symbolColour(c, m);
      expect(evaluate(symbolColourExpression(m), props)).toBe(colour);
      expect(evaluate(iconImageExpression(m), props)).toBe(symbolImageId({ shape: SHAPE_OF_KIND[c.kind], status: c.status, colour }));
    }));
  });

  it('by phase: the gates, then waiting and stopped; by an aspect: the ratings, then stopped', () => {
    expect(colourClasses({ by: { type: 'phase' }, gateCount: 6 }).map((c) => c.colour)).toEqual([...PHASE_RAMP, '#ffffff', STOPPED_COLOUR]);
    expect(colourClasses({ by: { type: 'aspect', aspect: 'market' }, gateCount: 6 }).map((c) => c.key))
      .toEqual([...RATINGS.map((r) => `rating:${r}`), 'stopped']);
    const weakInMarket = { kind: 'physical', status: 'waiting', gateIndex: 2, ratings: { ...Object.fromEntries(ASPECTS.map((a) => [a, 'neutral'])), market: 'weak' } } as SymbolClass;
    expect(symbolColour(weakInMarket, { by: { type: 'aspect', aspect: 'market' }, gateCount: 6 })).toBe(RATING_COLOURS.weak);
    expect(symbolColour({ ...weakInMarket, status: 'stopped' }, { by: { type: 'aspect', aspect: 'market' }, gateCount: 6 })).toBe(STOPPED_COLOUR);
  });
});

/** MapLibre's clustering, as the worker runs it: each point mapped by the map expressions, then summed. */
function cluster(points: SymbolClass[], m: ColourMode): Record<string, number> {
  const props = clusterProperties(m);
  const out: Record<string, number> = { point_count: points.length };
  for (const [name, [operator, map]] of Object.entries(props)) {
    expect(operator).toBe('+');
    out[name] = points.reduce((sum, p) => sum + Number(evaluate(map, { c: encodeSymbolClass(p) })), 0);
  }
  return out;
}

describe('cluster counts', () => {
  it('count every class of the colour shown, exactly, from MapLibre cluster properties', () => {
    fc.assert(fc.property(fc.array(symbolClass, { minLength: 2, maxLength: 40 }), mode, (points, m) => {
      const expected = colourClasses(m).map((_, i) => points.filter((p) => classIndexOf(p, m) === i).length);
      expect(clusterClassCounts(cluster(points, m), m)).toEqual(expected);
    }), { numRuns: 60 });
  });

  it('stay exact for counts far beyond any workspace: two classes share one number', () => {
    const m: ColourMode = { by: { type: 'phase' }, gateCount: 6 };
    const props = clusterProperties(m);
    // 60,000 of G0 and 45,000 of G1 share the first property: 60,000 + 45,000 · 2^26.
    const first = Object.keys(props)[0]!;
    expect(clusterClassCounts({ [first]: 60_000 + 45_000 * 2 ** 26 }, m).slice(0, 2)).toEqual([60_000, 45_000]);
    expect(Object.keys(props)).toHaveLength(Math.ceil(colourClasses(m).length / 2));
  });

  it('name the same ring image in the layers as in JavaScript, and the image knows its segments', () => {
    fc.assert(fc.property(fc.array(symbolClass, { minLength: 2, maxLength: 40 }), mode, (points, m) => {
      const props = cluster(points, m);
      const counts = clusterClassCounts(props, m);
      const id = ringImageId(counts, m);
      expect(evaluate(ringImageExpression(m), props)).toBe(id);
      const spec = parseRingImageId(id)!;
      expect(spec.segments).toHaveLength(counts.filter((n) => n > 0).length);
      expect(spec.size).toBe(points.length < 10 ? 0 : points.length < 100 ? 1 : 2);
    }), { numRuns: 60 });
  });

  it('give a class present at all at least a twelfth of the ring', () => {
    const m: ColourMode = { by: { type: 'aspect', aspect: 'market' }, gateCount: 6 };
    const counts = [0, 0, 98, 2, 0, 0, 0];
    expect(parseRingImageId(ringImageId(counts, m))!.segments).toEqual([
      { colour: RATING_COLOURS.neutral, weight: 12 }, { colour: RATING_COLOURS.weak, weight: 1 },
    ]);
  });
});
