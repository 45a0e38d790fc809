import { describe, expect, it } from 'vitest';
import {
  CASING_COLOUR, PHASE_RAMP, RATING_COLOURS, STOPPED_COLOUR, contrastRatio, phaseRamp, relativeLuminance,
} from './encoding';
import { RATINGS } from '../domain/model';

const LIGHT_BASEMAP_LAND = '#f7f6f2';

describe('phase ramp', () => {
  it('gives six distinct colours for G0..G5, light to dark, so order reads as lightness', () => {
    const ramp = phaseRamp(6);
    expect(ramp).toEqual([...PHASE_RAMP]);
    expect(new Set(ramp).size).toBe(6);
    const lum = ramp.map(relativeLuminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]!);
  });

  it('neighbouring phases differ enough in lightness to tell apart without hue (colour blindness)', () => {
    const ramp = phaseRamp(6);
    for (let i = 1; i < ramp.length; i++) expect(contrastRatio(ramp[i]!, ramp[i - 1]!)).toBeGreaterThan(1.3);
  });

  it('interpolates for other gate counts, keeping the ends and the light-to-dark order', () => {
    for (const n of [2, 3, 4, 5, 7, 9]) {
      const ramp = phaseRamp(n);
      expect(ramp).toHaveLength(n);
      expect(new Set(ramp).size).toBe(n);
      expect(ramp[0]).toBe(PHASE_RAMP[0]);
      expect(ramp.at(-1)).toBe(PHASE_RAMP.at(-1));
      const lum = ramp.map(relativeLuminance);
      for (let i = 1; i < n; i++) expect(lum[i]).toBeLessThan(lum[i - 1]!);
    }
    expect(phaseRamp(1)).toHaveLength(1);
    expect(phaseRamp(0)).toEqual([]);
  });

  it('keeps stopped grey out of the ramp', () => {
    expect(phaseRamp(6)).not.toContain(STOPPED_COLOUR);
  });

  it('draws symbols with a casing that stands out (>= 3:1) from the light basemap and from every phase colour', () => {
    expect(contrastRatio(CASING_COLOUR, LIGHT_BASEMAP_LAND)).toBeGreaterThanOrEqual(3);
    // Only the lighter half needs the casing for contrast; the darker half stands out by itself.
    for (const c of PHASE_RAMP.slice(0, 3)) expect(contrastRatio(CASING_COLOUR, c)).toBeGreaterThanOrEqual(3);
    for (const c of PHASE_RAMP.slice(3)) expect(contrastRatio(c, LIGHT_BASEMAP_LAND)).toBeGreaterThanOrEqual(3);
  });
});

describe('rating colours', () => {
  it('give every rating its own colour, not assessed distinct from stopped', () => {
    const colours = RATINGS.map((r) => RATING_COLOURS[r]);
    expect(new Set(colours).size).toBe(RATINGS.length);
    expect(colours).not.toContain(STOPPED_COLOUR);
  });
});
