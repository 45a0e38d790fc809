// Cluster images drawn at run time: a ring split by the mix of the active colour around a white
// centre that holds the count (a text layer on top). Drawn on demand from the image's name, like
// the symbols (symbols.ts), so every map draws them the same way, and they are part of the map's
// canvas: an exported map image has them, and nothing lies over the map for a reader to miss.
// Pure pixel maths, so it runs in Node tests.
import type { RingSpec } from './cluster-mix';
import { CASING_COLOUR, HOLLOW_FILL, hexToRgb } from './encoding';
import { blend, cover, paint, rasterise, type RasterImage } from './raster';

/** Outer radius in CSS pixels for each size step (cluster-mix.ts RingSpec.size). */
export const RING_RADIUS = [16, 20, 25] as const;
const RING_WIDTH = 8;

export function rasterRing(spec: RingSpec, pixelRatio = 2): RasterImage {
  const radius = RING_RADIUS[spec.size]! * pixelRatio;
  const casing = 1.5 * pixelRatio;
  const inner = radius - casing - RING_WIDTH * pixelRatio;
  const line = 1 * pixelRatio;
  const total = spec.segments.reduce((a, s) => a + s.weight, 0);
  // Boundaries as fractions of a turn, clockwise from twelve o'clock.
  const ends: number[] = [];
  spec.segments.reduce((at, s) => (ends.push(at + s.weight / total), at + s.weight / total), 0);
  const colours = spec.segments.map((s) => hexToRgb(s.colour ?? HOLLOW_FILL));
  const dark = hexToRgb(CASING_COLOUR);
  const white = hexToRgb(HOLLOW_FILL);

  const segmentAt = (turn: number) => {
    for (let k = 0; k < ends.length; k++) if (turn < ends[k]!) return k;
    return 0;
  };
  // In turns, to the nearest boundary between segments (none with a single segment).
  const toBoundary = (turn: number) => {
    let nearest = Infinity;
    if (ends.length > 1) for (const e of ends) nearest = Math.min(nearest, Math.abs(((turn - e + 1.5) % 1) - 0.5));
    return nearest;
  };

  // Angles are worked out only in the ring itself, not in its centre or outside it.
  return rasterise(Math.ceil(radius * 2 + 2), (x, y, pixel) => {
    const d = Math.hypot(x, y);
    pixel[3] = cover(d - radius);
    if (pixel[3] === 0) return;
    paint(pixel, dark);
    if (d > inner - 1) {
      const turn = (Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1;
      blend(pixel, colours[segmentAt(turn)] ?? white, cover(d - radius + casing) * cover(inner - d) * cover(line / 2 - toBoundary(turn) * 2 * Math.PI * d));
    }
    blend(pixel, white, cover(d - inner + line));
  });
}
