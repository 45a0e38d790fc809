// The app's sources and layers as plain style specs (types only from MapLibre). Layer filters
// that depend on the session (what the filter lets through, what is selected) come from
// `sessionFilters`, so the initial style and later `setFilter` calls cannot disagree.
import type {
  ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { InvestmentFilter } from '../domain/filter';
import type { Id } from '../domain/model';
import type { Selection } from '../store/session';
import { BASEMAP_FONT, type BasemapTheme } from './basemap/offline-style';
import { AREA_COLOUR as AREA_LINE, CASING_COLOUR, SELECTED_COLOUR as SELECTED } from './encoding';

export const SOURCE = {
  areas: 'platsen-areas',
  areaLabels: 'platsen-area-labels',
  symbolsA: 'platsen-points',
  symbolsB: 'platsen-points-b',
  investmentShapes: 'platsen-shapes',
} as const;

/**
 * The two clustered symbol sources (sync.ts): one is shown and holds what the filter lets through
 * (everything while none is active), the other is hidden and kept as a full copy.
 */
export type SymbolSlot = 'symbolsA' | 'symbolsB';

/** The five layers drawn from a symbol source, one set per source. */
const pointLayerIds = <S extends string>(suffix: S) => ({
  clusters: `platsen-clusters${suffix}`,
  clusterCount: `platsen-cluster-count${suffix}`,
  pointSelected: `platsen-point-selected${suffix}`,
  points: `platsen-points${suffix}`,
  pointLabels: `platsen-point-labels${suffix}`,
}) as const;
const POINTS_A = pointLayerIds('');
const POINTS_B = pointLayerIds('-b');
const POINT_SETS = [{ slot: 'symbolsA', source: SOURCE.symbolsA, ids: POINTS_A }, { slot: 'symbolsB', source: SOURCE.symbolsB, ids: POINTS_B }] as const;

export const LAYER = {
  areaFill: 'platsen-area-fill',
  areaOutline: 'platsen-area-outline',
  areaSelectedHalo: 'platsen-area-selected-halo',
  areaSelectedOutline: 'platsen-area-selected-outline',
  areaLabels: 'platsen-area-labels',
  shapeFill: 'platsen-shape-fill',
  shapeSelected: 'platsen-shape-selected',
  shapeCasing: 'platsen-shape-casing',
  shapeSolid: 'platsen-shape-solid',
  shapeDashed: 'platsen-shape-dashed',
  shapeHollow: 'platsen-shape-hollow',
  shapeLabels: 'platsen-shape-labels',
  ...POINTS_A,
  pointSelectedB: POINTS_B.pointSelected,
} as const;

/** Which symbol source is shown, read off the map (the hidden one's layers are at opacity 0; the
 *  layer is missing while a style loads, and MapLibre reports asking for a missing one as an error). */
export function shownSlot(map: { getLayer(id: string): unknown; getPaintProperty(layerId: string, name: 'icon-opacity'): unknown }): SymbolSlot {
  return map.getLayer(POINTS_A.points) && map.getPaintProperty(POINTS_A.points, 'icon-opacity') === 0 ? 'symbolsB' : 'symbolsA';
}

/** Layers a click or hover can hit, most specific first: only the shown symbol source's. */
export function hitLayers(slot: SymbolSlot): { clusters: string[]; investments: string[] } {
  const shown = slot === 'symbolsA' ? POINTS_A : POINTS_B;
  return { clusters: [shown.clusters], investments: [shown.points, LAYER.shapeSolid, LAYER.shapeDashed, LAYER.shapeFill] };
}
export const AREA_LAYERS: string[] = [LAYER.areaFill];

export const LABEL_MINZOOM = 14;
export const CLUSTER_MAX_ZOOM = 13;

interface Sizes { line: number; areaLine: number; icon: number; text: number; areaText: number }
const SIZES: Record<BasemapTheme, Sizes> = {
  light: { line: 3, areaLine: 2, icon: 1, text: 12, areaText: 14 },
  // ux.md: projector lines >= 3 px and symbols >= 18 px, read from the back of a room.
  projector: { line: 5, areaLine: 3.5, icon: 1.3, text: 18, areaText: 22 },
};

export function emptySources(): Record<string, SourceSpecification> {
  // A fresh object per source: MapLibre may keep a reference to the data it was given.
  const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  return {
    [SOURCE.areas]: { type: 'geojson', data: empty() },
    [SOURCE.areaLabels]: { type: 'geojson', data: empty() },
    ...Object.fromEntries(POINT_SETS.map(({ source }) => [source, {
      type: 'geojson', data: empty(), cluster: true, clusterRadius: 40, clusterMaxZoom: CLUSTER_MAX_ZOOM, promoteId: 'id',
    } satisfies SourceSpecification])),
    // promoteId lets the sync send single-feature diffs (updateData) instead of the whole source:
    // at 50k points one edit then costs a re-cluster in the worker, not a full setData.
    [SOURCE.investmentShapes]: { type: 'geojson', data: empty(), promoteId: 'id' },
  };
}

/** Matches features whose `id` property is in the list; null means every feature. */
export function idIn(ids: readonly Id[] | null): FilterSpecification {
  if (ids === null) return true;
  return oneOf(['get', 'id'], ids);
}

/** `match` looks its labels up in a table; `in` with a literal array scans it per feature. */
function oneOf(input: ExpressionSpecification, values: ReadonlyArray<string | number>): ExpressionSpecification | false {
  if (values.length === 0) return false;
  return ['match', input, [...new Set(values)] as string[], true, false];
}

/**
 * The investment filter (domain/filter.ts) as a layer filter on the FilterProps of derive-sources,
 * so a filter change sends a short expression instead of every visible id. Free text is the one
 * part with no property to test: then `textIds`, the ids the whole filter lets through, decide.
 */
export function investmentFilterExpression(f: InvestmentFilter, textIds: readonly Id[] | null = null): FilterSpecification {
  const parts: Array<ExpressionSpecification | false> = [];
  if (f.kinds.length) parts.push(oneOf(['get', 'kind'], f.kinds));
  if (f.categories.length) parts.push(oneOf(['get', 'category'], f.categories));
  if (f.departmentIds.length) parts.push(oneOf(['get', 'departmentId'], f.departmentIds));
  if (f.gateIndexes.length) parts.push(oneOf(['get', 'phaseIndex'], f.gateIndexes));
  if (f.decisions.length) parts.push(oneOf(['get', 'decision'], f.decisions));
  if (f.sdgs.length) parts.push(['any', ...f.sdgs.map((n): ExpressionSpecification => ['in', `|${n}|`, ['get', 'sdgs']])]);
  if (f.areaIds.length) parts.push(oneOf(['coalesce', ['get', 'areaId'], 'none'], f.areaIds));
  if (f.text.trim() && textIds) parts.push(oneOf(['get', 'id'], textIds));
  if (parts.includes(false)) return false;
  if (parts.length === 0) return true;
  return parts.length === 1 ? parts[0]! : ['all', ...(parts as ExpressionSpecification[])];
}

const isGeom = (t: string): ExpressionSpecification => ['==', ['get', 'geomType'], t];
const isKind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
// generalise.ts: below its shapeZoom an investment is drawn as its symbol, from it as its line or
// polygon. Layer filters see whole zooms, as shapeZoom is.
const asSymbol: ExpressionSpecification = ['all', notCluster, ['<', ['zoom'], ['get', 'shapeZoom']]];
const asShape: ExpressionSpecification = ['>=', ['zoom'], ['get', 'shapeZoom']];

export interface FilterState {
  /** Ids the investment filter lets through, or null when no filter is active. */
  visibleIds?: readonly Id[] | null;
  /** The same as a filter on feature properties (investmentFilterExpression); wins over `visibleIds`. */
  visible?: FilterSpecification;
  selection: Selection;
}

/**
 * Every session-dependent layer filter. Shapes are hidden by a layer filter (features stay in the
 * source; a filtered-out feature is not rendered, so it cannot be hovered or clicked either).
 * Symbols need no visibility filter: their source already holds only visible ones (see sync.ts).
 */
export function sessionFilters({ visibleIds = null, visible = idIn(visibleIds), selection }: FilterState): Record<string, FilterSpecification> {
  const selected = (type: 'area' | 'investment') => idIn(selection?.type === type ? selection.ids : []);
  const shape = (...more: FilterSpecification[]): FilterSpecification => ['all', asShape, visible, ...more] as FilterSpecification;
  return {
    [LAYER.areaSelectedHalo]: selected('area'),
    [LAYER.areaSelectedOutline]: selected('area'),
    [LAYER.shapeFill]: shape(isGeom('polygon')),
    [LAYER.shapeSelected]: shape(selected('investment')),
    [LAYER.shapeCasing]: shape(),
    [LAYER.shapeSolid]: shape(isKind('physical')),
    [LAYER.shapeDashed]: shape(isKind('social')),
    [LAYER.shapeHollow]: shape(isGeom('line'), ['==', ['get', 'status'], 'waiting']),
    [LAYER.shapeLabels]: shape(isGeom('line')),
    ...Object.fromEntries(POINT_SETS.map(({ ids }) => [ids.pointSelected, ['all', asSymbol, selected('investment')] as FilterSpecification])),
  };
}

/**
 * Round joins and caps only where a line is long enough on screen to show them: their extra
 * triangles made every frame of 5,000 lines at zoom 11 cost ~380 ms instead of ~240 ms in
 * software WebGL (SwiftShader), and a map change waits for one or two frames.
 */
const ROUND_WHEN_CLOSE: ExpressionSpecification = ['step', ['zoom'], 'miter', LABEL_MINZOOM - 1, 'round'];

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
const label = (text: number) => ({ 'text-font': BASEMAP_FONT, 'text-size': text, 'text-max-width': 10 });

function pointLayers(source: string, ids: typeof POINTS_A | typeof POINTS_B, s: Sizes): LayerSpecification[] {
  return [
    {
      id: ids.clusters, type: 'circle', source, filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff', 'circle-stroke-color': CASING_COLOUR, 'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22],
      },
    },
    {
      id: ids.clusterCount, type: 'symbol', source, filter: ['has', 'point_count'],
      layout: { ...label(s.text), 'text-field': ['get', 'point_count_abbreviated'], 'text-allow-overlap': true },
      paint: { 'text-color': CASING_COLOUR },
    },
    { id: ids.pointSelected, type: 'circle', source, paint: { 'circle-color': SELECTED, 'circle-opacity': 0.5, 'circle-radius': 16 * s.icon, 'circle-stroke-color': SELECTED, 'circle-stroke-width': 2 } },
    {
      id: ids.points, type: 'symbol', source, filter: asSymbol,
      // Overlap allowed: an investment must never disappear because a neighbour is drawn first.
      layout: { 'icon-image': ['get', 'icon'], 'icon-size': s.icon, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
    {
      id: ids.pointLabels, type: 'symbol', source, filter: asSymbol, minzoom: LABEL_MINZOOM,
      layout: { ...label(s.text), 'text-field': ['get', 'title'], 'text-anchor': 'top', 'text-offset': [0, 1.1], 'text-optional': true },
      paint: { 'text-color': CASING_COLOUR, ...halo },
    },
  ];
}

type OpacityProperty = 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity' | 'icon-opacity';
type Opacities = Partial<Record<OpacityProperty, number>>;

/** The opacities of the point layers when shown; a hidden set has them at 0. */
const POINT_OPACITY: Record<keyof typeof POINTS_A, Opacities> = {
  clusters: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 },
  clusterCount: { 'text-opacity': 1 },
  pointSelected: { 'circle-opacity': 0.5, 'circle-stroke-opacity': 1 },
  points: { 'icon-opacity': 1 },
  pointLabels: { 'text-opacity': 1 },
};

/**
 * The opacity paint of every point layer, with one symbol source's set shown. Opacity, not
 * `visibility`: MapLibre re-lays out every tile of a source when one of its layers' layout
 * changes, and drops the tiles of a source none of whose layers is visible, so switching cost a
 * reload in the worker and a wasted frame; a paint change is drawn in the next frame. A layer at
 * opacity 0 is not drawn, but queryRenderedFeatures still finds its features: hit-testing asks
 * only the shown set (hitLayers).
 */
function pointLayerPaint(shown: SymbolSlot): Record<string, Opacities> {
  return Object.fromEntries(POINT_SETS.flatMap(({ slot, ids }) =>
    (Object.keys(ids) as Array<keyof typeof ids>).map((k) => [ids[k], Object.fromEntries(
      Object.entries(POINT_OPACITY[k]).map(([name, opacity]) => [name, slot === shown ? opacity : 0]))])));
}

/** The part of a MapLibre map that showPointLayers uses. */
export interface PaintTarget {
  getLayer(id: string): unknown;
  setPaintProperty(layerId: string, name: OpacityProperty, value: number): unknown;
}

/** Shows one symbol source's layers and hides the other's. */
export function showPointLayers(map: PaintTarget, shown: SymbolSlot): void {
  for (const [layerId, paint] of Object.entries(pointLayerPaint(shown))) {
    if (!map.getLayer(layerId)) continue;
    for (const [name, value] of Object.entries(paint)) map.setPaintProperty(layerId, name as OpacityProperty, value);
  }
}

function layers(s: Sizes): LayerSpecification[] {
  const shapeLine = (id: string, dashed: boolean): LayerSpecification => ({
    id, type: 'line', source: SOURCE.investmentShapes,
    layout: { 'line-join': ROUND_WHEN_CLOSE, 'line-cap': dashed ? 'butt' : ROUND_WHEN_CLOSE },
    paint: {
      'line-color': ['get', 'colour'], 'line-width': s.line,
      ...(dashed ? { 'line-dasharray': [2, 1.5] } : {}),
    },
  });
  return [
    { id: LAYER.areaFill, type: 'fill', source: SOURCE.areas, paint: { 'fill-color': '#5c7c99', 'fill-opacity': 0.08 } },
    { id: LAYER.areaSelectedHalo, type: 'line', source: SOURCE.areas, paint: { 'line-color': SELECTED, 'line-width': s.areaLine * 5, 'line-opacity': 0.35, 'line-blur': 2 } },
    { id: LAYER.areaOutline, type: 'line', source: SOURCE.areas, layout: { 'line-join': ROUND_WHEN_CLOSE }, paint: { 'line-color': AREA_LINE, 'line-width': s.areaLine } },
    { id: LAYER.areaSelectedOutline, type: 'line', source: SOURCE.areas, layout: { 'line-join': 'round' }, paint: { 'line-color': SELECTED, 'line-width': s.areaLine * 1.5 } },
    {
      id: LAYER.shapeFill, type: 'fill', source: SOURCE.investmentShapes,
      paint: {
        'fill-color': ['get', 'colour'],
        // Waiting polygons are hollow, like waiting symbols; social ones lighter, like their dashes.
        'fill-opacity': ['case', ['==', ['get', 'status'], 'waiting'], 0, ['==', ['get', 'kind'], 'social'], 0.15, 0.3],
      },
    },
    { id: LAYER.shapeSelected, type: 'line', source: SOURCE.investmentShapes, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': SELECTED, 'line-width': s.line + 8, 'line-opacity': 0.8 } },
    // A dark casing under every line gives the lightest phase colour contrast on a light basemap.
    { id: LAYER.shapeCasing, type: 'line', source: SOURCE.investmentShapes, layout: { 'line-join': ROUND_WHEN_CLOSE, 'line-cap': ROUND_WHEN_CLOSE }, paint: { 'line-color': CASING_COLOUR, 'line-width': s.line + 2 } },
    shapeLine(LAYER.shapeSolid, false),
    shapeLine(LAYER.shapeDashed, true),
    // Waiting lines are hollow: a white core inside the phase colour.
    { id: LAYER.shapeHollow, type: 'line', source: SOURCE.investmentShapes, layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': Math.max(1, s.line - 2) } },
    {
      id: LAYER.shapeLabels, type: 'symbol', source: SOURCE.investmentShapes, minzoom: LABEL_MINZOOM,
      layout: { ...label(s.text), 'text-field': ['get', 'title'], 'symbol-placement': 'line-center', 'text-offset': [0, 1], 'text-optional': true },
      paint: { 'text-color': CASING_COLOUR, ...halo },
    },
    {
      id: LAYER.areaLabels, type: 'symbol', source: SOURCE.areaLabels,
      layout: {
        ...label(s.areaText), 'text-field': ['get', 'name'],
        // Whole-area symbols sit under the anchor: let the name move aside rather than vanish.
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': 0.6,
      },
      paint: { 'text-color': AREA_LINE, ...halo },
    },
    ...POINT_SETS.flatMap(({ source, ids }) => pointLayers(source, ids, s)),
  ];
}

/** The app layers, bottom to top, with the session's filters applied. */
export function appLayers(theme: BasemapTheme, filters: FilterState): LayerSpecification[] {
  const byLayer = sessionFilters(filters);
  const opacity = pointLayerPaint('symbolsA');
  return layers(SIZES[theme]).map((layer) => {
    const filter = byLayer[layer.id];
    const paint = opacity[layer.id];
    const withFilter = filter === undefined || layer.type === 'background' ? layer : { ...layer, filter };
    if (!paint) return withFilter;
    // Switched at once: MapLibre would otherwise fade them, redrawing every frame for 300 ms.
    const instant = Object.fromEntries(Object.keys(paint).map((name) => [`${name}-transition`, { duration: 0, delay: 0 }]));
    return { ...withFilter, paint: { ...withFilter.paint, ...paint, ...instant } } as LayerSpecification;
  });
}
