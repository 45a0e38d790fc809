import { useId, type ReactNode } from 'react';
import { useT } from '../../app/store-context';
import { ChangedUnder } from '../forms/ChangedUnder';
import { useRecordDraft } from '../forms/use-record-draft';

export interface AreaValues {
  name: string;
  description: string;
}

export interface AreaFormProps {
  initialName?: string;
  initialDescription?: string;
  /** An existing area's values as stored now: the form follows them while open (instead of the initial values). */
  source?: AreaValues;
  submitLabel: string;
  /** Translated message from the last refusal, shown as an alert under the fields. */
  error?: string | null;
  /** `opened`: the values the form stands on, so only what the user changed is saved. */
  onSubmit(values: AreaValues, opened: AreaValues): void;
  onCancel(): void;
  /** Further actions beside submit and cancel (e.g. "Redraw"). */
  children?: ReactNode;
}

/**
 * Name (required) and description of an area. The name rule is the domain's (validAreaName): the
 * form does not duplicate it, so a refusal reads the same wherever the area comes from.
 */
export function AreaForm({ initialName = '', initialDescription = '', source, submitLabel, error, onSubmit, onCancel, children }: AreaFormProps) {
  const t = useT();
  const id = useId();
  const form = useRecordDraft(source ?? { name: initialName, description: initialDescription });
  const { name, description } = form.draft;
  const setName = (v: string) => form.set((d) => ({ ...d, name: v }));
  const setDescription = (v: string) => form.set((d) => ({ ...d, description: v }));
  return (
    <form className="area-form" noValidate onSubmit={(e) => { e.preventDefault(); onSubmit({ name, description }, form.base); }}>
      <ChangedUnder changedUnder={form.changedUnder} clashes={form.clashes} />
      <label htmlFor={`${id}-name`}>{t('areas.name')} <span className="hint">{t('areas.required')}</span></label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} aria-required="true"
        autoComplete="off" autoFocus
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <label htmlFor={`${id}-description`}>{t('areas.description')}</label>
      <textarea id={`${id}-description`} value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      {error && <p id={`${id}-error`} role="alert" className="area-error">{error}</p>}
      <div className="area-actions">
        <button type="submit" className="primary">{submitLabel}</button>
        {children}
        <button type="button" onClick={onCancel}>{t('areas.cancel')}</button>
      </div>
    </form>
  );
}
