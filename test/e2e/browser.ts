import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { PlatsenStore } from '../../src/store/store';
import { inject } from 'vitest';

// Flags measured to work on this kind of machine (shared/design/stack-notes.md): software WebGL
// through SwiftShader, and no traffic of Chromium's own that could reach the internet.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Same search order as ensure-chromium.mjs, which `npm test` runs first.
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export interface OpenAppOptions {
  /** Reuse a profile made by createProfileDir() to see data kept by an earlier browser. The caller
   *  removes it with removeProfileDir(); without it a fresh profile is made and removed on close. */
  profileDir?: string;
  /** 'desktop' is 1280x800; 'phone' is 390x844 with touch and a mobile meta viewport. */
  device?: keyof typeof VIEWPORTS;
  /** Another window size for the device (e.g. 1366x768, the most common laptop screen). */
  viewport?: { width: number; height: number };
  /** Browser language (navigator.language, Accept-Language); default 'sv-SE'. */
  locale?: string;
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than 127.0.0.1: aborted and listed here. */
  externalRequests: string[];
  /** Console errors and uncaught exceptions from any page of the session, with their source. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** The contract the app keeps for tests: `window.__platsen = { map, store }`. */
interface PlatsenWindow {
  __platsen?: { map?: MaplibreMap; store?: unknown };
}

/** `window` of the editor once it has booted, for `page.evaluate` callbacks. */
export type TestWindow = Window & { __platsen: { map: MaplibreMap; store: PlatsenStore } };

// Every session a test opens is closed after it (test/e2e/setup.ts), even when the test fails.
const openSessions = new Set<AppSession>();

export async function closeOpenSessions(): Promise<void> {
  const sessions = [...openSessions];
  openSessions.clear();
  await Promise.all(sessions.map((s) => s.close()));
}

// Lets waitForMapIdle say why a map never came (usually an uncaught error) instead of only "timeout".
const errorsOfPage = new WeakMap<Page, string[]>();

export async function createProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'platsen-e2e-'));
}

export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Launch Chromium on a profile and open `path` (e.g. '/', '/public.html') of the built app, or an
 *  absolute URL (another deployment, test/e2e/deployment.ts). */
export async function openApp(path = '/', opts: OpenAppOptions = {}): Promise<AppSession> {
  const ownsProfile = opts.profileDir === undefined;
  const profileDir = opts.profileDir ?? (await createProfileDir());
  const device = opts.device ?? 'desktop';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? VIEWPORTS[device],
    deviceScaleFactor: 1,
    isMobile: device === 'phone',
    hasTouch: device === 'phone',
    locale: opts.locale ?? 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // Camera animations then finish at once, so a test never waits for a flyTo to land.
    reducedMotion: 'reduce',
  });

  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const watched = new WeakSet<Page>();
  const watch = (page: Page): void => {
    if (watched.has(page)) return;
    watched.add(page);
    errorsOfPage.set(page, consoleErrors);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const { url, lineNumber } = msg.location();
      consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`Uncaught ${err.stack ?? err.message}`));
  };
  context.on('page', watch);

  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  page.setDefaultTimeout(30_000);

  const session: AppSession = {
    context, page, externalRequests, consoleErrors,
    async close() {
      if (!openSessions.delete(session)) return;
      await context.close();
      if (ownsProfile) await removeProfileDir(profileDir);
    },
  };
  openSessions.add(session);
  try {
    await page.goto(new URL(path, inject('baseUrl')).href);
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

/** Resolve once the app's map exists, its style and sources are loaded and a frame has been drawn
 *  with nothing left pending (MapLibre's 'idle'). */
export async function waitForMapIdle(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await settle(page, timeoutMs);
  } catch (err) {
    const errors = errorsOfPage.get(page) ?? [];
    if (errors.length === 0) throw err;
    throw new Error(`${(err as Error).message}\nConsole errors on the page:\n${errors.join('\n')}`, { cause: err });
  }
}

async function settle(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => (window as PlatsenWindow).__platsen?.map !== undefined, undefined, {
    timeout: timeoutMs,
  });
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const map = (window as PlatsenWindow).__platsen!.map!;
        const timer = setTimeout(() => {
          map.off('idle', onIdle);
          reject(new Error(`map not idle after ${ms} ms: loaded=${map.loaded()} tilesLoaded=${map.areTilesLoaded()}`));
        }, ms);
        function onIdle(): void {
          if (!map.areTilesLoaded()) return;
          clearTimeout(timer);
          map.off('idle', onIdle);
          resolve();
        }
        map.on('idle', onIdle);
        // 'idle' only fires after a frame; an already settled map draws none unless asked.
        map.triggerRepaint();
      }),
    timeoutMs,
  );
}

export interface RenderedFeature {
  layer: string;
  id: string | number | undefined;
  properties: Record<string, unknown>;
  /** The image a symbol layer draws it with (its icon-image, evaluated for this feature). */
  image?: string;
}

/** Features MapLibre has drawn in the viewport on the given layers; layers the style does not
 *  have (yet) are skipped rather than making MapLibre throw, and so are layers at opacity 0 (the
 *  app hides one of its two symbol layer sets that way, and MapLibre still finds their features). */
export async function renderedFeatures(page: Page, layerIds: readonly string[]): Promise<RenderedFeature[]> {
  return page.evaluate((ids) => {
    const map = (window as PlatsenWindow).__platsen?.map;
    if (!map) throw new Error('window.__platsen.map is not there: call waitForMapIdle first');
    const opacities: Record<string, string[]> = {
      circle: ['circle-opacity', 'circle-stroke-opacity'], symbol: ['icon-opacity', 'text-opacity'], fill: ['fill-opacity'], line: ['line-opacity'],
    };
    const drawn = (id: string) => {
      const layer = map.getLayer(id);
      if (!layer || map.getLayoutProperty(id, 'visibility') === 'none') return false;
      const set = (opacities[layer.type] ?? []).map((name) => map.getPaintProperty(id, name as 'fill-opacity')).filter((v) => v !== undefined);
      return set.length === 0 || set.some((v) => v !== 0);
    };
    const layers = ids.filter(drawn);
    if (layers.length === 0) return [];
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const image = (f.layer.layout as Record<string, unknown> | undefined)?.['icon-image'] as { name?: string } | string | undefined;
      return {
        layer: f.layer.id,
        id: f.id,
        properties: { ...f.properties },
        ...(image ? { image: typeof image === 'string' ? image : image.name } : {}),
      };
    });
  }, layerIds);
}
