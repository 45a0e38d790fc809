// An investment's public decisions as sentences a resident understands ("Arbetet går vidare till
// planering"), each with its reason. How the decision was judged (the gate and the five-step
// analysis, each aspect explained in one sentence) is there for whoever asks, behind a disclosure.
import { ASPECTS, BENEFIT_DIMENSIONS } from '../domain/model';
import type { PublicReview, PublicSnapshot } from '../domain/publish/snapshot-types';
import { formatDate } from '../i18n/translate';
import { decisionSentence, reviewGate } from './resident';
import { useLang, useT } from './words';

export function Decisions({ snapshot, reviews }: { snapshot: PublicSnapshot; reviews: readonly PublicReview[] }) {
  const t = useT();
  const lang = useLang();
  if (reviews.length === 0) return null;
  return (
    <>
      <h3>{t('viewer.inv.decisions')}</h3>
      <ol className="viewer-reviews">
        {reviews.map((r, i) => (
          <li key={i}>
            <p><strong>{t('resident.decision.line', { date: formatDate(r.date, lang), sentence: decisionSentence(snapshot, r, lang) })}</strong></p>
            {r.reason.trim() && <p className="viewer-text">{t('viewer.review.reason', { text: r.reason })}</p>}
            {r.decidedBy.trim() && <p>{t('viewer.review.by', { name: r.decidedBy })}</p>}
            <Judged snapshot={snapshot} review={r} />
          </li>
        ))}
      </ol>
    </>
  );
}

function Judged({ snapshot, review }: { snapshot: PublicSnapshot; review: PublicReview }) {
  const t = useT();
  const lang = useLang();
  const gate = reviewGate(snapshot, review, lang);
  return (
    <details className="viewer-judged">
      <summary>{t('resident.judged')}</summary>
      <p>{t('resident.judged.intro')}</p>
      <p>{t('resident.judged.gate', gate)}</p>
      <dl className="viewer-dl">
        {ASPECTS.map((a) => (
          <div key={a}>
            <dt>{t(`aspect.${a}`)}</dt>
            <dd>
              {t(`resident.aspect.${a}.about`)} {t('resident.judged.rating', { rating: t(`rating.${review.aspects[a].rating}`) })}
              {review.aspects[a].comment.trim() && <span className="viewer-text"> {review.aspects[a].comment}</span>}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('resident.judged.benefits')}</dt>
          {BENEFIT_DIMENSIONS.map((d) => (
            <dd key={d}>{t(`resident.benefit.${d}`)}: {t(`rating.${review.benefitRatings[d]}`)}</dd>
          ))}
        </div>
      </dl>
    </details>
  );
}
