import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ASPECTS, type Aspect, type Rating } from '../domain/model';
import type { SymbolProps } from './derive-sources';
import { FEW_IN_VIEW, fewAround } from './few-in-view';
import { countCodesInView, summariseInView } from './in-view';
import { encodeSymbolClass, type SymbolClass } from './symbol-code';

const ratings = (market: Rating) => ({ ...Object.fromEntries(ASPECTS.map((a) => [a, 'neutral'])), market }) as Record<Aspect, Rating>;
const symbol = (id: string, at: [number, number], c: Partial<SymbolClass> = {}): Feature<Point, SymbolProps> => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: at },
  properties: { id, title: id, shapeZoom: 99, c: encodeSymbolClass({ kind: 'physical', status: 'active', gateIndex: 0, ratings: ratings('neutral'), ...c }) },
});

describe('what is in view', () => {
  const symbols = [
    symbol('a', [13.0, 55.6], { gateIndex: 2, ratings: ratings('weak') }),
    symbol('b', [13.001, 55.6], { kind: 'social', status: 'waiting', gateIndex: 2 }),
    symbol('c', [13.002, 55.6], { status: 'stopped', ratings: ratings('weak') }),
    symbol('far', [14, 56]),
  ];
  const view: [number, number, number, number] = [12.99, 55.59, 13.01, 55.61];

  it('is counted by code, so any colour can be summarised without counting again', () => {
    const codes = countCodesInView(symbols, view);
    const byPhase = summariseInView(codes, { by: { type: 'phase' }, gateCount: 6 });
    expect(byPhase).toMatchObject({ total: 3, kinds: { physical: 2, social: 1 }, statuses: { active: 1, waiting: 1, stopped: 1, realised: 0 } });
    // Phase classes: G0..G5, waiting, stopped; the gates count every investment not stopped.
    expect(byPhase.classes).toEqual([0, 0, 1, 0, 0, 0, 1, 1]);
    expect(byPhase.gates).toEqual([0, 0, 2, 0, 0, 0]);
    // By the market: strong … not assessed, stopped (grey, whatever its rating).
    expect(summariseInView(codes, { by: { type: 'aspect', aspect: 'market' }, gateCount: 6 }).classes).toEqual([0, 0, 1, 1, 0, 0, 1]);
  });

  it('leaves a few in view unclustered, with the symbols a view around them, and not many', () => {
    const few = fewAround(symbols, view);
    expect(few.features!.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    const crowd = Array.from({ length: FEW_IN_VIEW + 1 }, (_, i) => symbol(`s${i}`, [13 + i * 0.0001, 55.6]));
    expect(fewAround(crowd, view).features).toBeNull();
  });
});
