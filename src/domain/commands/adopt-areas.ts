import { defineCommand } from './command';
import { addArea } from './add-area';
import { DomainError } from '../errors';
import type { AreaGeometry, ReferenceLayerId } from '../model';
import { mergeAreas } from '../spatial/merge';

export interface AdoptAreasArgs {
  name: string;
  description?: string;
  /** A bundled layer, or the id of a division imported from a file. */
  layer: ReferenceLayerId | string;
  /** Reference polygons by their code in the layer (DeSO code, delområde code…). */
  features: Array<{ code: string; geometry: AreaGeometry }>;
}

/**
 * Creates one area from one reference polygon, or from the union of several. Reference polygons
 * are simplified, so they are repaired (mergeAreas) rather than refused for small bow-ties, spikes
 * or hairline gaps between neighbours.
 */
export const adoptAreas = defineCommand<AdoptAreasArgs>('command.adoptAreas', (doc, { name, description, layer, features }, ctx) => {
  const unique = [...new Map(features.map((f) => [f.code, f])).values()];
  if (!unique.length) throw new DomainError('area.error.noFeatures');
  const geometry = mergeAreas(unique.map((f) => f.geometry));
  const codes = unique.map((f) => f.code);
  return addArea.run(doc, { name, description, geometry, source: { type: 'adopted', layer, codes } }, ctx);
});
