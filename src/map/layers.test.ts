import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from './basemap/offline-style';
import { phaseMode } from './colour-mode';
import { LAYER, appLayers, emptySources, idIn, sessionFilters } from './layers';
import { passesFilter } from './testing';

describe('app layers', () => {
  it('form a valid MapLibre style on top of the offline basemap, in both themes and with filters', () => {
    const modes = [phaseMode(6), phaseMode(3), { by: { type: 'aspect' as const, aspect: 'market' as const }, gateCount: 6 }];
    for (const theme of ['light', 'projector'] as const) {
      for (const mode of modes) {
        const base = offlineStyle({ baseUrl: 'http://localhost/', theme });
        const style: StyleSpecification = {
          ...base,
          sources: { ...base.sources, ...emptySources(mode) },
          layers: [...base.layers, ...appLayers(theme, { visibleIds: ['a', 'b'], selection: { type: 'investment', ids: ['a'] } }, mode)],
        };
        expect(validateStyleMin(style)).toEqual([]);
      }
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

  it('draws a line as its symbol below its shapeZoom and as itself from it, never both', () => {
    const layers = appLayers('light', { visibleIds: null, selection: null }, phaseMode(6));
    const filterOf = (id: string) => (layers.find((l) => l.id === id) as { filter: FilterSpecification }).filter;
    const street = { id: 'inv_street', kind: 'physical', geomType: 'line', shapeZoom: 12, status: 'active' };
    const drawn = (zoom: number) => [LAYER.points, LAYER.shapeCasing, LAYER.shapeSolid].filter((id) => passesFilter(filterOf(id), street, 1, zoom));
    expect(drawn(11)).toEqual([LAYER.points]);
    expect(drawn(12)).toEqual([LAYER.shapeCasing, LAYER.shapeSolid]);
    const park = { ...street, id: 'inv_park', geomType: 'point', shapeZoom: 99 };
    expect(passesFilter(filterOf(LAYER.points), park, 1, 22)).toBe(true);
    expect(passesFilter(filterOf(LAYER.points), { ...park, point_count: 3 }, 1, 11)).toBe(false);
  });
});
