import { describe, expect, it } from 'vitest';
import { viewForBounds } from './workspace';

describe('the view of a municipality', () => {
  it('centres on its box and zooms so all of it fits: a city closer than a county-sized municipality', () => {
    const malmo = viewForBounds([12.85, 55.49, 13.18, 55.65], 980, 700);
    expect(malmo.center[0]).toBeCloseTo(13.015, 3);
    expect(malmo.center[1]).toBeGreaterThan(55.56);
    expect(malmo.center[1]).toBeLessThan(55.58);
    const kiruna = viewForBounds([17.8, 66.9, 23.3, 69.1], 980, 700);
    expect(kiruna.zoom).toBeLessThan(malmo.zoom - 3);
    // The box fits: 980 px hold the width at the chosen zoom (512 px tiles).
    expect((980 * 360) / (512 * 2 ** malmo.zoom)).toBeGreaterThan(13.18 - 12.85);
  });
});
