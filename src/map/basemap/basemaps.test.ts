import { describe, expect, it } from 'vitest';
import { BASEMAPS, isBasemapId, resolveBasemapStyle } from './basemaps.ts';

const opts = { baseUrl: 'http://127.0.0.1:4173/', theme: 'light' } as const;

describe('basemap choices', () => {
  it('offers the offline map and two OpenFreeMap styles, each with an i18n key', () => {
    expect(BASEMAPS.map((b) => [b.id, b.online, b.labelKey])).toEqual([
      ['offline', false, 'basemap.offline'],
      ['positron', true, 'basemap.positron'],
      ['liberty', true, 'basemap.liberty'],
    ]);
  });

  it('credits OpenStreetMap under ODbL for every online basemap', () => {
    for (const choice of BASEMAPS.filter((b) => b.online)) {
      expect(choice.attribution).toContain('© OpenStreetMap contributors');
      expect(choice.licence).toBe('ODbL');
    }
  });

  it('resolves offline to the bundled style object and online ids to the provider URL', () => {
    const offline = resolveBasemapStyle('offline', opts);
    expect(typeof offline === 'object' && offline.glyphs?.startsWith(opts.baseUrl)).toBe(true);
    expect(resolveBasemapStyle('positron', opts)).toBe('https://tiles.openfreemap.org/styles/positron');
    expect(resolveBasemapStyle('liberty', opts)).toBe('https://tiles.openfreemap.org/styles/liberty');
  });

  it('recognises only known ids', () => {
    expect(isBasemapId('liberty')).toBe(true);
    expect(['bright', 'OFFLINE', '', null, 1].some(isBasemapId)).toBe(false);
  });
});
