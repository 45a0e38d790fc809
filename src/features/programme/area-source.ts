// The line under an area's name saying where its outline came from (the domain's Area.source).
import type { Params } from '../../domain/errors';
import type { Area, Id, ReferenceDivision } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import { REFERENCE_LAYER_IDS } from '../../map/reference/reference-data';
import type { Lang } from '../../store/session';

/** Where the area came from: the reference layer and codes it was adopted from, the file it was imported from, or drawn. */
export function areaSourceText(t: (key: string, params?: Params) => string, area: Area, divisions: Record<Id, ReferenceDivision>, lang: Lang): string {
  const source = area.source;
  if (source.type === 'imported') {
    return t(source.layer ? 'areaPanel.importedLayer' : 'areaPanel.imported', { file: source.file, layer: source.layer ?? '', date: formatDate(source.importedAt.slice(0, 10), lang) });
  }
  if (source.type !== 'adopted') return t('areaPanel.drawn');
  const division = divisions[source.layer];
  const layer = division ? t('division.fromFile', { name: division.name, file: division.source.file })
    : (REFERENCE_LAYER_IDS as readonly string[]).includes(source.layer) ? t(`areas.adopt.layer.${source.layer}`) : t('areaPanel.removedDivision');
  return t('areaPanel.adopted', { layer, n: source.codes.length, codes: source.codes.join(', ') });
}
