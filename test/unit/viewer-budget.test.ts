// The citizens' page must load fast on a phone: the JavaScript public.html loads is at most 450 KB
// gzip, MapLibre included (its worker, fetched separately, is not counted), and none of it is the
// editor's storage, drawing or geometry code. Reads the build (`npm test` builds before Vitest).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const BUDGET_BYTES = 450 * 1024;

function scriptsOf(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return tags.map((m) => (m[1] ?? m[2])!.replace(/^\//, ''));
}

const read = (file: string) => readFileSync(join(DIST, file));

describe('the public viewer bundle', () => {
  it('is built', () => {
    expect(existsSync(join(DIST, 'public.html')), 'dist/public.html is missing: run `npm run build` first').toBe(true);
  });

  it('loads at most 450 KB of JavaScript (gzip)', () => {
    const files = scriptsOf('public.html');
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((f) => ({ file: f, gzip: gzipSync(read(f), { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.info(`public.html loads ${(total / 1024).toFixed(1)} KB gzip of JavaScript: ${sizes.map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
    expect(files.some((f) => f.includes('worker'))).toBe(false);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    // A deployment with its own street map also loads the PMTiles reader and style, on demand.
    const streets = readdirSync(join(DIST, 'assets')).filter((f) => /^pmtiles-style-.*\.js$/.test(f));
    expect(streets).toHaveLength(1);
    const withStreets = total + gzipSync(read(`assets/${streets[0]}`), { level: 9 }).length;
    console.info(`with the PMTiles street map: ${(withStreets / 1024).toFixed(1)} KB gzip`);
    expect(withStreets).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('carries none of the editor\'s storage, drawing or state code and no storage API', () => {
    const viewer = scriptsOf('public.html').map((f) => read(f).toString('utf8')).join('\n');
    const editorOnly = scriptsOf('index.html').filter((f) => !scriptsOf('public.html').includes(f))
      .map((f) => read(f).toString('utf8')).join('\n');
    // Strings these packages keep after minification; the editor's chunks prove they are real markers.
    for (const marker of ['DatabaseClosedError', 'TerraDraw']) {
      expect(editorOnly, `marker ${marker} not in the editor build`).toContain(marker);
      expect(viewer, `${marker} found in the viewer's chunks`).not.toContain(marker);
    }
    for (const api of ['localStorage', 'sessionStorage', 'indexedDB', 'document.cookie', 'sendBeacon']) {
      expect(viewer, `${api} used by the viewer's chunks`).not.toContain(api);
    }
  });
});
