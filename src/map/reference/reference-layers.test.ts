import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from '../basemap/offline-style';
import { REFERENCE_LAYER_IDS, readReferenceFeatures, type ReferenceLayer, type ReferenceLayerInfo } from './reference-data';
import { REFERENCE_LAYER, REFERENCE_SOURCE, referenceLayers, referenceSource, selectedFilter } from './reference-layers';

const publicDir = new URL('../../../public/reference/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', publicDir), 'utf8')) as ReferenceLayerInfo[];

describe('reference layers', () => {
  it('are all listed in the bundled index, each with a file and an attribution', () => {
    for (const id of REFERENCE_LAYER_IDS) {
      const info = index.find((l) => l.id === id);
      expect(info, id).toBeDefined();
      expect(info!.attribution).not.toBe('');
      const file = JSON.parse(readFileSync(new URL(info!.file, publicDir), 'utf8'));
      expect(readReferenceFeatures(id, file)).toHaveLength(info!.featureCount);
    }
  });

  it('form a valid MapLibre style on the offline basemap, carrying the layer’s attribution', () => {
    const info = index.find((l) => l.id === 'malmo-delomraden')!;
    const layer: ReferenceLayer = { info, features: [], collection: { type: 'FeatureCollection', features: [] } };
    const base = offlineStyle({ baseUrl: 'http://localhost/', theme: 'light' });
    const style: StyleSpecification = {
      ...base,
      sources: { ...base.sources, [REFERENCE_SOURCE]: referenceSource(layer) },
      layers: [...base.layers, ...referenceLayers(['malmo-delomraden:HOLMA'])],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(referenceSource(layer)).toMatchObject({ attribution: 'Malmö stad (CC0)', promoteId: 'id' });
  });

  it('highlight exactly the chosen polygons', () => {
    const selected = referenceLayers(['a:1', 'a:2']).find((l) => l.id === REFERENCE_LAYER.selected);
    expect(selected && 'filter' in selected ? selected.filter : null).toEqual(selectedFilter(['a:1', 'a:2']));
    expect(selectedFilter([])).toBe(false);
  });
});
