import { describe, expect, it } from 'vitest';
import { hexToRgb, STOPPED_COLOUR } from './encoding';
import { parseSymbolImageId, rasterSymbol, symbolImageId, SYMBOL_SIZE } from './symbols';

function pixel(img: ReturnType<typeof rasterSymbol>, x: number, y: number): number[] {
  const o = (Math.floor(y) * img.width + Math.floor(x)) * 4;
  return [...img.data.slice(o, o + 4)];
}

describe('symbol images', () => {
  it('round-trips the image id and ignores ids that are not ours', () => {
    const spec = { shape: 'circle', status: 'waiting', colour: '#41b6c4' } as const;
    expect(parseSymbolImageId(symbolImageId(spec))).toEqual(spec);
    expect(parseSymbolImageId('basemap-icon')).toBeNull();
    expect(parseSymbolImageId('platsen-sym:triangle:active:#41b6c4')).toBeNull();
  });

  it('fills active symbols with their colour and leaves waiting ones hollow (white centre, coloured ring)', () => {
    const active = rasterSymbol({ shape: 'square', status: 'active', colour: '#1d91c0' }, 2);
    const waiting = rasterSymbol({ shape: 'square', status: 'waiting', colour: '#1d91c0' }, 2);
    const c = active.width / 2;
    expect(active.width).toBe(SYMBOL_SIZE * 2);
    expect(pixel(active, c, c)).toEqual([...hexToRgb('#1d91c0'), 255]);
    expect(pixel(waiting, c, c)).toEqual([255, 255, 255, 255]);
    expect(pixel(waiting, c, 9)).toEqual([...hexToRgb('#1d91c0'), 255]);
  });

  it('draws circles with transparent corners and squares without', () => {
    const circle = rasterSymbol({ shape: 'circle', status: 'active', colour: '#1d91c0' }, 2);
    const square = rasterSymbol({ shape: 'square', status: 'active', colour: '#1d91c0' }, 2);
    expect(pixel(circle, 5, 5)[3]).toBe(0);
    expect(pixel(square, 5, 5)[3]).toBe(255);
  });

  it('draws stopped symbols grey with a white cross, whatever colour is asked for', () => {
    const img = rasterSymbol({ shape: 'circle', status: 'stopped', colour: '#1d91c0' }, 2);
    const c = img.width / 2;
    expect(pixel(img, c, c)).toEqual([255, 255, 255, 255]);
    expect(pixel(img, c, c - 6)).toEqual([...hexToRgb(STOPPED_COLOUR), 255]);
  });
});
