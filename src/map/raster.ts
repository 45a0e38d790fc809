// Pixel painting shared by the images the map draws at run time (symbols.ts, rings.ts): shapes from
// signed distances in pixels, anti-aliased by how much of a pixel an edge covers. No canvas, so it
// runs in Node tests and needs no DOM.
export type Rgb = [number, number, number];

export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** How much of a pixel lies inside an edge `dist` pixels away (negative: inside). */
export const cover = (dist: number): number => Math.max(0, Math.min(1, 0.5 - dist));

/** `top` over `base` by `amount` (0–1). */
export function blend(base: Rgb, top: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((k) => base[k]! + (top[k]! - base[k]!) * amount) as Rgb;
}

/**
 * A size × size image whose pixels `shade` paints: it gets each pixel's centre relative to the
 * image's centre and gives its colour and opacity, or null for a transparent pixel.
 */
export function rasterise(size: number, shade: (x: number, y: number) => [Rgb, number] | null): RasterImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const half = size / 2;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const pixel = shade(i + 0.5 - half, j + 0.5 - half);
      if (!pixel) continue;
      const o = (j * size + i) * 4;
      data.set([...pixel[0], Math.round(pixel[1] * 255)], o);
    }
  }
  return { width: size, height: size, data };
}
