import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, isBundledStyle, type BasemapContext } from './basemaps.ts';
import { BASEMAPS, availableBasemaps, isBasemapId } from './choices.ts';
import { BUNDLED_FONTS } from './offline-style.ts';
import { STREET_LABEL_LAYERS } from './pmtiles-style.ts';

const BASE = 'http://127.0.0.1:4173/';
const ctx = (pmtiles: BasemapContext['config']['pmtiles'] = null): BasemapContext =>
  ({ baseUrl: BASE, theme: 'light', lang: 'sv', config: { pmtiles } });
const STREETS = { url: 'basemap/streets.pmtiles', attribution: '© OpenStreetMap contributors' };

describe('basemap choices', () => {
  it('offers the offline map, the site\'s own PMTiles and two OpenFreeMap styles, each with an i18n key', () => {
    expect(BASEMAPS.map((b) => [b.id, b.online, b.labelKey])).toEqual([
      ['offline', false, 'basemap.offline'],
      ['pmtiles', false, 'basemap.pmtiles'],
      ['positron', true, 'basemap.positron'],
      ['liberty', true, 'basemap.liberty'],
    ]);
  });

  it('offers the PMTiles street map only where config.json names a file', () => {
    expect(availableBasemaps({ pmtiles: null }).map((b) => b.id)).toEqual(['offline', 'positron', 'liberty']);
    expect(availableBasemaps({ pmtiles: STREETS }).map((b) => b.id)).toContain('pmtiles');
  });

  it('credits OpenStreetMap under ODbL for every online basemap, and names its origin', () => {
    for (const choice of BASEMAPS.filter((b) => b.online)) {
      expect(choice.attribution).toContain('© OpenStreetMap contributors');
      expect(choice.licence).toBe('ODbL');
      expect(choice.origin).toBe('https://tiles.openfreemap.org');
    }
  });

  it('resolves offline to the bundled style object and online ids to the provider URL', async () => {
    const offline = await basemapStyle('offline', ctx());
    expect(isBundledStyle(offline)).toBe(true);
    expect(typeof offline === 'object' && offline.glyphs?.startsWith(BASE)).toBe(true);
    expect(await basemapStyle('positron', ctx())).toBe('https://tiles.openfreemap.org/styles/positron');
    expect(await basemapStyle('liberty', ctx())).toBe('https://tiles.openfreemap.org/styles/liberty');
    expect(isBundledStyle('https://tiles.openfreemap.org/styles/liberty')).toBe(false);
    // A saved 'pmtiles' choice on a deployment without the file gets the bundled map.
    expect(isBundledStyle(await basemapStyle('pmtiles', ctx()))).toBe(true);
  });

  it('recognises only known ids', () => {
    expect(isBasemapId('liberty')).toBe(true);
    expect(['bright', 'OFFLINE', '', null, 1].some(isBasemapId)).toBe(false);
  });
});

describe('the PMTiles street map', async () => {
  const style = await basemapStyle('pmtiles', ctx(STREETS));
  if (typeof style === 'string') throw new Error('expected a style object');

  it('is a valid MapLibre style on the file, resolved against the site, with the configured credit', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(isBundledStyle(style)).toBe(false);
    expect(style.sources.protomaps).toEqual({ type: 'vector', url: `pmtiles://${BASE}basemap/streets.pmtiles`, attribution: STREETS.attribution });
  });

  it('has street name layers in the Protomaps schema', () => {
    const labels = style.layers.filter((l) => (STREET_LABEL_LAYERS as readonly string[]).includes(l.id));
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l.type === 'symbol' && l['source-layer']).toBe('roads');
  });

  it('fetches nothing from a third party: bundled glyphs and fonts only, no sprite, no icons', () => {
    expect(style.glyphs).toBe(`${BASE}glyphs/{fontstack}/{range}.pbf`);
    expect(style.sprite).toBeUndefined();
    const text = JSON.stringify(style.layers);
    expect(text).not.toContain('icon-image');
    const fonts = new Set([...text.matchAll(/"(Noto Sans[^"]*)"/g)].map((m) => m[1]));
    expect([...fonts].every((f) => (BUNDLED_FONTS as readonly string[]).includes(f!))).toBe(true);
    expect(fonts.size).toBeGreaterThan(0);
  });

  it('keeps an absolute file URL on another server as it is', async () => {
    const remote = await basemapStyle('pmtiles', ctx({ ...STREETS, url: 'https://kartor.example.se/malmo.pmtiles' }));
    expect(typeof remote === 'object' && remote.sources.protomaps).toMatchObject({ url: 'pmtiles://https://kartor.example.se/malmo.pmtiles' });
  });
});
