// The visual encoding of investments, shared by the editor map, the public viewer and the legend:
// kind by shape, phase by a sequential colour ramp, status by fill (filled, hollow, crossed).
// Pure: no map or store imports, so the legend and the tests use exactly what the map draws.
import type { InvestmentKind, Rating } from '../domain/model';
import type { PhaseStatus } from '../domain/phase';

/**
 * ColorBrewer YlGnBu (6 classes, without its palest step): light to dark, so the phase order reads
 * as lightness, which survives every form of colour blindness and greyscale projection. The
 * lightest step is too close to the light basemap to stand alone: every symbol, line and outline
 * is drawn with a dark casing (CASING_COLOUR), which carries the contrast.
 */
export const PHASE_RAMP = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'] as const;

/** Stopped investments leave the ramp: neutral grey plus a cross, never colour alone. */
export const STOPPED_COLOUR = '#8c8c8c';
/** Casing and outlines: dark enough for 3:1 against both basemap themes and every ramp colour's halo. */
export const CASING_COLOUR = '#1f2933';
/** Area outlines and names. */
export const AREA_COLOUR = '#33415c';
/** Orange stands apart from the blue-green phase ramp, so the selection never reads as a phase. */
export const SELECTED_COLOUR = '#f08c00';
/** Inside of a hollow (waiting) symbol. */
export const HOLLOW_FILL = '#ffffff';

/**
 * Aspect ratings: ColorBrewer RdYlBu (5 classes, colour-blind safe), strong = blue to negative =
 * red. "Not assessed" is a light grey, distinct from the darker grey of stopped (which also has a cross).
 */
export const RATING_COLOURS: Record<Rating, string> = {
  strong: '#2c7bb6',
  positive: '#abd9e9',
  neutral: '#ffffbf',
  weak: '#fdae61',
  negative: '#d7191c',
  notAssessed: '#d9d9d9',
};

export type SymbolShape = 'square' | 'circle';
/** What a symbol's fill says: the phase states, drawn the same way whatever the colour means. */
export type SymbolStatus = PhaseStatus;

export const SHAPE_OF_KIND: Record<InvestmentKind, SymbolShape> = { physical: 'square', social: 'circle' };

type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * One colour per gate, light to dark. Six gates use the ramp as is; another count samples it
 * evenly (linear in sRGB between neighbouring stops, which keeps lightness monotonic).
 */
export function phaseRamp(gateCount: number): string[] {
  if (gateCount <= 0) return [];
  if (gateCount === PHASE_RAMP.length) return [...PHASE_RAMP];
  if (gateCount === 1) return [PHASE_RAMP[3]];
  const last = PHASE_RAMP.length - 1;
  return Array.from({ length: gateCount }, (_, i) => {
    const t = (i / (gateCount - 1)) * last;
    const lo = Math.min(Math.floor(t), last - 1);
    const f = t - lo;
    const a = hexToRgb(PHASE_RAMP[lo]!);
    const b = hexToRgb(PHASE_RAMP[lo + 1]!);
    return rgbToHex([0, 1, 2].map((k) => a[k]! + (b[k]! - a[k]!) * f) as Rgb);
  });
}

/** WCAG relative luminance, used to check the ramp's order and its contrast with the basemap. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a symbol is drawn in: stopped is always grey, whatever the colour otherwise shows. */
export function statusColour(status: SymbolStatus, colour: string): string {
  return status === 'stopped' ? STOPPED_COLOUR : colour;
}
