// The public viewer's Content-Security-Policy, from the deployment's config.json: the page may talk
// to its own site and to exactly the servers config.json names (an online basemap's provider, a
// PMTiles file on another server, an address search), and to nothing else. vite.config.ts writes it
// into public.html at build time; a deployment that changes its basemap or geocoder builds again.
import { BASEMAPS } from './choices.ts';
import type { DeployConfig } from './config.ts';

/** The origin of an absolute URL; a relative one is this site ('self'). */
function originOf(url: string): string | null {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url).origin : null;
}

/** Origins the viewer connects to besides its own site, for this deployment. */
export function connectOrigins(config: Pick<DeployConfig, 'basemap' | 'pmtiles' | 'geocoder'>): string[] {
  const origins = new Set<string>();
  const basemap = BASEMAPS.find((b) => b.id === config.basemap);
  if (basemap?.origin) origins.add(basemap.origin);
  if (config.basemap === 'pmtiles' && config.pmtiles) origins.add(originOf(config.pmtiles.url) ?? '');
  if (config.geocoder) origins.add(originOf(config.geocoder.url) ?? '');
  origins.delete('');
  return [...origins].sort();
}

export function contentSecurityPolicy(config: Pick<DeployConfig, 'basemap' | 'pmtiles' | 'geocoder'>): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // MapLibre sets inline styles and may draw images from blob: URLs.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...connectOrigins(config)].join(' ')}`,
    "worker-src 'self' blob:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;

/** public.html with its policy replaced by the one for `config` (the page must carry the meta tag). */
export function withContentSecurityPolicy(html: string, config: Parameters<typeof contentSecurityPolicy>[0]): string {
  if (!CSP_META.test(html)) throw new Error('public.html has no Content-Security-Policy meta tag to fill in');
  return html.replace(CSP_META, `$1${contentSecurityPolicy(config)}$2`);
}
