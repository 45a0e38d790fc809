import { useMemo } from 'react';
import { area as turfArea } from '@turf/turf';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { formatArea } from '../../i18n/translate';
import type { Area } from '../../domain/model';

// A stable empty list: a selector returning a fresh [] would re-render forever.
const NO_IDS: string[] = [];

export function AreaList() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const areas = usePlatsen((s) => s.doc.areas);
  const investments = usePlatsen((s) => s.doc.investments);
  const selected = usePlatsen((s) => (s.session.selection?.type === 'area' ? s.session.selection.ids : NO_IDS));
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const inv of Object.values(investments)) if (inv.areaId) m.set(inv.areaId, (m.get(inv.areaId) ?? 0) + 1);
    return m;
  }, [investments]);
  const sorted = useMemo(() => Object.values(areas).sort((a, b) => a.name.localeCompare(b.name, 'sv')), [areas]);

  const select = (a: Area) => store.setSession({ selection: { type: 'area', ids: [a.id] } });
  return (
    <section aria-labelledby="area-list-title">
      <h2 id="area-list-title">{t('panel.areas')}</h2>
      <ul className="item-list">
        {sorted.map((a) => (
          <li key={a.id}>
            <button type="button" aria-pressed={selected.includes(a.id)} onClick={() => select(a)}>
              <span className="item-title">{a.name}</span>
              <span className="item-meta">
                {formatArea(turfArea(a.geometry), lang)} · {t('area.investmentCount', { n: counts.get(a.id) ?? 0 })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
