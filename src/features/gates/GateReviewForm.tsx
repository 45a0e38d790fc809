// The gate review: the five-step analysis, then the decision. Passing against a weak point is
// allowed (the seed's point: not all five must be positive) but the form says live which points
// are weak and will not save until the reason is written down.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { recordGateReview } from '../../domain/commands/record-gate-review';
import { isReviewComplete, reasonRequired, weakPoints } from '../../domain/gates';
import { ASPECTS, BENEFIT_DIMENSIONS, type GateDef, type GateReview, type Id } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/gates-ui';
import { todayIso } from '../as-of/dates';
import { AspectFieldset } from './AspectFieldset';
import { DecisionFields } from './DecisionFields';
import { RatingChoice } from './RatingChoice';
import { blankDraft, draftFrom, isDecided, toReviewFields, type ReviewDraft } from './review-draft';
import { usePointNames } from './use-point-names';
import './gates.css';

export interface GateReviewFormProps {
  investmentId: Id;
  /** The gate the review is made at: the investment's current gate, or the corrected review's. */
  gate: GateDef;
  /** When given, the form corrects this review: prefilled, and saved as a new review naming it. */
  corrects?: GateReview;
  onClose: () => void;
}

type Failure = { code: string; params: Record<string, string | number> };

export function GateReviewForm({ investmentId, gate, corrects, onClose }: GateReviewFormProps) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const areaName = usePlatsen((s) => {
    const areaId = s.doc.investments[investmentId]?.areaId;
    return areaId ? s.doc.areas[areaId]?.name : undefined;
  });
  const [draft, setDraft] = useState<ReviewDraft>(() => corrects ? draftFrom(corrects)
    : blankDraft(todayIso(), areaName ? t('gateReview.decidedByDefault', { area: areaName }) : t('gateReview.decidedByFallback')));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const pointNames = usePointNames();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const decisionRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => { titleRef.current?.focus(); }, []);

  const change = (changes: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const decided = isDecided(draft) ? draft : null;
  const points = pointNames(weakPoints(draft));
  const needsReason = decided !== null && reasonRequired(decided);
  const complete = decided !== null && isReviewComplete(decided);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!decided) {
      setFailure({ code: 'gateReview.chooseDecision', params: {} });
      decisionRef.current?.focus();
      return;
    }
    if (!complete) {
      setFailure({ code: 'review.error.reasonRequired', params: {} });
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await store.dispatch(recordGateReview, toReviewFields(decided, investmentId, gate.id, corrects?.id ?? null));
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    store.notify('info', 'gateReview.saved');
    onClose();
  }

  const title = corrects
    ? t('gateReview.correctTitle', { date: formatDate(corrects.date, lang), code: corrects.gateCode })
    : t('gateReview.title', { code: gate.code, name: gate.name[lang] });
  return (
    <form className="gate-review-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <h4 id={`${id}-title`} ref={titleRef} tabIndex={-1}>{title}</h4>
      {corrects && <p className="gate-hint">{t('gateReview.correctNote')}</p>}
      <h5>{t('gateReview.aspects')}</h5>
      {ASPECTS.map((aspect) => (
        <AspectFieldset key={aspect} aspect={aspect} value={draft.aspects[aspect]}
          onChange={(value) => change({ aspects: { ...draft.aspects, [aspect]: value } })}>
          {aspect === 'benefits' && (
            <fieldset className="gate-benefit-ratings">
              <legend>{t('gateReview.benefitDimensions')}</legend>
              {BENEFIT_DIMENSIONS.map((d) => (
                <RatingChoice key={d} label={t('gateReview.benefitRating', { dimension: t(`benefit.${d}`) })}
                  value={draft.benefitRatings[d]}
                  onChange={(rating) => change({ benefitRatings: { ...draft.benefitRatings, [d]: rating } })} />
              ))}
            </fieldset>
          )}
        </AspectFieldset>
      ))}
      <DecisionFields draft={draft} change={(c) => { setFailure(null); change(c); }} weakPoints={points} reasonRequired={needsReason}
        reasonRef={reasonRef} decisionRef={decisionRef} />
      <div role="alert" className="gate-error">{failure && t(failure.code, failure.params)}</div>
      <div className="gate-actions">
        <button type="submit" className="primary" disabled={busy} aria-describedby={needsReason && !complete ? `${id}-why` : undefined}>
          {t(corrects ? 'gateReview.saveCorrection' : 'gateReview.save')}
        </button>
        <button type="button" onClick={onClose}>{t('gateReview.close')}</button>
      </div>
      {needsReason && !complete && <p id={`${id}-why`} className="gate-why">{t('gateReview.cannotSave')}</p>}
    </form>
  );
}
