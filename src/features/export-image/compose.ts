// The map image: a frame of the map as drawn now, with a title, the legend (from the same model
// as the screen's), the sources and the date around it, on one canvas.
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

const INK = '#1f2933';
const MUTED = '#4a5560';
const HEADER = 84;
const FOOTER = 44;
const LEGEND_WIDTH = 340;

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

async function swatchImage(props: SwatchProps): Promise<HTMLImageElement> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const svg = renderToStaticMarkup(createElement(Swatch, props)).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  return img;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
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

async function drawLegend(ctx: CanvasRenderingContext2D, sections: LegendSection[], title: string, x: number, y: number, width: number): Promise<void> {
  ctx.fillStyle = INK;
  ctx.font = 'bold 20px sans-serif';
  ctx.fillText(title, x, y + 20);
  let top = y + 36;
  for (const section of sections) {
    if (section.title) {
      ctx.font = 'bold 15px sans-serif';
      for (const line of wrap(ctx, section.title, width)) {
        top += 20;
        ctx.fillText(line, x, top);
      }
      top += 6;
    } else top += 10;
    ctx.font = '15px sans-serif';
    for (const entry of section.entries) {
      const images = await Promise.all(entry.swatches.map(swatchImage));
      images.forEach((img, i) => ctx.drawImage(img, x + i * 22, top + 2, 20, 20));
      const textX = x + 48;
      for (const [i, line] of wrap(ctx, entry.label, width - 48).entries()) ctx.fillText(line, textX, top + 17 + i * 19);
      top += Math.max(24, wrap(ctx, entry.label, width - 48).length * 19 + 5);
    }
  }
}

/** Draws the whole picture in CSS pixels scaled to the map's device pixel ratio. */
export async function composeMapImage(map: MaplibreMap, legend: LegendSection[], text: MapImageText): Promise<HTMLCanvasElement> {
  const frame = await grabMapFrame(map);
  const scale = frame.width / Math.max(1, map.getCanvas().clientWidth);
  const mapW = frame.width / scale;
  const mapH = frame.height / scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((mapW + LEGEND_WIDTH) * scale);
  canvas.height = Math.round((HEADER + mapH + FOOTER) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, mapW + LEGEND_WIDTH, HEADER + mapH + FOOTER);

  ctx.fillStyle = INK;
  ctx.font = 'bold 30px sans-serif';
  ctx.fillText(text.title, 20, 40, mapW + LEGEND_WIDTH - 40);
  ctx.fillStyle = MUTED;
  ctx.font = '18px sans-serif';
  ctx.fillText(text.subtitle, 20, 68, mapW + LEGEND_WIDTH - 40);

  ctx.drawImage(frame, 0, HEADER, mapW, mapH);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, HEADER + 0.5, mapW - 1, mapH - 1);
  await drawLegend(ctx, legend, text.legendTitle, mapW + 16, HEADER, LEGEND_WIDTH - 32);

  ctx.fillStyle = MUTED;
  ctx.font = '14px sans-serif';
  ctx.fillText(text.attribution, 20, HEADER + mapH + 28, mapW + LEGEND_WIDTH - 40);
  return canvas;
}
