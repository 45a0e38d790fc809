// Investment symbols drawn at run time: one image per shape, status and colour, named so the map
// can draw any missing one on demand (MapLibre's `styleimagemissing`), which also survives a
// basemap switch without re-registering anything. Pure pixel maths, so it runs in Node tests.
import { CASING_COLOUR, HOLLOW_FILL, hexToRgb, statusColour, type SymbolShape, type SymbolStatus } from './encoding';
import { blend, cover, paint, rasterise, type RasterImage } from './raster';

export type { RasterImage } from './raster';

const PREFIX = 'platsen-sym';
/** Symbol size in CSS pixels (ux.md asks >= 18 px in the projector theme, which scales it up). */
export const SYMBOL_SIZE = 20;

export interface SymbolSpec {
  shape: SymbolShape;
  status: SymbolStatus;
  /** Hex colour of the phase or rating; stopped symbols are grey whatever it says. */
  colour: string;
}


export function symbolImageId({ shape, status, colour }: SymbolSpec): string {
  return `${PREFIX}:${shape}:${status}:${colour.toLowerCase()}`;
}

const SHAPES: readonly string[] = ['square', 'circle'];
const STATUSES: readonly string[] = ['active', 'waiting', 'stopped', 'realised'];

/** The spec behind an image id, or null for images that are not ours (the basemap's). */
export function parseSymbolImageId(id: string): SymbolSpec | null {
  const [prefix, shape, status, colour] = id.split(':');
  if (prefix !== PREFIX || !shape || !status || !colour) return null;
  if (!SHAPES.includes(shape) || !STATUSES.includes(status) || !/^#[0-9a-f]{6}$/.test(colour)) return null;
  return { shape: shape as SymbolShape, status: status as SymbolStatus, colour };
}


function distanceToSegment(px: number, py: number, [ax, ay]: number[], [bx, by]: number[]): number {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  const t = Math.max(0, Math.min(1, ((px - ax!) * dx + (py - ay!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax! + t * dx), py - (ay! + t * dy));
}

/**
 * Draws one symbol: a dark casing (contrast on any basemap), then the fill (the colour, or a ring
 * of it around white when waiting), then a white cross (stopped) or check mark (realised).
 * Signed distances in pixels give anti-aliased edges without a canvas.
 */
export function rasterSymbol(spec: SymbolSpec, pixelRatio = 2): RasterImage {
  const size = Math.round(SYMBOL_SIZE * pixelRatio);
  const half = size / 2;
  // Squares look larger than circles of the same width: shrink them so both weigh the same.
  const extent = spec.shape === 'circle' ? half - pixelRatio : half - 2 * pixelRatio;
  const casing = 1.5 * pixelRatio;
  const ring = 3 * pixelRatio;
  const mark = 1.2 * pixelRatio;
  const colour = hexToRgb(statusColour(spec.status, spec.colour));
  const dark = hexToRgb(CASING_COLOUR);
  const white = hexToRgb(HOLLOW_FILL);
  const s = extent - casing;
  const cross: Array<[number[], number[]]> = [[[-0.5 * s, -0.5 * s], [0.5 * s, 0.5 * s]], [[-0.5 * s, 0.5 * s], [0.5 * s, -0.5 * s]]];
  const check: Array<[number[], number[]]> = [[[-0.5 * s, 0], [-0.15 * s, 0.4 * s]], [[-0.15 * s, 0.4 * s], [0.5 * s, -0.4 * s]]];
  const marks = spec.status === 'stopped' ? cross : spec.status === 'realised' ? check : [];

  return rasterise(size, (x, y, pixel) => {
    const d = spec.shape === 'circle' ? Math.hypot(x, y) - extent : Math.max(Math.abs(x), Math.abs(y)) - extent;
    pixel[3] = cover(d);
    if (pixel[3] === 0) return;
    paint(pixel, dark);
    blend(pixel, colour, cover(d + casing));
    if (spec.status === 'waiting') blend(pixel, white, cover(d + casing + ring));
    if (marks.length) {
      const toMark = Math.min(...marks.map(([a, b]) => distanceToSegment(x, y, a, b)));
      blend(pixel, white, cover(toMark - mark) * cover(d + casing));
    }
  });
}
