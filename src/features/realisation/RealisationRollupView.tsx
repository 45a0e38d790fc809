// The area's benefits: per dimension, how many investments expected a benefit, how many have a
// realised one at their latest follow-up, and the mean degree, as of the session's date if chosen.
import { useMemo } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { BENEFIT_DIMENSIONS, type Id } from '../../domain/model';
import { realisationRollup } from '../../domain/stats/realisation-rollup';
import { formatNumber } from '../../i18n/translate';
import '../stats/stats.css';

export function RealisationRollupView({ areaId }: { areaId: Id }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const doc = usePlatsen((s) => s.doc);
  const rollup = useMemo(() => realisationRollup(doc, areaId, asOf), [doc, areaId, asOf]);
  return (
    <section aria-labelledby={`realisation-rollup-${areaId}`}>
      <h3 id={`realisation-rollup-${areaId}`}>{t('realisation.rollupTitle')}</h3>
      <p>{t('realisation.rollupSummary', { followed: rollup.followedUp, n: rollup.investments })}</p>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('realisation.dimension')}</th><th scope="col">{t('realisation.rollupExpected')}</th>
            <th scope="col">{t('realisation.rollupRealised')}</th><th scope="col">{t('realisation.rollupMean')}</th>
          </tr>
        </thead>
        <tbody>
          {BENEFIT_DIMENSIONS.map((d) => {
            const b = rollup.byDimension[d];
            return (
              <tr key={d}>
                <th scope="row">{t(`benefit.${d}`)}</th>
                <td className="num">{t('realisation.rollupCount', { n: b.expected })}</td>
                <td className="num">{t('realisation.rollupCount', { n: b.realised })}</td>
                <td className="num">{b.meanDegree === null ? t('realisation.notJudged') : t('realisation.degreeValue', { value: formatNumber(b.meanDegree, lang, 0) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
