// The review history of one investment, newest first. Reviews are append-only: a corrected review
// stays visible, struck through and labelled, next to the correction that replaced it.
import { useT, usePlatsen } from '../../app/store-context';
import { compareReviews } from '../../domain/phase';
import { ASPECTS, BENEFIT_DIMENSIONS, type GateReview, type Id } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/gates-ui';
import { RatingBadge } from './RatingBadge';
import './gates.css';

export interface ReviewTimelineProps {
  reviews: GateReview[];
  /** Offered on every review still in force; absent in read-only views. */
  onCorrect?: (review: GateReview) => void;
}

export function ReviewTimeline({ reviews, onCorrect }: ReviewTimelineProps) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  if (!reviews.length) return <p className="gate-hint">{t('timeline.empty')}</p>;
  const byId = new Map<Id, GateReview>(reviews.map((r) => [r.id, r]));
  const corrected = new Set(reviews.flatMap((r) => (r.correctsReviewId ? [r.correctsReviewId] : [])));
  const date = (d: string) => formatDate(d, lang);
  const sorted = [...reviews].sort(compareReviews).reverse();

  return (
    <ol className="review-timeline">
      {sorted.map((r) => {
        const isCorrected = corrected.has(r.id);
        const original = r.correctsReviewId ? byId.get(r.correctsReviewId) : undefined;
        const comments = ASPECTS.filter((a) => r.aspects[a].comment.trim());
        return (
          <li key={r.id} className={isCorrected ? 'review-entry corrected' : 'review-entry'}>
            <p className="review-heading">
              <span className="review-struck">
                {t('timeline.heading', { date: date(r.date), code: r.gateCode, decision: t(`decision.${r.decision}`) })}
              </span>
              {isCorrected && <span className="corrected-label">{t('timeline.corrected')}</span>}
            </p>
            {original && <p className="gate-hint">{t('timeline.correction', { date: date(original.date) })}</p>}
            <dl className="facts review-struck">
              <dt>{t('timeline.decidedBy')}</dt><dd>{r.decidedBy}</dd>
              {r.reason && <><dt>{t('timeline.reason')}</dt><dd className="prose">{r.reason}</dd></>}
              {r.nextReviewDate && <><dt>{t('timeline.nextReview')}</dt><dd>{date(r.nextReviewDate)}</dd></>}
            </dl>
            <ul className="rating-badges review-struck" aria-label={t('timeline.ratings')}>
              {ASPECTS.map((a) => (
                <li key={a}>
                  <RatingBadge rating={r.aspects[a].rating}
                    label={t('timeline.badge', { aspect: t(`aspect.${a}`), rating: t(`rating.${r.aspects[a].rating}`) })} />
                </li>
              ))}
              {BENEFIT_DIMENSIONS.map((d) => (
                <li key={d}>
                  <RatingBadge rating={r.benefitRatings[d]} label={t('timeline.badge', {
                    aspect: t('gateReview.benefitRating', { dimension: t(`benefit.${d}`) }), rating: t(`rating.${r.benefitRatings[d]}`),
                  })} />
                </li>
              ))}
            </ul>
            {comments.length > 0 && (
              <details>
                <summary>{t('timeline.comments')}</summary>
                <dl className="facts">
                  {comments.map((a) => <div key={a}><dt>{t(`aspect.${a}`)}</dt><dd className="prose">{r.aspects[a].comment}</dd></div>)}
                </dl>
              </details>
            )}
            <p className="review-footer">
              <span className="item-meta">{t(r.public ? 'timeline.public' : 'timeline.internal')}</span>
              {onCorrect && !isCorrected && (
                <button type="button" className="link" onClick={() => onCorrect(r)}
                  aria-label={t('timeline.correctLabel', { date: date(r.date), code: r.gateCode })}>
                  {t('timeline.correct')}
                </button>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
