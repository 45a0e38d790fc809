import { describe, expect, it } from 'vitest';
import { CASING_COLOUR, hexToRgb } from './encoding';
import { RING_RADIUS, rasterRing } from './rings';

/** The colour at an angle (turns clockwise from twelve o'clock) and a distance from the centre. */
function at(image: ReturnType<typeof rasterRing>, turn: number, radius: number): number[] {
  const c = image.width / 2;
  const x = Math.floor(c + radius * Math.sin(turn * 2 * Math.PI));
  const y = Math.floor(c - radius * Math.cos(turn * 2 * Math.PI));
  const o = (y * image.width + x) * 4;
  return [...image.data.slice(o, o + 4)];
}

describe('cluster rings', () => {
  const spec = { size: 1, segments: [{ colour: '#d7191c', weight: 3 }, { colour: null, weight: 1 }] };
  const image = rasterRing(spec, 2);
  const mid = (RING_RADIUS[1] - 4.5) * 2;

  it('split the ring by weight, clockwise from twelve o\'clock, with a hollow (white) segment for waiting', () => {
    expect(at(image, 0.3, mid)).toEqual([...hexToRgb('#d7191c'), 255]);
    expect(at(image, 0.6, mid)).toEqual([...hexToRgb('#d7191c'), 255]);
    expect(at(image, 0.85, mid)).toEqual([255, 255, 255, 255]);
  });

  it('have a dark edge, a white centre for the count and nothing outside', () => {
    expect(at(image, 0.3, RING_RADIUS[1] * 2 - 1.5)).toEqual([...hexToRgb(CASING_COLOUR), 255]);
    expect(at(image, 0.3, 4)).toEqual([255, 255, 255, 255]);
    expect(image.data[3]).toBe(0);
  });

  it('grow with the cluster\'s size step', () => {
    expect([0, 1, 2].map((size) => rasterRing({ size, segments: spec.segments }, 1).width)).toEqual(RING_RADIUS.map((r) => Math.ceil(r * 2 + 2)));
  });
});
