// An investment's expected benefits per dimension and, once followed up, what was achieved next to
// each: the text and the degree the follow-up judged.
import { BENEFIT_DIMENSIONS } from '../domain/model';
import type { PublicInvestment } from '../domain/publish/snapshot-types';
import { formatDate, formatNumber } from '../i18n/translate';
import { useLang, useT } from './words';

export function Benefits({ investment: inv }: { investment: PublicInvestment }) {
  const t = useT();
  const lang = useLang();
  const r = inv.realisation ?? null;
  const shown = BENEFIT_DIMENSIONS.filter((d) => inv.expectedBenefits[d].trim() || (r && (r.realised[d].trim() || r.degree[d] !== null)));
  if (shown.length === 0) return <p>{t('viewer.inv.noBenefits')}</p>;
  return (
    <>
      {r && (
        <>
          <h4>{t('viewer.realisation.title')}</h4>
          <p>{t('viewer.realisation.date', { date: formatDate(r.date, lang) })}</p>
        </>
      )}
      <dl className="viewer-dl">
        {shown.map((d) => {
          const expected = inv.expectedBenefits[d].trim();
          const degree = r?.degree[d] ?? null;
          return (
            <div key={d}>
              <dt>{t(`resident.benefit.${d}`)}</dt>
              {expected && <dd className="viewer-text">{r ? t('viewer.realisation.expected', { text: inv.expectedBenefits[d] }) : inv.expectedBenefits[d]}</dd>}
              {r?.realised[d].trim() && <dd className="viewer-text">{t('viewer.realisation.realised', { text: r.realised[d] })}</dd>}
              {degree !== null && <dd>{t('viewer.realisation.degree', { value: formatNumber(degree, lang, 0) })}</dd>}
            </div>
          );
        })}
      </dl>
    </>
  );
}
