// Every SCB statistic of one area, with how it was worked out (exact from whole DeSO, or an
// estimate weighted by population or by area), how much of the area the statistics cover, and the
// source. A value SCB does not give is said to be missing, never shown as 0.
import { useMemo } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Area, Id } from '../../domain/model';
import type { DesoFeature } from '../../domain/stats/deso-index';
import { aggregateToArea, STATISTICS, type AreaStatistics as Stats } from '../../domain/stats/statistics';
import { sourceText, useStatFeatures } from './stat-source';
import { formatStat } from './format-stat';
import { Loading } from './Loading';
import './stats.css';

const percent = (share: number) => Math.round(share * 100);

export function AreaStatisticsView({ area, features, source }: { area: Area; features: readonly DesoFeature[]; source?: string }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const stats: Stats = useMemo(() => aggregateToArea(area, features), [area, features]);
  const coverage = stats.pop.coverage;
  const exact = stats.pop.method === 'exact';
  if (coverage <= 0) return <p className="gate-hint">{t('statsUi.noCoverage')}</p>;
  return (
    <>
      <p className="stat-coverage">{t('stat.coverage', { percent: percent(coverage) })}</p>
      {coverage < 0.995 && <p className="gate-hint">{t('stat.coveragePartial')}</p>}
      <table className="stat-table">
        <thead>
          <tr><th scope="col">{t('statsUi.statistic')}</th><th scope="col">{t('statsUi.value')}</th><th scope="col">{t('statsUi.method')}</th></tr>
        </thead>
        <tbody>
          {STATISTICS.map((def) => {
            const s = stats[def.key];
            return (
              <tr key={def.key} data-stat={def.key}>
                <th scope="row">{t(def.label)}</th>
                <td className={s.value === null ? 'stat-missing' : 'stat-value'}>
                  {formatStat(s.value, def.key, lang)}
                  {s.value !== null && s.missingShare > 0.005 && (
                    <span className="stat-note">{t('stat.missingShare', { percent: percent(s.missingShare) })}</span>
                  )}
                </td>
                <td>{t(`stat.method.${s.method}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="gate-hint">{t(exact ? 'stat.methodNote.exact' : 'stat.methodNote.estimate')}</p>
      <p className="stat-source">{source ?? `${t('stat.source')} · ${t('stat.years')}`}</p>
    </>
  );
}

export function AreaStatistics({ areaId }: { areaId: Id }) {
  const t = useT();
  const area = usePlatsen((s) => s.doc.areas[areaId]);
  const data = useStatFeatures(true);
  if (!area) return null;
  return (
    <section className="area-stats" aria-labelledby={`stats-${areaId}`}>
      <h3 id={`stats-${areaId}`}>{t('statsUi.title')}</h3>
      {data.status === 'ready'
        ? <AreaStatisticsView area={area} features={data.data.features} source={data.data.division ? sourceText(t, data.data.division.stats) : undefined} />
        : <Loading state={data} />}
    </section>
  );
}
