import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../app/store-context';

export interface AreaFormProps {
  initialName?: string;
  initialDescription?: string;
  submitLabel: string;
  /** Translated message from the last refusal, shown as an alert under the fields. */
  error?: string | null;
  onSubmit(values: { name: string; description: string }): void;
  onCancel(): void;
  /** Further actions beside submit and cancel (e.g. "Redraw"). */
  children?: ReactNode;
}

/**
 * Name (required) and description of an area. The name rule is the domain's (validAreaName): the
 * form does not duplicate it, so a refusal reads the same wherever the area comes from.
 */
export function AreaForm({ initialName = '', initialDescription = '', submitLabel, error, onSubmit, onCancel, children }: AreaFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription);
  return (
    <form className="area-form" noValidate onSubmit={(e) => { e.preventDefault(); onSubmit({ name, description }); }}>
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
