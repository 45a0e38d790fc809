// Store -> map: subscribes to the zustand store directly (no React renders), derives the sources
// and sends only what changed, at most once per animation frame.
//
// Filtering, two ways, chosen per source:
// - Lines and polygons (heavy geometry) stay in their source and are hidden with a layer filter on
//   the properties the filter reads (layers.ts investmentFilterExpression: kind, category, phase,
//   ...; ids only for free text). Nothing is re-sent; a filtered-out feature is not rendered, so it
//   is not in queryRenderedFeatures and cannot be hovered or clicked. A feature-state 'hidden'
//   flag was rejected: feature-state cannot be used in layer filters, so hidden features would
//   stay clickable and still be counted in clusters.
// - Symbols are clustered in the worker from the source's data, so a layer filter cannot take a
//   symbol out of a cluster's count: the map would say "12" where the list shows 3. A GeoJSON
//   source's own `filter` (applied before clustering) cannot be changed at run time in MapLibre
//   6.17 (the worker applies it only to data as it arrives, and updateData drops for good what it
//   rejects), and unclustering the source while filtered re-lays out every point: 6 s at 45,000
//   here against ~1 s for sending the data. So a symbol source holds exactly what the filter lets
//   through, and a change sends it the difference. What costs is symbols coming back (each is
//   copied to the worker and re-clustered); a leaving one costs only its id. So there are two
//   symbol sources: the one shown, and a hidden full copy. A change goes to whichever of the two
//   needs fewer symbols back (usually the copy, by removals only), which is then shown (by
//   opacity: layers.ts pointLayerPaint); a second later the other is filled up again in the
//   background to be the next copy. Clearing a filter just shows the copy.
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { isFilterActive } from '../domain/filter';
import type { Id, Investment } from '../domain/model';
import { gatesOf, selectFilteredInvestments, selectPhases } from '../store/selectors';
import type { Selection } from '../store/session';
import type { PlatsenState } from '../store/store';
import { createSourceDeriver, type InvestmentFeature } from './derive-sources';
import { SOURCE, investmentFilterExpression, sessionFilters } from './layers';
import { showPointLayers, type PaintTarget, type SymbolSlot } from './point-layers';

/** The part of a MapLibre map the sync uses; tests pass a recording fake. */
export interface SyncTarget extends PaintTarget {
  getSource(id: string): unknown;
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

/**
 * Above this share of the new data in added features, one setData is cheaper than a diff: what
 * costs is copying features to the worker, and a removal is only an id.
 */
const ADD_LIMIT = 0.8;

/** How long after a change the hidden symbol source is filled up again, out of the way. */
export const REFILL_AFTER_MS = 1000;

type SentKey = 'areas' | 'areaLabels' | 'investmentShapes' | SymbolSlot;
const other = (slot: SymbolSlot): SymbolSlot => (slot === 'symbolsA' ? 'symbolsB' : 'symbolsA');

/** How many features of `after` a source holding `before` would have to be sent. */
function additions(before: FeatureCollection | undefined, after: FeatureCollection): number {
  if (before === after) return 0;
  if (!before) return after.features.length;
  const held = new Set(before.features);
  return after.features.reduce((n, f) => (held.has(f) ? n : n + 1), 0);
}

type Diff = { remove: Id[]; add: InvestmentFeature[] };

/** A diff by feature identity (derive-sources keeps unchanged features identical), or null. */
export function featureDiff(before: FeatureCollection, after: FeatureCollection): Diff | null {
  const diff = sameOrderDiff(before, after) ?? anyOrderDiff(before, after);
  if (diff.add.length > Math.max(1, after.features.length * ADD_LIMIT)) return null;
  return diff;
}

/** The usual edit: the same features in the same order, some replaced. Null when not so. */
function sameOrderDiff(before: FeatureCollection, after: FeatureCollection): Diff | null {
  if (before.features.length !== after.features.length) return null;
  const add: InvestmentFeature[] = [];
  for (let i = 0; i < after.features.length; i++) {
    const a = before.features[i]!;
    const b = after.features[i]!;
    if (a === b) continue;
    if (a.id !== b.id) return null;
    add.push(b as InvestmentFeature);
  }
  return { remove: [], add };
}

function anyOrderDiff(before: FeatureCollection, after: FeatureCollection): Diff {
  const old = new Map<Id, unknown>();
  for (const f of before.features) old.set(String(f.id), f);
  const add = (after.features as InvestmentFeature[]).filter((f) => old.get(f.properties.id) !== f);
  const nextIds = new Set(after.features.map((f) => String(f.id)));
  const remove = [...old.keys()].filter((id) => !nextIds.has(id));
  return { remove, add };
}

export function createMapSync(store: SyncStore, target: SyncTarget, schedule: (cb: () => void) => unknown = requestAnimationFrame,
  later: (cb: () => void, ms: number) => unknown = setTimeout): MapSync {
  const derive = createSourceDeriver();
  let sent: Partial<Record<SentKey, FeatureCollection>> = {};
  let sentFilters: Record<string, string> = {};
  let lastVisible: Investment[] | null | undefined;
  let visibleExpression: FilterSpecification = true;
  let filtersFor: [FilterSpecification, Selection] | null = null;
  let shown: SymbolSlot = 'symbolsA';
  let shownOnMap: SymbolSlot | null = null;
  let allSymbols: FeatureCollection | null = null;
  let refillPending = false;
  let pending = false;
  let alive = true;

  const deriveFor = (s: PlatsenState, visible: Investment[] | null) =>
    derive({ doc: s.doc, phases: selectPhases(s), gates: gatesOf(s.doc), colourBy: s.session.colourBy, visible });

  function sendSource(key: SentKey, data: FeatureCollection) {
    const source = target.getSource(SOURCE[key]) as GeoJsonSourceLike | undefined;
    if (!source) return;
    const before = sent[key];
    const diffable = key !== 'areas' && key !== 'areaLabels';
    const diff = diffable && before && source.updateData ? featureDiff(before, data) : null;
    if (diff) source.updateData!(diff);
    else source.setData(data);
    sent[key] = data;
  }

  function flush() {
    pending = false;
    if (!alive) return;
    const s = store.getState();
    const { filter } = s.session;
    const visible = isFilterActive(filter) ? selectFilteredInvestments(s) : null;
    if (visible !== lastVisible) {
      lastVisible = visible;
      // Free text has no feature property to test: only then do ids go into the expression.
      visibleExpression = visible ? investmentFilterExpression(filter, filter.text.trim() ? visible.map((inv) => inv.id) : null) : true;
    }
    const sources = deriveFor(s, visible);
    for (const key of ['areas', 'areaLabels', 'investmentShapes'] as const) {
      if (sources[key] !== sent[key]) sendSource(key, sources[key]);
    }
    showSymbols(sources.filteredPoints, sources.investmentPoints);
    if (filtersFor && filtersFor[0] === visibleExpression && filtersFor[1] === s.session.selection) return;
    filtersFor = [visibleExpression, s.session.selection];
    for (const [layerId, layerFilter] of Object.entries(sessionFilters({ visible: visibleExpression, selection: s.session.selection }))) {
      // Compared as text: the expressions are rebuilt each time, and setFilter re-evaluates every tile.
      const text = JSON.stringify(layerFilter);
      if (sentFilters[layerId] === text || !target.getLayer(layerId)) continue;
      target.setFilter(layerId, layerFilter);
      sentFilters[layerId] = text;
    }
  }

  /** `wanted`: what the filter lets through (everything while none is active). */
  function showSymbols(wanted: FeatureCollection, all: FeatureCollection) {
    allSymbols = all;
    if (sent[shown] !== wanted) {
      if (additions(sent[other(shown)], wanted) < additions(sent[shown], wanted)) shown = other(shown);
      if (sent[shown] !== wanted) sendSource(shown, wanted);
    }
    const spare = other(shown);
    // The first time right away, so that the first filter costs only removals too.
    if (!sent[spare]) sendSource(spare, all);
    else if (sent[spare] !== all && !refillPending) {
      refillPending = true;
      later(refill, REFILL_AFTER_MS);
    }
    if (shownOnMap !== shown) {
      shownOnMap = shown;
      showPointLayers(target, shown);
    }
  }

  function refill() {
    refillPending = false;
    const spare = other(shown);
    if (alive && allSymbols && sent[spare] !== allSymbols) sendSource(spare, allSymbols);
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
      shownOnMap = null;
      request();
    },
    flush,
    destroy() {
      alive = false;
      unsubscribe();
    },
  };
}
