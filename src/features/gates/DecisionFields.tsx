import { useId, type RefObject } from 'react';
import { useT } from '../../app/store-context';
import type { Decision } from '../../domain/model';
import type { ReviewDraft } from './review-draft';

const DECISIONS: Decision[] = ['pass', 'wait', 'stop'];

interface Props {
  draft: ReviewDraft;
  change: (changes: Partial<ReviewDraft>) => void;
  /** The weak points, named, or '' when there are none. */
  weakPoints: string;
  reasonRequired: boolean;
  reasonRef: RefObject<HTMLTextAreaElement | null>;
  /** The first decision, focused when the user tries to save without choosing one. */
  decisionRef: RefObject<HTMLInputElement | null>;
}

/** The decision and its record: who, when, until when, why, and whether the public may read it. */
export function DecisionFields({ draft, change, weakPoints, reasonRequired, reasonRef, decisionRef }: Props) {
  const t = useT();
  const id = useId();
  const missing = reasonRequired && !draft.reason.trim();
  return (
    <>
      <fieldset className="gate-decision">
        <legend>{t('gateReview.decision')}</legend>
        <span className="rating-segments decision-segments">
          {DECISIONS.map((d, i) => (
            <label key={d} className={`rating-segment decision-${d}`}>
              <input type="radio" name={`${id}-decision`} value={d} checked={draft.decision === d} ref={i === 0 ? decisionRef : undefined}
                onChange={() => change({ decision: d })} />
              <span>{t(`decision.${d}`)}</span>
            </label>
          ))}
        </span>
      </fieldset>
      <div className="gate-field">
        <label htmlFor={`${id}-reason`}>{t(reasonRequired ? 'gateReview.reasonRequired' : 'gateReview.reason')}</label>
        <p id={`${id}-weak`} className="gate-weak" aria-live="polite">
          {reasonRequired ? t('gateReview.weakPoints', { points: weakPoints }) : ''}
        </p>
        {reasonRequired && <p id={`${id}-hint`} className="gate-hint">{t('gateReview.reasonHint')}</p>}
        <textarea id={`${id}-reason`} ref={reasonRef} rows={3} value={draft.reason} required={reasonRequired}
          aria-invalid={missing} aria-describedby={reasonRequired ? `${id}-weak ${id}-hint` : undefined}
          onChange={(e) => change({ reason: e.target.value })} />
      </div>
      <div className="gate-row">
        <div className="gate-field">
          <label htmlFor={`${id}-date`}>{t('gateReview.date')}</label>
          <input id={`${id}-date`} type="date" required value={draft.date} onChange={(e) => change({ date: e.target.value })} />
        </div>
        <div className="gate-field">
          <label htmlFor={`${id}-next`}>{t('gateReview.nextReviewDate')}</label>
          <input id={`${id}-next`} type="date" value={draft.nextReviewDate} onChange={(e) => change({ nextReviewDate: e.target.value })} />
        </div>
      </div>
      <div className="gate-field">
        <label htmlFor={`${id}-by`}>{t('gateReview.decidedBy')}</label>
        <input id={`${id}-by`} type="text" required value={draft.decidedBy} onChange={(e) => change({ decidedBy: e.target.value })} />
      </div>
      <label className="gate-check">
        <input type="checkbox" checked={draft.public} onChange={(e) => change({ public: e.target.checked })} />
        {t('gateReview.public')}
      </label>
    </>
  );
}
