import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEPLOY_CONFIG, loadDeployConfig, validateDeployConfig } from './config.ts';

describe('validateDeployConfig', () => {
  it('accepts the shipped public/config.json without problems', () => {
    const shipped: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/config.json'), 'utf8'));
    expect(validateDeployConfig(shipped)).toEqual({ config: DEFAULT_DEPLOY_CONFIG, problems: [] });
  });

  it('keeps a valid deployment of another municipality', () => {
    const raw = { municipality: ' Borås ', basemap: 'positron', initialView: { center: [12.94, 57.72], zoom: 12.5 } };
    expect(validateDeployConfig(raw)).toEqual({
      config: {
        municipality: 'Borås', language: 'sv', basemap: 'positron', pmtiles: null, geocoder: null,
        initialView: { center: [12.94, 57.72], zoom: 12.5 },
      },
      problems: [],
    });
  });

  it('reads the language, the own street map and the geocoder a deployer names', () => {
    const raw = {
      language: 'en', basemap: 'pmtiles', pmtiles: { url: 'basemap/boras.pmtiles' },
      geocoder: { type: 'photon', url: 'https://photon.example.se/api', bbox: [12.7, 57.6, 13.2, 57.9] },
    };
    const { config, problems } = validateDeployConfig(raw);
    expect(problems).toEqual(['municipality', 'initialView.center', 'initialView.zoom']);
    expect(config).toMatchObject({
      language: 'en', basemap: 'pmtiles', pmtiles: { url: 'basemap/boras.pmtiles', attribution: '© OpenStreetMap contributors' },
      geocoder: { type: 'photon', url: 'https://photon.example.se/api', bbox: [12.7, 57.6, 13.2, 57.9] },
    });
    expect(validateDeployConfig({ geocoder: { type: 'nominatim', url: 'search' } }).config.geocoder)
      .toEqual({ type: 'nominatim', url: 'search', bbox: null });
  });

  it('refuses a street map without a usable file, a script URL, an unknown geocoder or a bad box, and names them', () => {
    const { config, problems } = validateDeployConfig({
      municipality: 'X', basemap: 'pmtiles', pmtiles: { url: 'javascript:alert(1)' }, language: 'de',
      geocoder: { type: 'google', url: 'https://maps.example/' }, initialView: { center: [13, 55], zoom: 10 },
    });
    expect(config).toMatchObject({ basemap: 'offline', pmtiles: null, geocoder: null, language: 'sv' });
    expect(problems.sort()).toEqual(['basemap', 'geocoder', 'language', 'pmtiles']);
    for (const bbox of [[13, 55, 12, 56], [13, 55, 14], 'all']) {
      expect(validateDeployConfig({ geocoder: { type: 'photon', url: 'https://p.example/api', bbox } }).problems).toContain('geocoder');
    }
    expect(validateDeployConfig({ basemap: 'pmtiles' }).config.basemap).toBe('offline');
  });

  it.each([null, 'text', 42, [1, 2], undefined])('falls back to all defaults for %j', (raw) => {
    const { config, problems } = validateDeployConfig(raw);
    expect(config).toEqual(DEFAULT_DEPLOY_CONFIG);
    expect(problems).toHaveLength(1);
  });

  it('replaces only the invalid fields and names them', () => {
    const raw = { municipality: 'Borås', basemap: 'google', initialView: { center: [55.58, 200], zoom: '11' } };
    const { config, problems } = validateDeployConfig(raw);
    expect(config).toEqual({ ...DEFAULT_DEPLOY_CONFIG, municipality: 'Borås' });
    expect(problems).toEqual(['basemap', 'initialView.center', 'initialView.zoom']);
  });

  it('rejects non-finite and out-of-range numbers', () => {
    for (const center of [[Number.NaN, 55], [13, Infinity], [13], [13, 55, 3], ['13', '55']]) {
      expect(validateDeployConfig({ initialView: { center } }).config.initialView.center).toEqual([13.0, 55.58]);
    }
    expect(validateDeployConfig({ initialView: { zoom: 30 } }).config.initialView.zoom).toBe(11);
    expect(validateDeployConfig({ municipality: '   ' }).problems).toContain('municipality');
  });

  it('returns a copy: changing a result does not change the defaults', () => {
    const { config } = validateDeployConfig({});
    config.initialView.center[0] = 0;
    expect(DEFAULT_DEPLOY_CONFIG.initialView.center[0]).toBe(13.0);
  });
});

describe('loadDeployConfig', () => {
  const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterEach(() => { vi.restoreAllMocks(); });

  it('fetches config.json next to the app', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ basemap: 'liberty' }));
    quiet();
    const config = await loadDeployConfig('http://127.0.0.1:4173/sub/', fetchImpl);
    expect(String((fetchImpl.mock.calls[0] as unknown[])[0])).toBe('http://127.0.0.1:4173/sub/config.json');
    expect(config.basemap).toBe('liberty');
  });

  it.each([
    ['a network error', async () => { throw new TypeError('Failed to fetch'); }],
    ['a missing file', async () => new Response('not found', { status: 404 })],
    ['broken JSON', async () => new Response('{ "basemap": ', { status: 200 })],
  ])('gives the defaults on %s', async (_, fetchImpl) => {
    const warn = quiet();
    await expect(loadDeployConfig('http://127.0.0.1:4173/', fetchImpl)).resolves.toEqual(DEFAULT_DEPLOY_CONFIG);
    expect(warn).toHaveBeenCalled();
  });
});
