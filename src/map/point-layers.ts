// The two clustered symbol sources and their layers (types only from MapLibre). sync.ts uses
// them as two slots: one is shown and holds what the filter lets through (everything while none is
// active), the other is hidden and kept as a full copy, so that a filter change costs removals.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_FONT } from './basemap/offline-style';
import { CASING_COLOUR, SELECTED_COLOUR as SELECTED } from './encoding';

export type SymbolSlot = 'symbolsA' | 'symbolsB';

export const SYMBOL_SOURCE = { symbolsA: 'platsen-points', symbolsB: 'platsen-points-b' } as const satisfies Record<SymbolSlot, string>;

export const LABEL_MINZOOM = 14;
export const CLUSTER_MAX_ZOOM = 13;

/** The text style of every label the app draws over the basemap. */
export const LABEL_HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
export const labelLayout = (size: number) => ({ 'text-font': BASEMAP_FONT, 'text-size': size, 'text-max-width': 10 });

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
const POINT_SETS = [{ slot: 'symbolsA', ids: POINTS_A }, { slot: 'symbolsB', ids: POINTS_B }] as const;

/** The first set's layer ids, and the second's selection halo (tests look at both). */
export const POINT_LAYER = { ...POINTS_A, pointSelectedB: POINTS_B.pointSelected } as const;
/** Both sets' title labels (presentation mode shows them at any zoom, or hides them). */
export const POINT_LABEL_LAYERS: readonly string[] = POINT_SETS.map(({ ids }) => ids.pointLabels);

const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
/** generalise.ts: below its shapeZoom an investment is drawn as its symbol. Filters see whole zooms, as shapeZoom is. */
export const asSymbol: ExpressionSpecification = ['all', notCluster, ['<', ['zoom'], ['get', 'shapeZoom']]];

export function symbolSources(empty: () => FeatureCollection): Record<string, SourceSpecification> {
  return Object.fromEntries(POINT_SETS.map(({ slot }) => [SYMBOL_SOURCE[slot], {
    type: 'geojson', data: empty(), cluster: true, clusterRadius: 40, clusterMaxZoom: CLUSTER_MAX_ZOOM, promoteId: 'id',
  } satisfies SourceSpecification]));
}

/** The selection halo's filter in both sets. */
export function pointSelectedFilters(selected: FilterSpecification): Record<string, FilterSpecification> {
  return Object.fromEntries(POINT_SETS.map(({ ids }) => [ids.pointSelected, ['all', asSymbol, selected] as FilterSpecification]));
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

const opacities = (layer: keyof typeof POINTS_A, shown: boolean): Opacities =>
  Object.fromEntries(Object.entries(POINT_OPACITY[layer]).map(([name, opacity]) => [name, shown ? opacity : 0]));

/** As the style first has them: the first set shown, switched at once (MapLibre would fade them over 300 ms, drawing every frame). */
function initialPaint(layer: keyof typeof POINTS_A, shown: boolean) {
  const paint = opacities(layer, shown);
  return { ...paint, ...Object.fromEntries(Object.keys(paint).map((name) => [`${name}-transition`, { duration: 0, delay: 0 }])) };
}

/** Both sets' layers, the first one shown. */
export function pointLayers(sizes: { text: number; icon: number }): LayerSpecification[] {
  return POINT_SETS.flatMap(({ slot, ids }): LayerSpecification[] => {
    const source = SYMBOL_SOURCE[slot];
    const paint = (layer: keyof typeof POINTS_A) => initialPaint(layer, slot === 'symbolsA');
    return [
      {
        id: ids.clusters, type: 'circle', source, filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#ffffff', 'circle-stroke-color': CASING_COLOUR, 'circle-stroke-width': 2,
          'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22], ...paint('clusters'),
        },
      },
      {
        id: ids.clusterCount, type: 'symbol', source, filter: ['has', 'point_count'],
        layout: { ...labelLayout(sizes.text), 'text-field': ['get', 'point_count_abbreviated'], 'text-allow-overlap': true },
        paint: { 'text-color': CASING_COLOUR, ...paint('clusterCount') },
      },
      {
        id: ids.pointSelected, type: 'circle', source,
        paint: { 'circle-color': SELECTED, 'circle-radius': 16 * sizes.icon, 'circle-stroke-color': SELECTED, 'circle-stroke-width': 2, ...paint('pointSelected') },
      },
      {
        id: ids.points, type: 'symbol', source, filter: asSymbol,
        // Overlap allowed: an investment must never disappear because a neighbour is drawn first.
        layout: { 'icon-image': ['get', 'icon'], 'icon-size': sizes.icon, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
        paint: paint('points'),
      },
      {
        id: ids.pointLabels, type: 'symbol', source, filter: asSymbol, minzoom: LABEL_MINZOOM,
        layout: { ...labelLayout(sizes.text), 'text-field': ['get', 'title'], 'text-anchor': 'top', 'text-offset': [0, 1.1], 'text-optional': true },
        paint: { 'text-color': CASING_COLOUR, ...LABEL_HALO, ...paint('pointLabels') },
      },
    ];
  });
}

/** The part of a MapLibre map that showPointLayers uses. */
export interface PaintTarget {
  getLayer(id: string): unknown;
  setPaintProperty(layerId: string, name: OpacityProperty, value: number): unknown;
}

/**
 * Shows one symbol source's layers and hides the other's. By opacity, not `visibility`: MapLibre
 * re-lays out every tile of a source when one of its layers' layout changes, and drops the tiles
 * of a source none of whose layers is visible, so switching cost a reload in the worker and a
 * wasted frame; a paint change is drawn in the next frame. A layer at opacity 0 is not drawn, but
 * queryRenderedFeatures still finds its features: hit-testing asks only the shown set.
 */
export function showPointLayers(map: PaintTarget, shown: SymbolSlot): void {
  for (const { slot, ids } of POINT_SETS) {
    for (const layer of Object.keys(ids) as Array<keyof typeof ids>) {
      if (!map.getLayer(ids[layer])) continue;
      for (const [name, value] of Object.entries(opacities(layer, slot === shown))) map.setPaintProperty(ids[layer], name as OpacityProperty, value);
    }
  }
}

/** Which symbol source is shown, read off the map (the hidden one's layers are at opacity 0; the
 *  layer is missing while a style loads, and MapLibre reports asking for a missing one as an error). */
export function shownSlot(map: { getLayer(id: string): unknown; getPaintProperty(layerId: string, name: 'icon-opacity'): unknown }): SymbolSlot {
  return map.getLayer(POINTS_A.points) && map.getPaintProperty(POINTS_A.points, 'icon-opacity') === 0 ? 'symbolsB' : 'symbolsA';
}

/** The shown set's cluster and symbol layers. */
export function shownPointLayers(slot: SymbolSlot): { clusters: string; points: string } {
  const ids = slot === 'symbolsA' ? POINTS_A : POINTS_B;
  return { clusters: ids.clusters, points: ids.points };
}
