import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOY_CONFIG, validateDeployConfig, type DeployConfig } from './config.ts';
import { connectOrigins, contentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';

const root = resolve(import.meta.dirname, '../../..');
const config = (patch: Partial<DeployConfig>): DeployConfig => ({ ...DEFAULT_DEPLOY_CONFIG, ...patch });
const STREETS = { url: 'basemap/streets.pmtiles', attribution: '© OpenStreetMap contributors' };

describe('the viewer\'s Content-Security-Policy follows config.json', () => {
  it('lets the offline deployment talk to its own site only', () => {
    expect(connectOrigins(DEFAULT_DEPLOY_CONFIG)).toEqual([]);
    expect(contentSecurityPolicy(DEFAULT_DEPLOY_CONFIG)).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(DEFAULT_DEPLOY_CONFIG)).toMatch(/^default-src 'none'; script-src 'self';/);
  });

  it('adds exactly the servers config.json names', () => {
    expect(connectOrigins(config({ basemap: 'positron' }))).toEqual(['https://tiles.openfreemap.org']);
    // A street file on this site needs nothing more; one on a map server needs that server.
    expect(connectOrigins(config({ basemap: 'pmtiles', pmtiles: STREETS }))).toEqual([]);
    expect(connectOrigins(config({ basemap: 'pmtiles', pmtiles: { ...STREETS, url: 'https://kartor.example.se/x/malmo.pmtiles' } })))
      .toEqual(['https://kartor.example.se']);
    // A configured file that is not the chosen basemap is never loaded, so it is not allowed.
    expect(connectOrigins(config({ basemap: 'offline', pmtiles: { ...STREETS, url: 'https://kartor.example.se/m.pmtiles' } }))).toEqual([]);
    const geocoder = { type: 'nominatim', url: 'https://nominatim.example.se:8443/search', bbox: null } as const;
    expect(contentSecurityPolicy(config({ basemap: 'liberty', geocoder })))
      .toContain("connect-src 'self' https://nominatim.example.se:8443 https://tiles.openfreemap.org;");
  });

  it('is written into public.html, and the build did so from public/config.json', () => {
    const source = readFileSync(resolve(root, 'public.html'), 'utf8');
    const positron = withContentSecurityPolicy(source, config({ basemap: 'positron' }));
    expect(positron).toContain('connect-src \'self\' https://tiles.openfreemap.org;');
    expect(() => withContentSecurityPolicy('<html></html>', DEFAULT_DEPLOY_CONFIG)).toThrow(/no Content-Security-Policy/);
    const built = resolve(root, 'dist/public.html');
    expect(existsSync(built), 'dist/public.html is missing: run `npm run build` first').toBe(true);
    const shipped = validateDeployConfig(JSON.parse(readFileSync(resolve(root, 'public/config.json'), 'utf8'))).config;
    expect(readFileSync(built, 'utf8')).toContain(`content="${contentSecurityPolicy(shipped)}"`);
  });
});
