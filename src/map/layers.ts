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
import type { BasemapTheme } from './basemap/offline-style';
import { symbolColourExpression, type ColourMode } from './colour-mode';
import { AREA_COLOUR as AREA_LINE, CASING_COLOUR, SELECTED_COLOUR as SELECTED } from './encoding';
import {
  LABEL_HALO, LABEL_MINZOOM, POINT_LAYER, SYMBOL_SOURCE, labelLayout, pointLayers, shownPointLayers, symbolSources, type ShownSymbols,
} from './point-layers';

export const SOURCE = {
  areas: 'platsen-areas',
  areaLabels: 'platsen-area-labels',
  ...SYMBOL_SOURCE,
  investmentShapes: 'platsen-shapes',
} as const;

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
  ...POINT_LAYER,
} as const;

/** Layers a click or hover can hit, most specific first: only the shown symbol set's, and the selection's. */
export function hitLayers(shown: ShownSymbols): { clusters: string[]; investments: string[] } {
  const { clusters, points } = shownPointLayers(shown);
  return { clusters, investments: [...points, LAYER.shapeSolid, LAYER.shapeDashed, LAYER.shapeFill] };
}
export const AREA_LAYERS: string[] = [LAYER.areaFill];

interface Sizes { line: number; areaLine: number; icon: number; text: number; areaText: number }
const SIZES: Record<BasemapTheme, Sizes> = {
  light: { line: 3, areaLine: 2, icon: 1, text: 12, areaText: 14 },
  // ux.md: projector lines >= 3 px and symbols >= 18 px, read from the back of a room.
  projector: { line: 5, areaLine: 3.5, icon: 1.3, text: 18, areaText: 22 },
};

/** `mode`: what the colour shows; the clustered sources count its classes (cluster-mix.ts). */
export function emptySources(mode: ColourMode): Record<string, SourceSpecification> {
  // A fresh object per source: MapLibre may keep a reference to the data it was given.
  const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
  return {
    [SOURCE.areas]: { type: 'geojson', data: empty() },
    [SOURCE.areaLabels]: { type: 'geojson', data: empty() },
    ...symbolSources(empty, mode),
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
// generalise.ts: from its shapeZoom an investment is drawn as its line or polygon (point-layers.ts asSymbol).
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
 * Symbols need no filter: their sources hold only visible (or selected) ones (see sync.ts).
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
  };
}

/**
 * Round joins and caps only where a line is long enough on screen to show them: their extra
 * triangles made every frame of 5,000 lines at zoom 11 cost ~380 ms instead of ~240 ms in
 * software WebGL (SwiftShader), and a map change waits for one or two frames.
 */
const ROUND_WHEN_CLOSE: ExpressionSpecification = ['step', ['zoom'], 'miter', LABEL_MINZOOM - 1, 'round'];

/** The layers whose paint colour follows the colour mode (colour-apply.ts). */
export const SHAPE_COLOUR_PAINT = [[LAYER.shapeFill, 'fill-color'], [LAYER.shapeSolid, 'line-color'], [LAYER.shapeDashed, 'line-color']] as const;

function layers(s: Sizes, mode: ColourMode): LayerSpecification[] {
  const colour = symbolColourExpression(mode);
  const shapeLine = (id: string, dashed: boolean): LayerSpecification => ({
    id, type: 'line', source: SOURCE.investmentShapes,
    layout: { 'line-join': ROUND_WHEN_CLOSE, 'line-cap': dashed ? 'butt' : ROUND_WHEN_CLOSE },
    paint: {
      'line-color': colour, 'line-width': s.line,
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
        'fill-color': colour,
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
      layout: { ...labelLayout(s.text), 'text-field': ['get', 'title'], 'symbol-placement': 'line-center', 'text-offset': [0, 1], 'text-optional': true },
      paint: { 'text-color': CASING_COLOUR, ...LABEL_HALO },
    },
    {
      id: LAYER.areaLabels, type: 'symbol', source: SOURCE.areaLabels,
      layout: {
        ...labelLayout(s.areaText), 'text-field': ['get', 'name'],
        // Whole-area symbols sit under the anchor and a cluster's ring often on it: the name moves
        // aside, far enough to clear a ring, rather than vanish.
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': 1.5,
      },
      paint: { 'text-color': AREA_LINE, ...LABEL_HALO },
    },
    ...pointLayers(s, mode),
  ];
}

/** The app layers, bottom to top, with the session's filters and colour mode applied. */
export function appLayers(theme: BasemapTheme, filters: FilterState, mode: ColourMode): LayerSpecification[] {
  const byLayer = sessionFilters(filters);
  return layers(SIZES[theme], mode).map((layer) => {
    const filter = byLayer[layer.id];
    return filter === undefined || layer.type === 'background' ? layer : { ...layer, filter };
  });
}
