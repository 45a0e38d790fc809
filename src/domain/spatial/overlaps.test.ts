import { describe, expect, it } from 'vitest';
import { area as turfArea } from '@turf/turf';
import { overlapsFor } from './overlaps';
import { fixtureArea, rect } from './area-fixtures';

const areas = Object.fromEntries(
  [
    fixtureArea('a', 'Lindängen', rect(0, 0, 500, 500)),
    fixtureArea('b', 'Skolområde', rect(400, 0, 400, 500)), // shares a 100 m strip with a
    fixtureArea('c', 'Park', rect(100, 100, 100, 100)), // wholly inside a
    fixtureArea('d', 'Grannen', rect(500.05, 600, 400, 400)), // touches nothing of a
    fixtureArea('e', 'Sömmen', rect(499.9, 0, 300, 500)), // a 10 cm seam, as between simplified neighbours
  ].map((a) => [a.id, a]),
);

describe('overlapsFor', () => {
  it('lists the areas sharing surface, largest first, with their share of this area', () => {
    const result = overlapsFor('a', { areas });
    expect(result.map((o) => o.areaId)).toEqual(['b', 'c']);
    const [b, c] = result;
    const aM2 = turfArea(rect(0, 0, 500, 500));
    expect(b!.name).toBe('Skolområde');
    expect(b!.overlapM2 / turfArea(rect(0, 0, 100, 500))).toBeCloseTo(1, 2);
    expect(b!.shareOfThis).toBeCloseTo(turfArea(rect(0, 0, 100, 500)) / aM2, 3);
    expect(c!.shareOfThis).toBeCloseTo(turfArea(rect(0, 0, 100, 100)) / aM2, 3);
  });

  it('sees the containing area from the inside', () => {
    expect(overlapsFor('c', { areas })).toEqual([expect.objectContaining({ areaId: 'a', shareOfThis: expect.closeTo(1, 3) })]);
  });

  it('is empty for an unknown area', () => {
    expect(overlapsFor('zz', { areas })).toEqual([]);
  });
});
