// Benefits realisation in the investment details, once the investment has reached the last gate:
// expected against realised benefits side by side (the latest follow-up), earlier follow-ups, and
// the form for a new one. Before the last gate there is nothing realised to judge, so nothing shows.
import { useMemo, useRef, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { BENEFIT_DIMENSIONS, type BenefitRealisation, type Id } from '../../domain/model';
import { derivePhase } from '../../domain/phase';
import { formatDate, formatNumber } from '../../i18n/translate';
import { gatesOf } from '../../store/selectors';
import { RealisationForm } from './RealisationForm';
import '../gates/gates.css';
import '../stats/stats.css';

export function RealisationSection({ id }: { id: Id }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const allReviews = usePlatsen((s) => s.doc.reviews);
  const allRealisations = usePlatsen((s) => s.doc.realisations);
  const [open, setOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const phase = useMemo(() => derivePhase(Object.values(allReviews).filter((r) => r.investmentId === id), gates), [allReviews, id, gates]);
  const followUps = useMemo(() => Object.values(allRealisations).filter((r) => r.investmentId === id)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [allRealisations, id]);
  if (!inv || gates.length === 0 || phase.gateIndex !== gates.length - 1) return null;

  const latest = followUps[0];
  const degreeText = (r: BenefitRealisation | undefined, d: (typeof BENEFIT_DIMENSIONS)[number]) => {
    const v = r?.degree[d];
    return v === null || v === undefined ? t('realisation.notJudged') : t('realisation.degreeValue', { value: formatNumber(v, lang, 0) });
  };
  const close = () => {
    setOpen(false);
    headingRef.current?.focus();
  };

  return (
    <section className="gate-section" aria-labelledby={`realisation-${id}`}>
      <h3 id={`realisation-${id}`} ref={headingRef} tabIndex={-1}>{t('realisation.title')}</h3>
      <p className="gate-hint">{t('realisation.intro')}</p>
      <p>{latest ? t('realisation.latest', { date: formatDate(latest.date, lang) }) : t('realisation.none')}</p>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('realisation.dimension')}</th><th scope="col">{t('realisation.expected')}</th>
            <th scope="col">{t('realisation.realised')}</th><th scope="col">{t('realisation.degree')}</th>
          </tr>
        </thead>
        <tbody>
          {BENEFIT_DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{t(`benefit.${d}`)}</th>
              <td className="prose">{inv.expectedBenefits[d] || t('realisation.nothing')}</td>
              <td className="prose">{latest?.realised[d] || t('realisation.nothing')}</td>
              <td className="num">{latest ? degreeText(latest, d) : t('realisation.nothing')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {followUps.length > 1 && (
        <>
          <h4>{t('realisation.history')}</h4>
          <ul className="rollup-list">
            {followUps.slice(1).map((r) => (
              <li key={r.id}>{t('realisation.historyEntry', {
                date: formatDate(r.date, lang),
                degrees: BENEFIT_DIMENSIONS.map((d) => `${t(`benefit.${d}`)} ${degreeText(r, d)}`).join(', '),
              })}</li>
            ))}
          </ul>
        </>
      )}
      {open
        ? <RealisationForm investment={inv} onDone={close} />
        : <button type="button" className="primary" onClick={() => setOpen(true)}>{t('realisation.record')}</button>}
    </section>
  );
}
