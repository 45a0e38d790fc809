// The symbol sources and their layers (types only from MapLibre). sync.ts uses them as sets:
// - two clustered sets, one shown holding what the filter lets through (everything while none is
//   active), the other hidden and kept as a full copy, so that a filter change costs removals;
// - an unclustered set for the few symbols around the view when only a few are in it (nothing is
//   grouped then: few-in-view.ts);
// - the selection, unclustered and on top, so a selected investment is never hidden in a group.
// Clusters are drawn as rings of the active colour's mix (cluster-mix.ts, rings.ts).
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_FONT } from './basemap/offline-style';
import { clusterProperties, ringImageExpression } from './cluster-mix';
import { iconImageExpression, type ColourMode } from './colour-mode';
import { CASING_COLOUR, SELECTED_COLOUR as SELECTED } from './encoding';

export type SymbolSlot = 'symbolsA' | 'symbolsB';
/** Which set of symbol layers is drawn: a clustered slot, or the few around the view. */
export type ShownSymbols = SymbolSlot | 'few';

export const SYMBOL_SOURCE = {
  symbolsA: 'platsen-points', symbolsB: 'platsen-points-b', few: 'platsen-points-few', selected: 'platsen-selected',
} as const satisfies Record<ShownSymbols | 'selected', string>;

export const LABEL_MINZOOM = 14;
export const CLUSTER_MAX_ZOOM = 13;

/** The text style of every label the app draws over the basemap. */
export const LABEL_HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
export const labelLayout = (size: number) => ({ 'text-font': BASEMAP_FONT, 'text-size': size, 'text-max-width': 10 });

/** The layers drawn from a symbol source, one set per source. */
const pointLayerIds = <S extends string>(suffix: S) => ({
  clusters: `platsen-clusters${suffix}`,
  clusterCount: `platsen-cluster-count${suffix}`,
  points: `platsen-points${suffix}`,
  pointLabels: `platsen-point-labels${suffix}`,
}) as const;
type PointLayer = keyof ReturnType<typeof pointLayerIds>;
const POINTS_A = pointLayerIds('');
const POINTS_B = pointLayerIds('-b');
const POINTS_FEW = pointLayerIds('-few');
const POINT_SETS = [
  { shown: 'symbolsA', ids: POINTS_A, clustered: true },
  { shown: 'symbolsB', ids: POINTS_B, clustered: true },
  { shown: 'few', ids: POINTS_FEW, clustered: false },
] as const;

const SELECTED_LAYER = { halo: 'platsen-selected-halo', point: 'platsen-selected-point', label: 'platsen-selected-label' } as const;

/** The first set's layer ids, the others' symbol layers and the selection's (tests look at them). */
export const POINT_LAYER = {
  ...POINTS_A, pointsB: POINTS_B.points, pointsFew: POINTS_FEW.points, clustersB: POINTS_B.clusters,
  selectedHalo: SELECTED_LAYER.halo, selectedPoint: SELECTED_LAYER.point, selectedLabel: SELECTED_LAYER.label,
} as const;
/** Every layer drawn from the symbol sources (a scene without investments hides them all). */
export const ALL_POINT_LAYERS: readonly string[] = [...POINT_SETS.flatMap(({ ids }) => Object.values(ids)), ...Object.values(SELECTED_LAYER)];
/** Every set's title labels and the selection's (presentation mode shows them at any zoom, or hides them). */
export const POINT_LABEL_LAYERS: readonly string[] = [...POINT_SETS.map(({ ids }) => ids.pointLabels), SELECTED_LAYER.label];

const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
/** generalise.ts: below its shapeZoom an investment is drawn as its symbol. Filters see whole zooms, as shapeZoom is. */
const belowShapeZoom: ExpressionSpecification = ['<', ['zoom'], ['get', 'shapeZoom']];
export const asSymbol: ExpressionSpecification = ['all', notCluster, belowShapeZoom];

export function symbolSources(empty: () => FeatureCollection, mode: ColourMode): Record<string, SourceSpecification> {
  const clustered = (): SourceSpecification => ({
    type: 'geojson', data: empty(), cluster: true, clusterRadius: 40, clusterMaxZoom: CLUSTER_MAX_ZOOM, promoteId: 'id',
    clusterProperties: clusterProperties(mode),
  });
  const plain = (): SourceSpecification => ({ type: 'geojson', data: empty(), promoteId: 'id' });
  return {
    [SYMBOL_SOURCE.symbolsA]: clustered(), [SYMBOL_SOURCE.symbolsB]: clustered(),
    [SYMBOL_SOURCE.few]: plain(), [SYMBOL_SOURCE.selected]: plain(),
  };
}

type OpacityProperty = 'icon-opacity' | 'text-opacity';
type Opacities = Partial<Record<OpacityProperty, number>>;

/** The opacities of the point layers when shown; a hidden set has them at 0. */
const POINT_OPACITY: Record<PointLayer, Opacities> = {
  clusters: { 'icon-opacity': 1 },
  clusterCount: { 'text-opacity': 1 },
  points: { 'icon-opacity': 1 },
  pointLabels: { 'text-opacity': 1 },
};

const opacities = (layer: PointLayer, shown: boolean): Opacities =>
  Object.fromEntries(Object.entries(POINT_OPACITY[layer]).map(([name, opacity]) => [name, shown ? opacity : 0]));

/** As the style first has them: the first set shown, switched at once (MapLibre would fade them over 300 ms, drawing every frame). */
function initialPaint(layer: PointLayer, shown: boolean) {
  const paint = opacities(layer, shown);
  return { ...paint, ...Object.fromEntries(Object.keys(paint).map((name) => [`${name}-transition`, { duration: 0, delay: 0 }])) };
}

/**
 * Overlap allowed: an investment must never disappear because a neighbour is drawn first. But in
 * the way of labels: an area's name moves aside rather than under a symbol or a cluster's ring.
 */
const iconLayout = (image: ExpressionSpecification, size: number) =>
  ({ 'icon-image': image, 'icon-size': size, 'icon-allow-overlap': true });

/** Every set's layers, the first one shown, and the selection's on top. */
export function pointLayers(sizes: { text: number; icon: number }, mode: ColourMode): LayerSpecification[] {
  const sets = POINT_SETS.flatMap(({ shown, ids, clustered }): LayerSpecification[] => {
    const source = SYMBOL_SOURCE[shown];
    const paint = (layer: PointLayer) => initialPaint(layer, shown === 'symbolsA');
    const clusterLayers: LayerSpecification[] = [
      {
        id: ids.clusters, type: 'symbol', source, filter: ['has', 'point_count'],
        layout: iconLayout(ringImageExpression(mode), sizes.icon), paint: paint('clusters'),
      },
      {
        id: ids.clusterCount, type: 'symbol', source, filter: ['has', 'point_count'],
        layout: { ...labelLayout(sizes.text), 'text-field': ['get', 'point_count_abbreviated'], 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': CASING_COLOUR, ...paint('clusterCount') },
      },
    ];
    return [
      ...(clustered ? clusterLayers : []),
      { id: ids.points, type: 'symbol', source, filter: asSymbol, layout: iconLayout(iconImageExpression(mode), sizes.icon), paint: paint('points') },
      {
        id: ids.pointLabels, type: 'symbol', source, filter: asSymbol, minzoom: LABEL_MINZOOM,
        layout: { ...labelLayout(sizes.text), 'text-field': ['get', 'title'], 'text-anchor': 'top', 'text-offset': [0, 1.1], 'text-optional': true },
        paint: { 'text-color': CASING_COLOUR, ...LABEL_HALO, ...paint('pointLabels') },
      },
    ];
  });
  const source = SYMBOL_SOURCE.selected;
  return [
    ...sets,
    {
      id: SELECTED_LAYER.halo, type: 'circle', source, filter: belowShapeZoom,
      paint: { 'circle-color': SELECTED, 'circle-opacity': 0.5, 'circle-radius': 16 * sizes.icon, 'circle-stroke-color': SELECTED, 'circle-stroke-width': 2 },
    },
    { id: SELECTED_LAYER.point, type: 'symbol', source, filter: belowShapeZoom, layout: iconLayout(iconImageExpression(mode), sizes.icon) },
    // Named at every zoom: a selection made in a list is found on a city-wide map at once.
    {
      id: SELECTED_LAYER.label, type: 'symbol', source, filter: belowShapeZoom,
      layout: { ...labelLayout(sizes.text), 'text-field': ['get', 'title'], 'text-anchor': 'top', 'text-offset': [0, 1.3], 'text-optional': true },
      paint: { 'text-color': CASING_COLOUR, ...LABEL_HALO },
    },
  ];
}

/** The part of a MapLibre map that showPointLayers and applyColourMode use. */
export interface PaintTarget {
  getLayer(id: string): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
}

/**
 * Shows one set of symbol layers and hides the others. By opacity, not `visibility`: MapLibre
 * re-lays out every tile of a source when one of its layers' layout changes, and drops the tiles
 * of a source none of whose layers is visible, so switching cost a reload in the worker and a
 * wasted frame; a paint change is drawn in the next frame. A layer at opacity 0 is not drawn, but
 * queryRenderedFeatures still finds its features: hit-testing asks only the shown set.
 */
export function showPointLayers(map: PaintTarget, shown: ShownSymbols): void {
  for (const set of POINT_SETS) {
    for (const layer of Object.keys(set.ids) as PointLayer[]) {
      if (!map.getLayer(set.ids[layer])) continue;
      for (const [name, value] of Object.entries(opacities(layer, set.shown === shown))) map.setPaintProperty(set.ids[layer], name, value);
    }
  }
}

/** Which set of symbol layers is shown, read off the map (the hidden ones' layers are at opacity 0;
 *  a layer is missing while a style loads, and MapLibre reports asking for a missing one as an error). */
export function shownSymbols(map: { getLayer(id: string): unknown; getPaintProperty(layerId: string, name: 'icon-opacity'): unknown }): ShownSymbols {
  const drawn = POINT_SETS.find(({ ids }) => map.getLayer(ids.points) && map.getPaintProperty(ids.points, 'icon-opacity') !== 0);
  return drawn?.shown ?? 'symbolsA';
}

/** The shown set's cluster and symbol layers (the few-in-view set has no clusters), and the selection's. */
export function shownPointLayers(shown: ShownSymbols): { clusters: string[]; points: string[] } {
  const set = POINT_SETS.find((s) => s.shown === shown)!;
  return { clusters: set.clustered ? [set.ids.clusters] : [], points: [SELECTED_LAYER.point, set.ids.points] };
}

/** The layers whose image depends on the colour mode: of each clustered slot (with its source,
 *  which counts the mode's classes), and of the unclustered sets (few in view, the selection). */
export function colouredLayers(part: SymbolSlot | 'unclustered'): { source: string | null; icons: string[]; rings: string[] } {
  if (part === 'unclustered') return { source: null, icons: [POINTS_FEW.points, SELECTED_LAYER.point], rings: [] };
  const ids = part === 'symbolsA' ? POINTS_A : POINTS_B;
  return { source: SYMBOL_SOURCE[part], icons: [ids.points], rings: [ids.clusters] };
}
