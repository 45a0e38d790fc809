// Headless Chromium against the built app, the way the end-to-end tests run it (same flags, dist/
// served by Vite preview), plus what the benches need: bench data served under /__bench/, a record
// of every script loaded (for bundle sizes), and in-page recorders for map 'idle' and long tasks.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';

export interface BenchBrowser {
  page: Page;
  baseUrl: string;
  /** Serves `body` at `${baseUrl}/__bench/${name}`. */
  serve(name: string, body: string | Buffer, contentType?: string): void;
  /** Answers any request whose path ends with `suffix` with `body` (e.g. the viewer's snapshot). */
  override(suffix: string, body: string): void;
  /** Scripts fetched since the last reset: url -> gzip size in bytes. */
  scripts: Map<string, number>;
  consoleErrors: string[];
  version: string;
  close(): Promise<void>;
}

/** Runs in every page before its scripts: collects map 'idle' times and long tasks. */
function recorders(): void {
  const w = window as unknown as { __benchIdle: number[]; __benchLongTasks: Array<{ start: number; duration: number }>; __platsen?: { map?: { on(e: string, f: () => void): void } } };
  // tsx compiles the bench with esbuild's keepNames, which wraps named functions inside
  // page.evaluate bodies in __name(...): give the page that helper.
  (window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  w.__benchIdle = [];
  w.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = setInterval(() => {
    const map = w.__platsen?.map;
    if (!map) return;
    clearInterval(poll);
    map.on('idle', () => w.__benchIdle.push(performance.now()));
  }, 5);
}

/** `outDir`: the build to serve (run.mjs builds into a private folder, so others' dist/ is left alone). */
export async function startBrowser(root: string, outDir: string): Promise<BenchBrowser> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`The benches need the built app in ${outDir}: run npm run bench, which builds it.`);
  const server: PreviewServer = await preview({
    root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('Vite preview did not report a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const profile = await mkdtemp(join(tmpdir(), 'platsen-bench-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS,
    baseURL: baseUrl, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'sv-SE', timezoneId: 'Europe/Stockholm',
    reducedMotion: 'reduce',
  });
  const served = new Map<string, { body: string | Buffer; contentType: string }>();
  const overrides = new Map<string, string>();
  const scripts = new Map<string, number>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
    const own = url.pathname.startsWith('/__bench/') ? served.get(url.pathname.slice('/__bench/'.length)) : undefined;
    if (own) return route.fulfill({ body: own.body, contentType: own.contentType });
    for (const [suffix, body] of overrides) if (url.pathname.endsWith(suffix)) return route.fulfill({ body, contentType: 'application/json' });
    if (!/\.m?js$/.test(url.pathname)) return route.continue();
    const response = await route.fetch();
    const body = await response.body();
    scripts.set(url.pathname, gzipSync(body, { level: 9 }).length);
    return route.fulfill({ response, body });
  });
  await context.addInitScript(recorders);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  const consoleErrors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(`Uncaught ${err.message}`));
  const version = context.browser()?.version() ?? 'unknown';
  return {
    page, baseUrl, scripts, consoleErrors, version,
    serve: (name, body, contentType = 'application/json') => served.set(name, { body, contentType }),
    override: (suffix, body) => overrides.set(suffix, body),
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the map has fired no 'idle' for `quietMs` and returns the time of its last 'idle'
 * (ms since the page's navigation started): the moment everything sent to it was drawn.
 */
export async function settledAt(page: Page, quietMs = 2500, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  await page.waitForFunction(() => (window as unknown as { __platsen?: { map?: unknown } }).__platsen?.map !== undefined, undefined, { timeout: timeoutMs });
  for (;;) {
    const { last, now } = await page.evaluate(() => {
      const idle = (window as unknown as { __benchIdle: number[] }).__benchIdle;
      return { last: idle.at(-1) ?? null, now: performance.now() };
    });
    if (last !== null && now - last >= quietMs) return last;
    if (Date.now() > deadline) throw new Error(`map not settled after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

/** Long tasks (ms) that started at or after `since` (page time). */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate((t) => (window as unknown as { __benchLongTasks: Array<{ start: number; duration: number }> })
    .__benchLongTasks.filter((e) => e.start >= t).map((e) => e.duration), since);
}
