// The choropleth of the current settings: which polygons (the municipality's DeSO or the
// programme areas), their values, classes and colours. Loads the DeSO file only once a statistic
// is chosen.
import { useMemo } from 'react';
import { usePlatsen } from '../../app/store-context';
import { desoCode } from '../../domain/stats/deso-index';
import { aggregateAreas, statValue } from '../../domain/stats/statistics';
import { buildChoropleth, type Choropleth, type ChoroplethItem } from './choropleth-model';
import type { ChoroplethSettings } from './choropleth-state';
import { DESO_LAYERS, desoLayerFor, useDeso, type Loadable } from './deso-data';
import { sourceLine, useDivisionStats } from './stat-source';

export interface ChoroplethView extends Choropleth {
  /** What the 'deso' target colours: the bundled municipality's DeSO, or the division the statistics were imported for. */
  layerName: string;
  /** The imported tables' source line; null for the bundled statistics. */
  source: string | null;
}

export function useChoroplethData(settings: ChoroplethSettings): Loadable<ChoroplethView> | null {
  const { statistic, target, classes, method } = settings;
  const areas = usePlatsen((s) => s.doc.areas);
  const layer = usePlatsen((s) => desoLayerFor(s.doc));
  const imported = useDivisionStats();
  const deso = useDeso(statistic === null || imported ? null : target === 'deso' ? layer : 'all');
  const features = imported?.features ?? (deso.status === 'ready' ? deso.data : null);

  // Areas are apportioned once per change of areas or DeSO, not per change of statistic or classes.
  const areaStats = useMemo(() => (features && target === 'areas' ? aggregateAreas(Object.values(areas), features) : null), [features, target, areas]);

  const view = useMemo((): ChoroplethView | null => {
    if (!statistic || !features) return null;
    const items: ChoroplethItem[] = target === 'deso'
      ? features.map((f) => ({ id: desoCode(f) ?? '', name: desoCode(f) ?? '', geometry: f.geometry, value: statValue(f.properties, statistic) }))
      : Object.values(areas).map((a) => ({ id: a.id, name: a.name, geometry: a.geometry, value: areaStats?.get(a.id)?.[statistic].value ?? null }));
    const layerName = imported ? imported.division.name : DESO_LAYERS[layer].municipality;
    return { ...buildChoropleth(items, classes, method), layerName, source: imported ? sourceLine(imported.stats) : null };
  }, [statistic, features, target, areas, areaStats, classes, method, layer, imported]);

  if (statistic === null) return null;
  if (!imported && deso.status !== 'ready') return deso;
  return view ? { status: 'ready', data: view } : { status: 'loading' };
}
