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
}

/** The decision and its record: who, when, until when, why, and whether the public may read it. */
export function DecisionFields({ draft, change, weakPoints, reasonRequired, reasonRef }: Props) {
  const t = useT();
  const id = useId();
  const missing = reasonRequired && !draft.reason.trim();
  return (
    <>
      <fieldset className="gate-decision">
        <legend>{t('gateReview.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="gate-radio">
            <input type="radio" name={`${id}-decision`} value={d} checked={draft.decision === d} onChange={() => change({ decision: d })} />
            {t(`decision.${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="gate-field">
        <label htmlFor={`${id}-reason`}>{t(reasonRequired ? 'gateReview.reasonRequired' : 'gateReview.reason')}</label>
        <p id={`${id}-weak`} className="gate-weak" aria-live="polite">
          {draft.decision === 'pass' && weakPoints ? t('gateReview.weakPoints', { points: weakPoints }) : ''}
        </p>
        <p id={`${id}-hint`} className="gate-hint">{t('gateReview.reasonHint')}</p>
        <textarea id={`${id}-reason`} ref={reasonRef} rows={3} value={draft.reason} required={reasonRequired}
          aria-invalid={missing} aria-describedby={`${id}-weak ${id}-hint`}
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
