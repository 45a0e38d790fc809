// What an area's programme adds up to, as of the session's date when one is chosen: budgets by
// kind, department and phase, the benefit balance, Agenda 2030 coverage and progress.
import { useMemo } from 'react';
import { SdgTile } from '../../ui/SdgTile';
import { usePlatsen, useT } from '../../app/store-context';
import { BENEFIT_DIMENSIONS, type Id, type Rating } from '../../domain/model';
import { areaRollup, RATING_SCORE, type BenefitBalance } from '../../domain/rollups';
import { SDG_NUMBERS } from '../../domain/sdgs';
import { formatDate, formatNumber, formatSek, LOCALES } from '../../i18n/translate';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/panel';
import '../../i18n/strings/programme';
import '../../i18n/strings/sdg';
import { gatesOf, selectPhases } from '../../store/selectors';
import { BudgetTable } from './BudgetTable';
import '../gates/gates.css';
import './programme.css';

/** The rating whose score is nearest a mean score, to say a mean in words. */
function nearestRating(mean: number): Rating {
  const entries = Object.entries(RATING_SCORE) as Array<[Rating, number]>;
  return entries.reduce((best, e) => (Math.abs(e[1] - mean) < Math.abs(best[1] - mean) ? e : best))[0];
}

function BenefitLine({ balance }: { balance: BenefitBalance }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  if (balance.meanRating === null) return <>{t('rollups.benefitUnrated', { described: balance.described })}</>;
  const score = `${balance.meanRating > 0 ? '+' : ''}${formatNumber(balance.meanRating, lang)}`;
  const mean = t('rollups.mean', { rating: t(`rating.${nearestRating(balance.meanRating)}`), score });
  return <>{t('rollups.benefitLine', { described: balance.described, rated: balance.rated, mean })}</>;
}

export function Rollups({ areaId }: { areaId: Id }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const doc = usePlatsen((s) => s.doc);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const phases = usePlatsen(selectPhases);
  const rollup = useMemo(() => areaRollup(doc, areaId, phases, gates), [doc, areaId, phases, gates]);
  const money = (n: number) => formatSek(n, lang);
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 });
  const touched = SDG_NUMBERS.filter((n) => rollup.sdgCoverage.has(n)).length;

  const departmentRows = [...rollup.byDepartment].map(([dept, tally]) => ({
    key: dept ?? '-', label: dept ? doc.departments[dept]?.name ?? dept : t('rollups.noDepartment'), tally,
  })).sort((a, b) => b.tally.investment - a.tally.investment);

  return (
    <section className="rollups" aria-labelledby={`rollups-${areaId}`}>
      <h3 id={`rollups-${areaId}`}>{t('rollups.title')}</h3>
      {asOf && <p className="gate-hint">{t('rollups.asOf', { date: formatDate(asOf, lang) })}</p>}
      <p>{t('rollups.total', { n: rollup.total.count, investment: money(rollup.total.investment), operating: money(rollup.total.operatingPerYear) })}</p>
      <BudgetTable caption={t('rollups.byKind')} rows={(['physical', 'social'] as const).map((k) => ({
        key: k, label: t(`kind.${k}`), tally: rollup.byKind[k],
      }))} />
      <BudgetTable caption={t('rollups.byDepartment')} rows={departmentRows} />
      <BudgetTable caption={t('rollups.byPhase')} rows={gates.map((g, i) => ({
        key: g.id, label: `${g.code} ${g.name[lang]}`, tally: rollup.byPhase[i]!,
      }))} />

      <h4>{t('rollups.status')}</h4>
      <ul className="rollup-list">
        {(['active', 'waiting', 'stopped', 'realised'] as const).map((s) => (
          <li key={s}>{t('rollups.statusCount', { status: t(`status.${s}`), n: rollup.byStatus[s] })}</li>
        ))}
      </ul>

      <h4>{t('rollups.benefits')}</h4>
      <ul className="rollup-list">
        {BENEFIT_DIMENSIONS.map((d) => {
          const mean = rollup.benefits[d].meanRating;
          return (
            <li key={d} className="benefit-row">
              <span><strong>{t(`benefit.${d}`)}</strong>: <BenefitLine balance={rollup.benefits[d]} /></span>
              {mean !== null && (
                <span className="benefit-bar" aria-hidden="true">
                  <span className={mean >= 0 ? 'positive' : 'negative'}
                    style={mean >= 0 ? { left: '50%', width: `${(mean / 2) * 50}%` } : { right: '50%', width: `${(-mean / 2) * 50}%` }} />
                </span>
              )}
            </li>
          );
        })}
      </ul>

      <h4>{t('rollups.sdgs')}</h4>
      <p>{t('rollups.sdgSummary', { n: touched })}</p>
      <ul className="sdg-tiles sdg-coverage">
        {SDG_NUMBERS.map((n) => {
          const count = rollup.sdgCoverage.get(n);
          const text = count
            ? t('rollups.sdgTouched', { n: String(n), name: t(`sdg.${n}`), count })
            : t('rollups.sdgUntouched', { n: String(n), name: t(`sdg.${n}`) });
          return (
            <li key={n} title={text} className={count ? 'touched' : 'untouched'}>
              <SdgTile n={n} muted={!count} />
              <span className="visually-hidden">{text}</span>
            </li>
          );
        })}
      </ul>

      <h4>{t('rollups.progress')}</h4>
      {rollup.progress === null ? <p>{t('rollups.progressNone')}</p> : (
        <>
          <p>{t('rollups.progressValue', { share: percent.format(rollup.progress) })}</p>
          <span className="rollup-bar wide" aria-hidden="true"><span style={{ width: `${rollup.progress * 100}%` }} /></span>
        </>
      )}
    </section>
  );
}
