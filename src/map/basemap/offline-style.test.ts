import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// maplibre-gl's own style validator: catches bad expressions before a browser ever sees them.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_FONT, offlineStyle, type BasemapTheme } from './offline-style.ts';

const publicDir = resolve(import.meta.dirname, '../../../public');
const BASE = 'https://platsen.example.se/app/';
const themes: BasemapTheme[] = ['light', 'projector'];

/** Every string anywhere in the style (sources, glyphs, sprite, layers), with its path. */
function allStrings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => allStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => allStrings(item, `${path}.${key}`));
  }
  return [];
}

// A scheme anywhere (also inside attribution HTML) or a path-like start counts as a URL.
const looksLikeUrl = (text: string) => /[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\.{0,2}\//.test(text);

describe.each(themes)('offlineStyle (%s)', (theme) => {
  const style = offlineStyle({ baseUrl: BASE, theme });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads nothing from outside the app (no external URL anywhere)', () => {
    const urls = allStrings(style).filter(([, text]) => looksLikeUrl(text));
    expect(urls.length).toBeGreaterThan(0);
    for (const [path, url] of urls) expect({ path, url: url.startsWith(BASE) }).toEqual({ path, url: true });
    expect(style.sprite === undefined || String(style.sprite).startsWith(BASE)).toBe(true);
  });

  it('has glyphs, so app layers can add labels, in the bundled font', () => {
    expect(style.glyphs).toBe(`${BASE}glyphs/{fontstack}/{range}.pbf`);
    for (const layer of style.layers) {
      if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(BASEMAP_FONT);
    }
    for (const font of BASEMAP_FONT) expect(existsSync(join(publicDir, 'glyphs', font, '0-255.pbf'))).toBe(true);
  });

  it('points every source at a file that the app ships in public/', () => {
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = 'data' in source ? String(source.data) : '';
      expect(existsSync(join(publicDir, data.slice(BASE.length)))).toBe(true);
      expect('attribution' in source && source.attribution).toBeTruthy();
    }
  });
});

describe('offlineStyle options', () => {
  it('accepts a base URL without a trailing slash', () => {
    const style = offlineStyle({ baseUrl: 'http://127.0.0.1:4173/sub', theme: 'light' });
    expect(style.glyphs).toBe('http://127.0.0.1:4173/sub/glyphs/{fontstack}/{range}.pbf');
  });

  it('draws heavier lines in the projector theme (at least 3 px for län borders)', () => {
    const widthAtTop = (theme: BasemapTheme) => {
      const layer = offlineStyle({ baseUrl: BASE, theme }).layers.find((l) => l.id === 'basemap-lan-line');
      const width = layer?.type === 'line' ? layer.paint?.['line-width'] : undefined;
      return Array.isArray(width) ? Number(width[width.length - 1]) : Number(width);
    };
    expect(widthAtTop('projector')).toBeGreaterThanOrEqual(3);
    expect(widthAtTop('projector')).toBeGreaterThan(widthAtTop('light'));
  });
});
