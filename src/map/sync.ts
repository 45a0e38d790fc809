// Store -> map: subscribes to the zustand store directly (no React renders), derives the sources
// and sends only what changed, at most once per animation frame.
//
// Filtering, two ways, chosen per source:
// - Lines and polygons (heavy geometry) stay in their source and are hidden with a layer filter on
//   their ids (`match`, a table lookup). Nothing is re-sent; a filtered-out feature is not
//   rendered, so it is not in queryRenderedFeatures and cannot be hovered or clicked. A
//   feature-state 'hidden' flag was rejected: feature-state cannot be used in layer filters, so
//   hidden features would stay clickable and still be counted in clusters.
// - Points are clustered in the worker from the source's data, so a layer filter cannot take a
//   point out of a cluster's count: the map would say "12" where the list shows 3. The point
//   source is therefore re-sent with only the visible points; points are a few bytes each.
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { isFilterActive } from '../domain/filter';
import type { Id, Investment } from '../domain/model';
import { gatesOf, selectFilteredInvestments, selectPhases } from '../store/selectors';
import type { Selection } from '../store/session';
import type { PlatsenState } from '../store/store';
import { createSourceDeriver, type InvestmentFeature, type MapSources } from './derive-sources';
import { SOURCE, sessionFilters } from './layers';

/** The part of a MapLibre map the sync uses; tests pass a recording fake. */
export interface SyncTarget {
  getSource(id: string): unknown;
  getLayer(id: string): unknown;
  setFilter(layerId: string, filter: FilterSpecification | null): unknown;
}

interface GeoJsonSourceLike {
  setData(data: FeatureCollection): unknown;
  updateData?(diff: { remove: Id[]; add: InvestmentFeature[] }): unknown;
}

export interface SyncStore {
  getState(): PlatsenState;
  subscribe(listener: () => void): () => void;
}

export interface MapSync {
  /** Sends everything again: after a style switch the map has lost the app's sources. */
  resend(): void;
  /** Applies pending changes now (tests; normally runs on the next frame). */
  flush(): void;
  destroy(): void;
}

/** Above this share of changed features, one setData is cheaper than a diff. */
const DIFF_LIMIT = 0.2;

/** A diff by feature identity (derive-sources keeps unchanged features identical), or null. */
export function featureDiff(before: FeatureCollection, after: FeatureCollection): { remove: Id[]; add: InvestmentFeature[] } | null {
  const old = new Map<Id, unknown>();
  for (const f of before.features) old.set(String(f.id), f);
  const add = (after.features as InvestmentFeature[]).filter((f) => old.get(f.properties.id) !== f);
  const nextIds = new Set(after.features.map((f) => String(f.id)));
  const remove = [...old.keys()].filter((id) => !nextIds.has(id));
  if (add.length + remove.length > Math.max(1, after.features.length * DIFF_LIMIT)) return null;
  return { remove, add };
}

export function createMapSync(store: SyncStore, target: SyncTarget, schedule: (cb: () => void) => unknown = requestAnimationFrame): MapSync {
  const derive = createSourceDeriver();
  let sent: Partial<Record<keyof MapSources, FeatureCollection>> = {};
  let sentFilters: Record<string, string> = {};
  let lastVisible: Investment[] | null | undefined;
  let visibleIds: Id[] | null = null;
  let filtersFor: [Id[] | null, Selection] | null = null;
  let pending = false;
  let alive = true;

  // Points may be diffed too, but not when the filter changed: then the source must hold exactly
  // the visible points (see above), and a filter change moves many of them anyway.
  function sendSource(key: keyof MapSources, data: FeatureCollection, filterChanged: boolean) {
    const source = target.getSource(SOURCE[key]) as GeoJsonSourceLike | undefined;
    if (!source) return;
    const before = sent[key];
    const diffable = key === 'investmentShapes' || (key === 'investmentPoints' && !filterChanged);
    const diff = diffable && before && source.updateData ? featureDiff(before, data) : null;
    if (diff) source.updateData!(diff);
    else source.setData(data);
    sent[key] = data;
  }

  function flush() {
    pending = false;
    if (!alive) return;
    const s = store.getState();
    const visible = isFilterActive(s.session.filter) ? selectFilteredInvestments(s) : null;
    const filterChanged = visible !== lastVisible;
    if (filterChanged) {
      lastVisible = visible;
      visibleIds = visible && visible.map((inv) => inv.id);
    }
    const sources = derive({ doc: s.doc, phases: selectPhases(s), gates: gatesOf(s.doc), colourBy: s.session.colourBy, visible });
    for (const key of Object.keys(SOURCE) as Array<keyof MapSources>) {
      if (sources[key] !== sent[key]) sendSource(key, sources[key], filterChanged);
    }
    if (filtersFor && filtersFor[0] === visibleIds && filtersFor[1] === s.session.selection) return;
    filtersFor = [visibleIds, s.session.selection];
    for (const [layerId, filter] of Object.entries(sessionFilters({ visibleIds, selection: s.session.selection }))) {
      // Compared as text: the expressions are rebuilt each time, and setFilter re-evaluates every tile.
      const text = JSON.stringify(filter);
      if (sentFilters[layerId] === text || !target.getLayer(layerId)) continue;
      target.setFilter(layerId, filter);
      sentFilters[layerId] = text;
    }
  }

  function request() {
    if (pending || !alive) return;
    pending = true;
    schedule(flush);
  }

  const unsubscribe = store.subscribe(request);
  request();
  return {
    resend() {
      sent = {};
      sentFilters = {};
      filtersFor = null;
      request();
    },
    flush,
    destroy() {
      alive = false;
      unsubscribe();
    },
  };
}
