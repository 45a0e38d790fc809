// A change of what the colour shows, as a change of style: the symbols' and shapes' colours are
// expressions over each feature's code (symbol-code.ts), and the clustered sources count the new
// classes by clustering again, in the worker, from the data they already hold. Nothing is sent
// to the worker again (npm run bench, #8, measures it against a full setData).
import { clusterProperties, ringImageExpression } from './cluster-mix';
import { iconImageExpression, symbolColourExpression, type ColourMode } from './colour-mode';
import { SHAPE_COLOUR_PAINT } from './layers';
import { colouredLayers, type SymbolSlot } from './point-layers';

/** The part of a clustered GeoJSON source this uses (MapLibre's GeoJSONSource). */
interface ClusteredSource {
  workerOptions: { clusterProperties?: Record<string, [unknown, unknown]> };
  setClusterOptions(options: { cluster: boolean }): Promise<void>;
}

/** The part of a MapLibre map this uses; tests pass a recording fake. */
export interface ColourTarget {
  getLayer(id: string): unknown;
  getSource(id: string): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
}

/**
 * Applies `mode` to one part of the map: the shapes and the unclustered symbols ('unclustered'),
 * or one clustered slot (its layers, and its source counts the new classes). sync.ts applies it
 * to what is shown at once and to the hidden copy later, out of the way, as it refills it.
 */
export function applyColourMode(map: ColourTarget, mode: ColourMode, part: SymbolSlot | 'unclustered'): void {
  const { source: sourceId, icons, rings } = colouredLayers(part);
  const source = sourceId ? map.getSource(sourceId) as ClusteredSource | undefined : undefined;
  if (source) {
    // Counting first: the worker takes messages in order, so the tiles laid out for the new rings
    // below already find the new counts. MapLibre takes clusterProperties only with the source's
    // options; its workerOptions are what it sends with every re-cluster (the way it documents
    // for sources to pass options to the worker).
    source.workerOptions.clusterProperties = clusterProperties(mode);
    void source.setClusterOptions({ cluster: true });
  }
  const icon = iconImageExpression(mode);
  for (const id of icons) if (map.getLayer(id)) map.setLayoutProperty(id, 'icon-image', icon);
  for (const id of rings) if (map.getLayer(id)) map.setLayoutProperty(id, 'icon-image', ringImageExpression(mode));
  if (part !== 'unclustered') return;
  const colour = symbolColourExpression(mode);
  for (const [id, name] of SHAPE_COLOUR_PAINT) if (map.getLayer(id)) map.setPaintProperty(id, name, colour);
}
