// Who to credit for what a picture of the map shows: the owners of the areas' boundaries (as the
// public map credits them), the basemap's sources and MapLibre. The room's bar and the handout's
// image both say it, so the credit never depends on whether MapLibre's own control is shown.
import type { PlatsenDocument } from '../../domain/model';
import { areaAttribution } from '../../domain/publish/attribution';
import { BASEMAPS, type BasemapId } from '../../map/basemap/basemaps';

export function credits(doc: PlatsenDocument, basemap: BasemapId): string {
  const base = BASEMAPS.find((b) => b.id === basemap)?.attribution ?? [];
  return [...areaAttribution(Object.values(doc.areas)), ...base, 'MapLibre'].join(' · ');
}
