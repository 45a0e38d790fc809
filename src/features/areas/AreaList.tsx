import { useDeferredValue, useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Area } from '../../domain/model';
import { formatArea, formatSek } from '../../i18n/translate';
import { focusArea } from './area-actions';
import { AREA_SORT_KEYS, areaRows, searchRows, sortRows, type AreaSortKey, type SortDirection } from './area-list-model';

/** Every area, searchable (ignoring accents) and sortable; choosing one selects it and shows it on the map. */
export function AreaList() {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const areas = usePlatsen((s) => s.doc.areas);
  const investments = usePlatsen((s) => s.doc.investments);
  const selection = usePlatsen((s) => s.session.selection);
  const [query, setQuery] = useState('');
  const [sortKey, setSortKey] = useState<AreaSortKey>('name');
  const [direction, setDirection] = useState<SortDirection>('asc');
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => areaRows(areas, investments), [areas, investments]);
  const shown = useMemo(() => sortRows(searchRows(rows, deferredQuery), sortKey, direction, lang), [rows, deferredQuery, sortKey, direction, lang]);
  const selected = selection?.type === 'area' ? selection.ids : [];

  const choose = (area: Area) => {
    store.setSession({ selection: { type: 'area', ids: [area.id] } });
    focusArea(area.geometry);
  };
  // Names and counts read best A–Z and largest first.
  const chooseSort = (key: AreaSortKey) => {
    setSortKey(key);
    setDirection(key === 'name' ? 'asc' : 'desc');
  };

  return (
    <section className="area-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('panel.areas')}</h2>
      <div className="area-list-controls">
        <label htmlFor={`${id}-search`}>{t('areas.list.search')}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <label htmlFor={`${id}-sort`}>{t('areas.list.sort')}</label>
        <div className="area-sort">
          <select id={`${id}-sort`} value={sortKey} onChange={(e) => chooseSort(e.target.value as AreaSortKey)}>
            {AREA_SORT_KEYS.map((k) => <option key={k} value={k}>{t(`areas.list.sort.${k}`)}</option>)}
          </select>
          <select aria-label={t('areas.list.direction')} value={direction} onChange={(e) => setDirection(e.target.value as SortDirection)}>
            <option value="asc">{t('areas.list.ascending')}</option>
            <option value="desc">{t('areas.list.descending')}</option>
          </select>
        </div>
      </div>
      <p className="hint" aria-live="polite">
        {rows.length === 0 ? t('areas.list.empty') : shown.length === 0 ? t('areas.list.noMatch') : t('areas.list.count', { shown: shown.length, n: rows.length })}
      </p>
      <ul className="item-list">
        {shown.map((r) => (
          <li key={r.area.id}>
            <button type="button" aria-pressed={selected.includes(r.area.id)} onClick={() => choose(r.area)}>
              <span className="item-title">{r.area.name}</span>
              <span className="item-meta">
                {t('areas.list.meta', { size: formatArea(r.sizeM2, lang), n: r.investments, budget: formatSek(r.budget, lang) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
