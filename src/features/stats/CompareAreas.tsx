// Two areas side by side: every statistic (value and how it was worked out) and what their
// programmes hold (investments, budgets, realised and followed-up investments, indicators).
import { useId, useMemo, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Area, Id } from '../../domain/model';
import { areaRollup } from '../../domain/rollups';
import type { DesoFeature } from '../../domain/stats/deso-index';
import { realisationRollup } from '../../domain/stats/realisation-rollup';
import { aggregateToArea, STATISTICS } from '../../domain/stats/statistics';
import { formatSek } from '../../i18n/translate';
import { gatesOf, selectPhases } from '../../store/selectors';
import { useStatFeatures } from './stat-source';
import { formatStat } from './format-stat';
import { Loading } from './Loading';
import './stats.css';

function AreaPicker({ label, value, areas, onChange }: { label: string; value: Id; areas: Area[]; onChange(id: Id): void }) {
  const t = useT();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('compare.choose')}</option>
        {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </>
  );
}

function CompareTable({ a, b, features }: { a: Area; b: Area; features: readonly DesoFeature[] }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const phases = usePlatsen(selectPhases);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const asOf = usePlatsen((s) => s.session.asOf);
  const stats = useMemo(() => [aggregateToArea(a, features), aggregateToArea(b, features)], [a, b, features]);
  const sides = useMemo(() => [a, b].map((area) => {
    const rollup = areaRollup(doc, area.id, phases, gates);
    const programme = Object.values(doc.programmes).find((p) => p.areaId === area.id);
    return {
      rollup, realisation: realisationRollup(doc, area.id, asOf),
      indicators: programme ? Object.values(doc.indicators).filter((i) => i.programmeId === programme.id).length : 0,
    };
  }), [a, b, doc, phases, gates, asOf]);
  const money = (n: number) => formatSek(n, lang);
  const rows: Array<[string, (i: 0 | 1) => string]> = [
    [t('compare.investments'), (i) => String(sides[i]!.rollup.total.count)],
    [t('compare.physicalSocial'), (i) => t('compare.slash', { a: sides[i]!.rollup.byKind.physical.count, b: sides[i]!.rollup.byKind.social.count })],
    [t('compare.budget'), (i) => money(sides[i]!.rollup.total.investment)],
    [t('compare.operating'), (i) => money(sides[i]!.rollup.total.operatingPerYear)],
    [t('compare.realised'), (i) => String(sides[i]!.rollup.byStatus.realised)],
    [t('compare.followedUp'), (i) => String(sides[i]!.realisation.followedUp)],
    [t('compare.indicators'), (i) => String(sides[i]!.indicators)],
  ];

  return (
    <table className="compare-table">
      <caption className="visually-hidden">{t('compare.caption', { a: a.name, b: b.name })}</caption>
      <thead>
        <tr><td /><th scope="col">{a.name}</th><th scope="col">{b.name}</th></tr>
      </thead>
      <tbody>
        {STATISTICS.map((def) => (
          <tr key={def.key}>
            <th scope="row">{t(def.label)}</th>
            {stats.map((s, i) => (
              <td key={i} className={s[def.key].value === null ? 'stat-missing' : 'num'}>
                {formatStat(s[def.key].value, def.key, lang)}
                <span className="stat-note">{t(`stat.method.${s[def.key].method}`)}</span>
              </td>
            ))}
          </tr>
        ))}
        <tr><th scope="rowgroup" colSpan={3}>{t('compare.programme')}</th></tr>
        {rows.map(([label, value]) => (
          <tr key={label}><th scope="row">{label}</th><td className="num">{value(0)}</td><td className="num">{value(1)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function CompareAreas({ areaId }: { areaId: Id }) {
  const t = useT();
  const areasById = usePlatsen((s) => s.doc.areas);
  const areas = useMemo(() => Object.values(areasById).sort((x, y) => x.name.localeCompare(y.name, 'sv')), [areasById]);
  const [first, setFirst] = useState<Id>(areaId);
  const [second, setSecond] = useState<Id>('');
  const a = areasById[first];
  const b = areasById[second];
  const deso = useStatFeatures(!!(a && b));
  return (
    <section aria-labelledby={`compare-${areaId}`}>
      <h3 id={`compare-${areaId}`}>{t('compare.title')}</h3>
      <div className="compare-pickers">
        <AreaPicker label={t('compare.first')} value={first} areas={areas} onChange={setFirst} />
        <AreaPicker label={t('compare.second')} value={second} areas={areas} onChange={setSecond} />
      </div>
      {a && b && (deso.status === 'ready' ? <CompareTable a={a} b={b} features={deso.data.features} /> : <Loading state={deso} />)}
      {a && b && <p className="stat-source">{t('stat.source')}</p>}
    </section>
  );
}
