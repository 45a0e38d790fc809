import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { FALLBACK_AFTER_MS, guardBasemap } from './fallback.ts';
import { offlineStyle } from './offline-style.ts';

/** The few Map methods the guard uses, with events the test fires by hand. */
function fakeMap(sourceTypes: Record<string, string>) {
  const handlers = new Map<string, Array<(e: unknown) => void>>();
  const styles: Array<StyleSpecification | string> = [];
  const map = {
    on: (type: string, fn: (e: unknown) => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]),
    off: (type: string, fn: (e: unknown) => void) => handlers.set(type, (handlers.get(type) ?? []).filter((f) => f !== fn)),
    getSource: (id: string) => (id in sourceTypes ? { type: sourceTypes[id] } : undefined),
    setStyle: (style: StyleSpecification | string) => styles.push(style),
  };
  const fire = (type: string, e: unknown) => (handlers.get(type) ?? []).forEach((fn) => fn(e));
  return { map: map as unknown as MaplibreMap, styles, fire, listeners: () => [...handlers.values()].flat().length };
}

const BUNDLED = offlineStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light' });
const ONLINE = 'https://tiles.openfreemap.org/styles/positron';

describe('a basemap that does not load falls back to the bundled one', () => {
  let onFallback: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    vi.useFakeTimers();
    onFallback = vi.fn<() => void>();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const guarded = (sources: Record<string, string> = {}) => {
    const fake = fakeMap(sources);
    const guard = guardBasemap(fake.map, { fallback: () => BUNDLED, onFallback });
    return { ...fake, guard };
  };

  it('at once when the style or a basemap source fails', () => {
    const { guard, fire, styles } = guarded({ openmaptiles: 'vector', 'platsen-areas': 'geojson' });
    guard.watch(ONLINE);
    fire('error', { error: new Error('Failed to fetch') });
    expect(styles).toEqual([BUNDLED]);
    expect(onFallback).toHaveBeenCalledTimes(1);
    // Once is enough: the bundled style is not watched.
    fire('error', { sourceId: 'openmaptiles', error: new Error('tile') });
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('when nothing has arrived after a few seconds (a network that hangs)', () => {
    const { guard, styles } = guarded();
    guard.watch(ONLINE);
    vi.advanceTimersByTime(FALLBACK_AFTER_MS - 1);
    expect(styles).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(styles).toEqual([BUNDLED]);
    expect(onFallback).toHaveBeenCalledOnce();
    expect(FALLBACK_AFTER_MS).toBeLessThan(5000);
  });

  it('never once a basemap tile has arrived, nor for errors of the app\'s own GeoJSON sources', () => {
    const { guard, fire, styles } = guarded({ protomaps: 'vector', 'platsen-areas': 'geojson' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    guard.watch(ONLINE);
    fire('error', { sourceId: 'platsen-areas', error: new Error('bad data') });
    fire('sourcedata', { sourceId: 'platsen-areas', tile: {} });
    expect(styles).toEqual([]);
    fire('sourcedata', { sourceId: 'protomaps', tile: {} });
    fire('error', { sourceId: 'protomaps', error: new Error('one tile later') });
    vi.advanceTimersByTime(FALLBACK_AFTER_MS * 2);
    expect(styles).toEqual([]);
    expect(onFallback).not.toHaveBeenCalled();
    // Errors it does not act on are still reported, as MapLibre would without a listener.
    expect(console.error).toHaveBeenCalledTimes(2);
  });

  it('gives the deployment\'s own street map time, but not an error', () => {
    const { guard, fire, styles } = guarded({ protomaps: 'vector' });
    const streets = { version: 8 as const, sources: {}, layers: [] };
    guard.watch(streets);
    vi.advanceTimersByTime(FALLBACK_AFTER_MS * 3);
    expect(styles).toEqual([]);
    fire('error', { sourceId: 'protomaps', error: new Error('HTTP 404') });
    expect(styles).toEqual([BUNDLED]);
  });

  it('does not watch the bundled style, and stops listening when destroyed', () => {
    const { guard, fire, styles, listeners } = guarded();
    guard.watch(BUNDLED);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fire('error', { error: new Error('x') });
    vi.advanceTimersByTime(FALLBACK_AFTER_MS * 2);
    expect(styles).toEqual([]);
    guard.watch(ONLINE);
    guard.destroy();
    vi.advanceTimersByTime(FALLBACK_AFTER_MS * 2);
    expect(styles).toEqual([]);
    expect(listeners()).toBe(0);
  });
});
