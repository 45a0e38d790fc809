// 2–4 areas side by side in the wide panel, all of them highlighted on the map (they are the
// selection): programme figures, per-resident money, the benefit balance, Agenda 2030 and the SCB
// statistics in aligned columns with a difference column. How the statistics were worked out is
// said once above the table, not under every figure. Exportable as CSV.
import { useEffect, useId, useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Area, Id } from '../../domain/model';
import { aggregateAreas } from '../../domain/stats/statistics';
import { formatList } from '../../i18n/translate';
import '../../i18n/strings/programme';
import '../../i18n/strings/sdg';
import '../../i18n/strings/stats';
import '../../i18n/strings/stats-ui';
import { focusSelection } from '../../map/focus';
import { getMap } from '../../map/map-registry';
import { gatesOf, selectPhases } from '../../store/selectors';
import { downloadBlob } from '../export-image/download';
import { todayIso } from '../as-of/dates';
import { Loading } from './Loading';
import { compareCsv } from './compare-csv';
import { compareGroups, MAX_COMPARED, methodsOf } from './compare-model';
import { CompareTable } from './CompareTable';
import { sourceText, useStatFeatures } from './stat-source';
import './stats.css';

export function CompareView({ ids }: { ids: Id[] }) {
  const t = useT();
  const store = usePlatsenStore();
  const id = useId();
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const phases = usePlatsen(selectPhases);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const deso = useStatFeatures(true);
  const areas = useMemo(() => ids.map((a) => doc.areas[a]).filter((a): a is Area => !!a), [ids, doc.areas]);
  const stats = useMemo(() => {
    if (deso.status !== 'ready') return areas.map(() => null);
    const all = aggregateAreas(areas, deso.data.features);
    return areas.map((a) => all.get(a.id) ?? null);
  }, [areas, deso]);
  const asOf = usePlatsen((s) => s.session.asOf);
  const groups = useMemo(() => compareGroups(doc, areas, phases, gates, stats, t, lang, asOf), [doc, areas, phases, gates, stats, t, lang, asOf]);
  const others = useMemo(() => Object.values(doc.areas).filter((a) => !ids.includes(a.id))
    .sort((a, b) => a.name.localeCompare(b.name, lang)), [doc.areas, ids, lang]);

  // However the areas were chosen (list, map, Measure tab), the map shows them all.
  const key = ids.join(',');
  useEffect(() => {
    // The panel has just widened: let the map take its new size before fitting the areas into it.
    getMap()?.resize();
    focusSelection(store.getState().doc, { type: 'area', ids: key.split(',') });
  }, [key, store]);
  const setAreas = (next: Id[]) => store.setSession({ selection: next.length ? { type: 'area', ids: next } : null });
  const methods = [...methodsOf(areas, stats)].map(([method, list]) =>
    t(`compare.method.${method}`, { list: formatList(list.map((a) => a.name), lang) }));
  const division = deso.status === 'ready' ? deso.data.division : null;
  const source = division ? sourceText(t, division.stats) : `${t('stat.source')} · ${t('stat.years')}`;
  const notes = deso.status === 'ready' ? [...methods, source] : [];
  const differenceLabel = areas.length === 2
    ? t('compare.differenceOf', { b: areas[1]!.name, a: areas[0]!.name }) : t('compare.spread');

  const exportCsv = () => {
    const text = compareCsv(areas, groups, {
      group: t('compare.csv.group'), row: t('compare.csv.row'), difference: differenceLabel,
      groupName: (g) => t(`compare.group.${g}`), notes,
    });
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `platsen-jamforelse-${todayIso()}.csv`);
  };

  return (
    <article className="compare-view" aria-labelledby={`${id}-title`}>
      <button type="button" className="link" onClick={() => setAreas([])}>{t('panel.back')}</button>
      <h2 id={`${id}-title`}>{t('compare.titleMany', { n: areas.length })}</h2>
      <p className="gate-hint">{t('compare.onMap')}</p>
      <ul className="compare-chosen" aria-label={t('compare.chosen')}>
        {areas.map((a) => (
          <li key={a.id}>
            <span>{a.name}</span>
            <button type="button" aria-label={t('compare.remove', { name: a.name })} title={t('compare.remove', { name: a.name })}
              onClick={() => setAreas(ids.filter((x) => x !== a.id))}>×</button>
          </li>
        ))}
        {areas.length < MAX_COMPARED && (
          <li>
            <label htmlFor={`${id}-add`} className="visually-hidden">{t('compare.add')}</label>
            <select id={`${id}-add`} value="" onChange={(e) => { if (e.target.value) setAreas([...ids, e.target.value]); }}>
              <option value="">{t('compare.add')}</option>
              {others.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </li>
        )}
      </ul>
      {areas.length < 2 ? <p>{t('compare.needTwo')}</p> : (
        <>
          <div className="compare-notes">
            {deso.status === 'ready' ? methods.map((m) => <p key={m}>{m}</p>) : <Loading state={deso} />}
          </div>
          <CompareTable areas={areas} groups={groups} differenceLabel={differenceLabel} />
          {notes.length > 0 && <p className="stat-source">{source}</p>}
          <button type="button" onClick={exportCsv}>{t('compare.exportCsv')}</button>
        </>
      )}
    </article>
  );
}
