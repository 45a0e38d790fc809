// The map image for handouts: a frame of the map as drawn now, rendered again at print resolution,
// with a title, the legend of what it shows (from the same model as the screen's), the sources and
// the date around it, on one canvas.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createElement } from 'react';
import type { LegendSection } from '../legend/legend-model';
import { Swatch, type SwatchProps } from '../legend/Swatch';

export interface MapImageText {
  title: string;
  subtitle: string;
  attribution: string;
  legendTitle: string;
}

export interface ComposeOptions {
  /** Image pixels per CSS pixel of the map on screen (the map is rendered again at this ratio). */
  scale: number;
  signal?: AbortSignal;
}

const INK = '#1f2933';
const MUTED = '#4a5560';
const HEADER = 84;
export const LEGEND_WIDTH = 340;
const SWATCH = 20;
/** The narrowest image that still prints sharp on A3 (about 200 dpi across 297 mm). */
export const PRINT_WIDTH = 2400;

/** The ratio that makes an image of a map `mapWidth` CSS px wide at least PRINT_WIDTH px wide. */
export function printScale(mapWidth: number, devicePixelRatio = 1): number {
  const needed = PRINT_WIDTH / (mapWidth + LEGEND_WIDTH);
  return Math.max(devicePixelRatio, Math.ceil(needed * 4) / 4);
}

function aborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('The map image was cancelled', 'AbortError');
}

/**
 * The map's WebGL canvas is cleared after each frame is shown (no preserveDrawingBuffer, which
 * costs every frame), so the frame is copied inside the 'render' event of a repaint asked for
 * here, while its pixels are still in the drawing buffer.
 */
export function grabMapFrame(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map drawn again at `scale` pixels per CSS pixel, then put back as it was. */
async function grabAtScale(map: MaplibreMap, scale: number, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  try {
    const settled = new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      signal?.addEventListener('abort', () => reject(new DOMException('The map image was cancelled', 'AbortError')), { once: true });
    });
    map.setPixelRatio(scale);
    await settled;
    aborted(signal);
    return await grabMapFrame(map);
  } finally {
    map.setPixelRatio(before);
  }
}

async function swatchImage(props: SwatchProps, px: number): Promise<HTMLImageElement> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  // Drawn at its printed size, so the swatch is as sharp as the text beside it.
  const svg = renderToStaticMarkup(createElement(Swatch, props))
    .replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ').replace(/width="\d+" height="\d+"/, `width="${px}" height="${px}"`);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  return img;
}

/** Lines of `text` no wider than `width` in the context's font, broken between words. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type LegendOp = { font: string; text: string; x: number; y: number } | { swatch: SwatchProps; x: number; y: number };

/** Where each line and swatch of the legend goes, and how tall it is (the image grows to hold it). */
function layoutLegend(ctx: CanvasRenderingContext2D, sections: LegendSection[], title: string, x: number, width: number): { ops: LegendOp[]; height: number } {
  const ops: LegendOp[] = [];
  const text = (font: string, value: string, tx: number, ty: number) => ops.push({ font, text: value, x: tx, y: ty });
  text('bold 20px sans-serif', title, x, 20);
  let top = 36;
  for (const section of sections) {
    if (section.title) {
      ctx.font = 'bold 15px sans-serif';
      for (const line of wrap(ctx, section.title, width)) text(ctx.font, line, x, (top += 20));
      top += 6;
    } else top += 10;
    ctx.font = '15px sans-serif';
    for (const entry of section.entries) {
      entry.swatches.forEach((swatch, i) => ops.push({ swatch, x: x + i * 22, y: top + 2 }));
      const lines = wrap(ctx, entry.label, width - 48);
      lines.forEach((line, i) => text('15px sans-serif', line, x + 48, top + 17 + i * 19));
      top += Math.max(24, lines.length * 19 + 5);
    }
  }
  return { ops, height: top + 12 };
}

/** Draws the whole picture in CSS pixels, scaled to the resolution the map was rendered at. */
export async function composeMapImage(map: MaplibreMap, legend: LegendSection[], text: MapImageText, { scale, signal }: ComposeOptions): Promise<HTMLCanvasElement> {
  const frame = await grabAtScale(map, scale, signal);
  // MapLibre may lower the ratio to keep within its largest canvas: measure what it drew.
  const drawn = frame.width / Math.max(1, map.getCanvas().clientWidth);
  const mapW = frame.width / drawn;
  const mapH = frame.height / drawn;
  const width = mapW + LEGEND_WIDTH;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const { ops, height: legendHeight } = layoutLegend(ctx, legend, text.legendTitle, mapW + 16, LEGEND_WIDTH - 32);
  ctx.font = '14px sans-serif';
  const sources = wrap(ctx, text.attribution, width - 40);
  const body = Math.max(mapH, legendHeight);
  const height = HEADER + body + 16 + sources.length * 18 + 10;
  canvas.width = Math.round(width * drawn);
  canvas.height = Math.round(height * drawn);
  ctx.scale(drawn, drawn);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = INK;
  ctx.font = 'bold 30px sans-serif';
  ctx.fillText(text.title, 20, 40, width - 40);
  ctx.fillStyle = MUTED;
  ctx.font = '18px sans-serif';
  ctx.fillText(text.subtitle, 20, 68, width - 40);

  ctx.drawImage(frame, 0, HEADER, mapW, mapH);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, HEADER + 0.5, mapW - 1, mapH - 1);

  ctx.fillStyle = INK;
  for (const op of ops) {
    aborted(signal);
    if ('swatch' in op) ctx.drawImage(await swatchImage(op.swatch, Math.round(SWATCH * drawn)), op.x, HEADER + op.y, SWATCH, SWATCH);
    else {
      ctx.font = op.font;
      ctx.fillText(op.text, op.x, HEADER + op.y);
    }
  }

  ctx.fillStyle = MUTED;
  ctx.font = '14px sans-serif';
  sources.forEach((line, i) => ctx.fillText(line, 20, HEADER + body + 28 + i * 18));
  return canvas;
}
