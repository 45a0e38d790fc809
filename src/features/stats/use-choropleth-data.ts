// The choropleth of the current settings: which polygons (the municipality's DeSO or the
// programme areas), their values, classes and colours. Loads the DeSO file only once a statistic
// is chosen.
import { useMemo } from 'react';
import { usePlatsen } from '../../app/store-context';
import { desoCode } from '../../domain/stats/deso-index';
import { aggregateAreas, statValue } from '../../domain/stats/statistics';
import { buildChoropleth, type Choropleth, type ChoroplethItem } from './choropleth-model';
import type { ChoroplethSettings } from './choropleth-state';
import { desoLayerFor, useDeso, type DesoLayerId, type Loadable } from './deso-data';

export interface ChoroplethView extends Choropleth {
  layer: DesoLayerId;
}

export function useChoroplethData(settings: ChoroplethSettings): Loadable<ChoroplethView> | null {
  const { statistic, target, classes, method } = settings;
  const areas = usePlatsen((s) => s.doc.areas);
  const layer = usePlatsen((s) => desoLayerFor(s.doc));
  const deso = useDeso(statistic === null ? null : target === 'deso' ? layer : 'all');
  const features = deso.status === 'ready' ? deso.data : null;

  // Areas are apportioned once per change of areas or DeSO, not per change of statistic or classes.
  const areaStats = useMemo(() => (features && target === 'areas' ? aggregateAreas(Object.values(areas), features) : null), [features, target, areas]);

  const view = useMemo((): ChoroplethView | null => {
    if (!statistic || !features) return null;
    const items: ChoroplethItem[] = target === 'deso'
      ? features.map((f) => ({ id: desoCode(f) ?? '', name: desoCode(f) ?? '', geometry: f.geometry, value: statValue(f.properties, statistic) }))
      : Object.values(areas).map((a) => ({ id: a.id, name: a.name, geometry: a.geometry, value: areaStats?.get(a.id)?.[statistic].value ?? null }));
    return { ...buildChoropleth(items, classes, method), layer };
  }, [statistic, features, target, areas, areaStats, classes, method, layer]);

  if (statistic === null) return null;
  if (deso.status !== 'ready') return deso;
  return view ? { status: 'ready', data: view } : { status: 'loading' };
}
