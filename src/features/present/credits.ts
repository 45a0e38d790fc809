// Who to credit for what a picture of the map shows: the owners of the areas' boundaries (as the
// public map credits them), the basemap's sources and MapLibre. The room's footer and the handout's
// image both say it, so the credit never depends on whether MapLibre's own control is shown.
import type { PlatsenDocument } from '../../domain/model';
import { areaAttribution } from '../../domain/publish/attribution';
import { basemapCredits, type BasemapId } from '../../map/basemap/choices';
import type { DeployConfig } from '../../map/basemap/config';

export function credits(doc: PlatsenDocument, basemap: BasemapId, config: Pick<DeployConfig, 'pmtiles'>): string {
  return [...areaAttribution(Object.values(doc.areas), doc.divisions), ...basemapCredits(basemap, config), 'MapLibre'].join(' · ');
}
