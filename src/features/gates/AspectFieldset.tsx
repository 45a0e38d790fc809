import { useId, type ReactNode } from 'react';
import { useT } from '../../app/store-context';
import type { Aspect, AspectAssessment } from '../../domain/model';
import { RatingChoice } from './RatingChoice';

interface Props {
  aspect: Aspect;
  value: AspectAssessment;
  onChange: (value: AspectAssessment) => void;
  /** Extra controls of this aspect (the benefits' three dimensions). */
  children?: ReactNode;
}

/** One step of the five-step analysis: the question it asks, a rating and a comment. */
export function AspectFieldset({ aspect, value, onChange, children }: Props) {
  const t = useT();
  const id = useId();
  const name = t(`aspect.${aspect}`);
  return (
    <fieldset className="gate-aspect" aria-describedby={`${id}-q`}>
      <legend>{name}</legend>
      <p id={`${id}-q`} className="gate-hint">{t(`gateReview.question.${aspect}`)}</p>
      <RatingChoice label={t('gateReview.rating', { aspect: name })} value={value.rating}
        onChange={(rating) => onChange({ ...value, rating })} />
      {children}
      <div className="gate-field">
        <label htmlFor={`${id}-c`}>{t('gateReview.comment', { aspect: name })}</label>
        <textarea id={`${id}-c`} rows={1} value={value.comment} onChange={(e) => onChange({ ...value, comment: e.target.value })} />
      </div>
    </fieldset>
  );
}
