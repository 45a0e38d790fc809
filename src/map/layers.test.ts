import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from './basemap/offline-style';
import { LAYER, appLayers, emptySources, idIn, sessionFilters } from './layers';

describe('app layers', () => {
  it('form a valid MapLibre style on top of the offline basemap, in both themes and with filters', () => {
    for (const theme of ['light', 'projector'] as const) {
      const base = offlineStyle({ baseUrl: 'http://localhost/', theme });
      const style: StyleSpecification = {
        ...base,
        sources: { ...base.sources, ...emptySources() },
        layers: [...base.layers, ...appLayers(theme, { visibleIds: ['a', 'b'], selection: { type: 'investment', ids: ['a'] } })],
      };
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('matches nothing for an empty id list and everything when no filter is active', () => {
    expect(idIn(null)).toBe(true);
    expect(idIn([])).toBe(false);
    expect(idIn(['x', 'y'])).toEqual(['match', ['get', 'id'], ['x', 'y'], true, false]);
  });

  it('highlights only the selected kind of thing', () => {
    const areaSelected = sessionFilters({ visibleIds: null, selection: { type: 'area', ids: ['area_1'] } });
    expect(areaSelected[LAYER.areaSelectedOutline]).toEqual(idIn(['area_1']));
    expect(JSON.stringify(areaSelected[LAYER.shapeSelected])).not.toContain('area_1');
  });
});
