import { useDeferredValue, useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Area, Id } from '../../domain/model';
import '../../i18n/strings/stats-ui';
import { MAX_COMPARED } from '../stats/compare-model';
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
  // Areas ticked for a side-by-side comparison (up to four).
  const [ticked, setTicked] = useState<Id[]>([]);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => areaRows(areas, investments), [areas, investments]);
  const shown = useMemo(() => sortRows(searchRows(rows, deferredQuery), sortKey, direction, lang), [rows, deferredQuery, sortKey, direction, lang]);
  const selected = selection?.type === 'area' ? selection.ids : [];

  const choose = (area: Area) => {
    store.setSession({ selection: { type: 'area', ids: [area.id] } });
    focusArea(area.geometry);
  };
  const tick = (areaId: Id, on: boolean) => setTicked((ids) => (on ? [...ids, areaId].slice(0, MAX_COMPARED) : ids.filter((x) => x !== areaId)));
  const compare = () => store.setSession({ selection: { type: 'area', ids: ticked.filter((x) => areas[x]) } });
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
      {ticked.length > 0 && (
        <div className="compare-start">
          <button type="button" className="primary" disabled={ticked.length < 2} onClick={compare}>{t('compare.start', { n: ticked.length })}</button>
          {ticked.length >= MAX_COMPARED && <span className="hint">{t('compare.tooMany', { max: MAX_COMPARED })}</span>}
        </div>
      )}
      <ul className="item-list area-rows">
        {shown.map((r) => (
          <li key={r.area.id}>
            <input type="checkbox" aria-label={t('compare.tick', { name: r.area.name })} title={t('compare.tick', { name: r.area.name })}
              checked={ticked.includes(r.area.id)} disabled={!ticked.includes(r.area.id) && ticked.length >= MAX_COMPARED}
              onChange={(e) => tick(r.area.id, e.target.checked)} />
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
