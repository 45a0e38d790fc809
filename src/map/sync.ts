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
//   opacity: point-layers.ts showPointLayers); a second later the other is filled up again in
//   the background to be the next copy. Clearing a filter just shows the copy.
//
// Two small unclustered symbol sources complete the picture: the few symbols around the view when
// only a few are in it (few-in-view.ts; nothing is grouped then), and the selection, drawn on top
// so a selected investment is never hidden in a group. The colour is a style change
// (colour-apply.ts), and what is in view is counted for the legend (in-view.ts).
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { isFilterActive } from '../domain/filter';
import type { Investment } from '../domain/model';
import { gatesOf, selectFilteredInvestments, selectPhases } from '../store/selectors';
import type { Selection } from '../store/session';
import type { PlatsenState } from '../store/store';
import { applyColourMode, type ColourTarget } from './colour-apply';
import type { ColourMode } from './colour-mode';
import { createSourceDeriver, type InvestmentFeature, type MapSources } from './derive-sources';
import { FEW_IN_VIEW, fewAround, within, type Bounds } from './few-in-view';
import { countCodesInView, publishInView } from './in-view';
import { SOURCE, investmentFilterExpression, sessionFilters } from './layers';
import { showPointLayers, type PaintTarget, type ShownSymbols, type SymbolSlot } from './point-layers';
import { additions, featureDiff, type Diff } from './source-diff';

/** The part of a MapLibre map the sync uses; tests pass a recording fake. */
export interface SyncTarget extends PaintTarget, ColourTarget {
  getSource(id: string): unknown;
  setFilter(layerId: string, filter: FilterSpecification | null): unknown;
  /** The view (MapLibre's LngLatBounds: toArray gives [[west, south], [east, north]]). */
  getBounds(): { toArray(): number[][] };
}

interface GeoJsonSourceLike {
  setData(data: FeatureCollection): unknown;
  updateData?(diff: Diff): unknown;
}

export interface SyncStore {
  getState(): PlatsenState;
  subscribe(listener: () => void): () => void;
}

export interface MapSync {
  /** Sends everything again: after a style switch the map has lost the app's sources (a theme
   *  switch keeps them, so the colour mode is applied again too). */
  resend(): void;
  /** The view moved: `settled` at the end of a move (what is in view is counted again then). */
  viewChanged(settled: boolean): void;
  /** Applies pending changes now (tests; normally runs on the next frame). */
  flush(): void;
  destroy(): void;
}

/** How long after a change the hidden symbol source is filled up again, out of the way. */
export const REFILL_AFTER_MS = 1000;

type SentKey = 'areas' | 'areaLabels' | 'investmentShapes' | SymbolSlot | 'few' | 'selected';
const other = (slot: SymbolSlot): SymbolSlot => (slot === 'symbolsA' ? 'symbolsB' : 'symbolsA');

/** What the colour shows in this state: the session's choice over the workspace's gates. */
export function colourModeOf(s: PlatsenState): ColourMode {
  return { by: s.session.colourBy, gateCount: gatesOf(s.doc).length };
}

const sameMode = (a: ColourMode | null, b: ColourMode) =>
  !!a && a.gateCount === b.gateCount && a.by.type === b.by.type && (a.by.type === 'phase' || a.by.aspect === (b.by as typeof a.by).aspect);

/** `fewInView`: at most this many symbols in view are shown unclustered (few-in-view.ts). */
export function createMapSync(store: SyncStore, target: SyncTarget, schedule: (cb: () => void) => unknown = requestAnimationFrame,
  later: (cb: () => void, ms: number) => unknown = setTimeout, fewInView = FEW_IN_VIEW): MapSync {
  const derive = createSourceDeriver();
  let sent: Partial<Record<SentKey, FeatureCollection>> = {};
  let sentFilters: Record<string, string> = {};
  // The colour mode each part of the map was last given; the current one.
  let modeOf: Record<SymbolSlot | 'unclustered', ColourMode | null> = { symbolsA: null, symbolsB: null, unclustered: null };
  let mode: ColourMode | null = null;
  let lastVisible: Investment[] | null | undefined;
  let visibleExpression: FilterSpecification = true;
  let filtersFor: [FilterSpecification, Selection] | null = null;
  let shown: SymbolSlot = 'symbolsA';
  let shownOnMap: ShownSymbols | null = null;
  let wanted: FeatureCollection | null = null;
  let allSymbols: FeatureCollection | null = null;
  let selectedFor: [FeatureCollection, Selection] | null = null;
  // The few symbols around the view, while only a few are in it; what they cover; for which symbols
  // and view they were looked for, and what is in view counted.
  let few: InvestmentFeature[] | null = null;
  let covered: Bounds | null = null;
  let lookedAt: [FeatureCollection, Bounds] | null = null;
  let countedFor: [FeatureCollection, Bounds] | null = null;
  let refillPending = false;
  let pending = false;
  let alive = true;

  const deriveFor = (s: PlatsenState, visible: Investment[] | null) =>
    derive({ doc: s.doc, phases: selectPhases(s), gates: gatesOf(s.doc), visible });

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
    mode = colourModeOf(s);
    ensureMode('unclustered');
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
    sendSelected(sources, s.session.selection);
    updateView(true);
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

  /** Gives a part of the map the current colour mode, if it has another (colour-apply.ts). */
  function ensureMode(part: SymbolSlot | 'unclustered') {
    if (!mode || sameMode(modeOf[part], mode)) return;
    applyColourMode(target, mode, part);
    modeOf[part] = mode;
  }

  /**
   * `next`: what the filter lets through (everything while none is active). The hidden copy is
   * refilled, and given a new colour, a while later, out of the way.
   */
  function showSymbols(next: FeatureCollection, all: FeatureCollection) {
    wanted = next;
    allSymbols = all;
    if (sent[shown] !== next && additions(sent[other(shown)], next) < additions(sent[shown], next)) shown = other(shown);
    // The colour first: a data update sent after it re-clusters with the new counts in one go.
    ensureMode(shown);
    if (sent[shown] !== next) sendSource(shown, next);
    const spare = other(shown);
    if (!sent[spare]) {
      // The first time right away, so that the first filter costs only removals too.
      ensureMode(spare);
      sendSource(spare, all);
    } else if ((sent[spare] !== all || !sameMode(modeOf[spare], mode!)) && !refillPending) {
      refillPending = true;
      later(refill, REFILL_AFTER_MS);
    }
  }

  /** The selected investments' symbols, unclustered on top (whether or not the filter shows them). */
  function sendSelected(sources: MapSources, selection: Selection) {
    if (selectedFor && selectedFor[0] === sources.investmentPoints && selectedFor[1] === selection) return;
    selectedFor = [sources.investmentPoints, selection];
    const ids = new Set(selection?.type === 'investment' ? selection.ids : []);
    const features = ids.size ? sources.investmentPoints.features.filter((f) => ids.has(f.properties.id)) : [];
    if (features.length || sent.selected?.features.length) sendSource('selected', { type: 'FeatureCollection', features });
  }

  /**
   * Few in view: the unclustered set with the symbols around the view, else the clustered one.
   * `settled`: the data changed, or a move ended; during a move only leaving what the few set
   * covers needs a look. Nothing is looked at twice for the same symbols and view.
   */
  function updateView(settled: boolean) {
    if (!wanted) return;
    const [[west, south], [east, north]] = target.getBounds().toArray() as [[number, number], [number, number]];
    const view: Bounds = [west, south, east, north];
    const fresh = (seen: [FeatureCollection, Bounds] | null) => !seen || seen[0] !== wanted || seen[1].some((v, i) => v !== view[i]);
    if (settled ? fresh(lookedAt) : few !== null && !(covered && within(covered, view))) {
      lookedAt = [wanted, view];
      const next = fewAround(wanted.features as InvestmentFeature[], view, fewInView);
      covered = next.covered;
      if (next.features && !(few && sameFeatures(few, next.features))) sendSource('few', { type: 'FeatureCollection', features: next.features });
      few = next.features;
    }
    const display: ShownSymbols = few ? 'few' : shown;
    if (shownOnMap !== display) {
      shownOnMap = display;
      showPointLayers(target, display);
    }
    if (settled && fresh(countedFor)) {
      countedFor = [wanted, view];
      publishInView(countCodesInView(wanted.features as InvestmentFeature[], view));
    }
  }

  function refill() {
    refillPending = false;
    const spare = other(shown);
    if (!alive) return;
    ensureMode(spare);
    if (allSymbols && sent[spare] !== allSymbols) sendSource(spare, allSymbols);
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
      modeOf = { symbolsA: null, symbolsB: null, unclustered: null };
      filtersFor = null;
      shownOnMap = null;
      selectedFor = null;
      few = null;
      lookedAt = null;
      countedFor = null;
      request();
    },
    viewChanged: (settled) => updateView(settled),
    flush,
    destroy() {
      alive = false;
      unsubscribe();
      publishInView(null);
    },
  };
}

const sameFeatures = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((f, i) => f === b[i]);
