// Test support for the statistics UI tests (imported by *.test.tsx only, never by the app): two
// side-by-side DeSO squares with round figures, the second one without a value for `flats` and
// `capital_inc` (as SCB suppresses some), so sums and means can be worked out by hand.
import type { Area } from '../../domain/model';
import type { DesoFeature } from '../../domain/stats/deso-index';
import { rect, testArea } from '../../domain/test-kit';

export function desoSquare(code: string, minX: number, props: Record<string, number | null>): DesoFeature {
  return {
    type: 'Feature', id: `malmo-deso:${code}`, geometry: rect(minX, 55.6, minX + 0.01, 55.61),
    properties: { code, name: code, desokod: code, regsokod: 'R1', ...props },
  };
}

export const DESO_FIXTURE: DesoFeature[] = [
  desoSquare('1280C0001', 13.0, { pop: 1000, growth: 1, young: 20, single: 30, foreign: 40, income: 300, income_med: 280, capital_inc: 50, low_econ: 10, unemp: 5, employment: 80, higher_ed: 40, renters: 60, flats: 90 }),
  desoSquare('1280C0002', 13.01, { pop: 3000, growth: 2, young: 30, single: 20, foreign: 60, income: 200, income_med: 180, capital_inc: null, low_econ: 30, unemp: 15, employment: 60, higher_ed: 20, renters: 80, flats: null }),
];

/** An area adopted from both DeSO: its figures are exact. */
export function adoptedArea(): Area {
  return { ...testArea('area_a', 'Lindängen', rect(13.0, 55.6, 13.02, 55.61)), source: { type: 'adopted', layer: 'malmo-deso', codes: ['1280C0001', '1280C0002'] } };
}
