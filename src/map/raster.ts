// Pixel painting shared by the images the map draws at run time (symbols.ts, rings.ts): shapes from
// signed distances in pixels, anti-aliased by how much of a pixel an edge covers. No canvas, so it
// runs in Node tests and needs no DOM. Nothing is allocated per pixel: at city scale with 50,000
// investments hundreds of ring images are drawn as the view moves.
export type Rgb = readonly [number, number, number];

export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** How much of a pixel lies inside an edge `dist` pixels away (negative: inside). */
export const cover = (dist: number): number => Math.max(0, Math.min(1, 0.5 - dist));

/** A pixel being painted: red, green, blue (0–255) and its opacity (0–1). */
export type Pixel = [number, number, number, number];

/** Sets the pixel's colour. */
export function paint(pixel: Pixel, colour: Rgb): void {
  pixel[0] = colour[0];
  pixel[1] = colour[1];
  pixel[2] = colour[2];
}

/** Lays `top` over the pixel's colour by `amount` (0–1). */
export function blend(pixel: Pixel, top: Rgb, amount: number): void {
  if (amount <= 0) return;
  for (let k = 0; k < 3; k++) pixel[k] = pixel[k]! + (top[k]! - pixel[k]!) * amount;
}

/**
 * A size × size image whose pixels `shade` paints: it gets each pixel's centre relative to the
 * image's centre and sets the pixel's colour and opacity (0 leaves it transparent).
 */
export function rasterise(size: number, shade: (x: number, y: number, pixel: Pixel) => void): RasterImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const half = size / 2;
  const pixel: Pixel = [0, 0, 0, 0];
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      pixel[3] = 0;
      shade(i + 0.5 - half, j + 0.5 - half, pixel);
      if (pixel[3] === 0) continue;
      const o = (j * size + i) * 4;
      data[o] = pixel[0];
      data[o + 1] = pixel[1];
      data[o + 2] = pixel[2];
      data[o + 3] = Math.round(pixel[3] * 255);
    }
  }
  return { width: size, height: size, data };
}
