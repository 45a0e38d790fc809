import { useMemo } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import { overlapsFor } from '../../domain/spatial/overlaps';
import { formatArea, formatNumber } from '../../i18n/translate';

/**
 * Which other areas share surface with this one, and how much. A status region: after an edit
 * (a new shape, a new area) the answer is read out, since an investment in a shared part is
 * attached to only one of the areas.
 */
export function AreaOverlaps({ id }: { id: Id }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const areas = usePlatsen((s) => s.doc.areas);
  const overlaps = useMemo(() => overlapsFor(id, { areas }), [id, areas]);
  return (
    <div className="area-overlaps" role="status">
      {overlaps.length === 0 ? <p>{t('areas.overlaps.none')}</p> : (
        <>
          <p>{t('areas.overlaps.title')}</p>
          <ul>
            {overlaps.map((o) => (
              <li key={o.areaId}>
                {t('areas.overlaps.item', { name: o.name, size: formatArea(o.overlapM2, lang), share: formatNumber(o.shareOfThis * 100, lang, 1) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
