import { describe, expect, it } from 'vitest';
import { readableOn } from './SdgTile';
import { contrastRatio } from './contrast';
import { SDG_COLOURS } from '../domain/sdgs';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('makes every SDG tile number readable (WCAG AA, 4.5:1) on its official colour', () => {
    for (const colour of SDG_COLOURS) expect(contrastRatio(readableOn(colour), colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
