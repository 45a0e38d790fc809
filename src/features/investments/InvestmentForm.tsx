import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { BENEFIT_DIMENSIONS, workspaceOf, type InvestmentKind } from '../../domain/model';
import { BUDGET_FIELDS, categoriesFor, categoryLabel, fieldsOf, toggled, type Draft, type FormFields } from './investment-draft';
import { SdgPicker } from './SdgPicker';
import { ChangedUnder } from '../forms/ChangedUnder';
import { useRecordDraft } from '../forms/use-record-draft';

const BUDGET_LABEL = { investment: 'investment.budget', operatingPerYear: 'investment.operating', externalFunding: 'investment.external' } as const;

export interface InvestmentFormProps {
  /** The form values of the investment as stored now (a blank draft for a new one); followed while the form is open. */
  source: Draft;
  submitLabel: string;
  /** Saves the fields; `opened` are the values the form stands on (what it opened with, moved on by changes elsewhere). Resolves to a translated error to show, or null when saved. */
  onSubmit(fields: FormFields, opened: FormFields): Promise<string | null>;
  onCancel(): void;
  children?: ReactNode;
}

/** Every attribute of an investment. Errors, from reading the amounts or from the domain, are shown above the buttons. */
export function InvestmentForm({ source, submitLabel, onSubmit, onCancel, children }: InvestmentFormProps) {
  const t = useT();
  const id = useId();
  const lang = usePlatsen((s) => s.session.lang);
  const settings = usePlatsen((s) => workspaceOf(s.doc)?.settings.categories);
  const departments = usePlatsen((s) => s.doc.departments);
  const goals = usePlatsen((s) => s.doc.goals);
  const form = useRecordDraft(source);
  const { draft, set: setDraft } = form;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const categories = useMemo(() => {
    const list = categoriesFor(settings, draft.kind);
    // An investment keeps a category the workspace no longer lists until the user picks another.
    return draft.category && !list.includes(draft.category) ? [draft.category, ...list] : list;
  }, [settings, draft.kind, draft.category]);
  const departmentList = useMemo(() => Object.values(departments).sort((a, b) => a.name.localeCompare(b.name, lang)), [departments, lang]);
  const goalList = useMemo(() => Object.values(goals).sort((a, b) => a.title.localeCompare(b.title, lang)), [goals, lang]);

  const chooseKind = (kind: InvestmentKind) => {
    const list = categoriesFor(settings, kind);
    setDraft((d) => ({ ...d, kind, category: list.includes(d.category) ? d.category : list[0] ?? '' }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = fieldsOf(draft, lang);
    if (!result.ok) {
      setError(t('investments.form.budgetUnreadable', { field: t(BUDGET_LABEL[result.budgetField]) }));
      return;
    }
    const opened = fieldsOf(form.base, lang);
    setBusy(true);
    const failure = await onSubmit(result.fields, opened.ok ? opened.fields : result.fields);
    setBusy(false);
    setError(failure);
  };

  const field = (key: string) => `${id}-${key}`;
  return (
    <form className="investment-form" onSubmit={(e) => void submit(e)} noValidate>
      <ChangedUnder changedUnder={form.changedUnder} clashes={form.clashes} />
      <label htmlFor={field('title')}>{t('investments.form.title')}</label>
      <input id={field('title')} value={draft.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />

      <fieldset className="inline-choices">
        <legend>{t('investments.form.kind')}</legend>
        {(['physical', 'social'] as const).map((k) => (
          <label key={k}><input type="radio" name={field('kind')} checked={draft.kind === k} onChange={() => chooseKind(k)} />{t(`kind.${k}`)}</label>
        ))}
      </fieldset>

      <label htmlFor={field('category')}>{t('investments.form.category')}</label>
      <select id={field('category')} value={draft.category} onChange={(e) => set('category', e.target.value)}>
        {categories.map((c) => <option key={c} value={c}>{categoryLabel(t, c)}</option>)}
      </select>

      <label htmlFor={field('dept')}>{t('investment.department')}</label>
      <select id={field('dept')} value={draft.departmentId} onChange={(e) => set('departmentId', e.target.value)}>
        <option value="">{t('investments.form.noDepartment')}</option>
        {departmentList.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
      </select>

      <label htmlFor={field('partners')}>{t('investment.partners')}</label>
      <input id={field('partners')} value={draft.partners} onChange={(e) => set('partners', e.target.value)} aria-describedby={field('partners-hint')} />
      <p id={field('partners-hint')} className="hint">{t('investments.form.partnersHint')}</p>

      {BUDGET_FIELDS.map((b) => (
        <div key={b} className="amount">
          <label htmlFor={field(b)}>{t('investments.form.amount', { label: t(BUDGET_LABEL[b]) })}</label>
          <input id={field(b)} inputMode="decimal" autoComplete="off" value={draft.budget[b]} placeholder="0"
            onChange={(e) => set('budget', { ...draft.budget, [b]: e.target.value })} />
        </div>
      ))}

      <div className="dates">
        <div>
          <label htmlFor={field('start')}>{t('investments.form.start')}</label>
          <input id={field('start')} type="date" value={draft.startDate} onChange={(e) => set('startDate', e.target.value)} />
        </div>
        <div>
          <label htmlFor={field('end')}>{t('investments.form.end')}</label>
          <input id={field('end')} type="date" value={draft.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </div>
      </div>

      <label htmlFor={field('description')}>{t('investment.description')}</label>
      <textarea id={field('description')} rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />

      <fieldset>
        <legend>{t('investment.benefits')}</legend>
        {BENEFIT_DIMENSIONS.map((d) => (
          <div key={d} className="stacked">
            <label htmlFor={field(`benefit-${d}`)}>{t(`benefit.${d}`)}</label>
            <textarea id={field(`benefit-${d}`)} rows={2} value={draft.expectedBenefits[d]}
              onChange={(e) => set('expectedBenefits', { ...draft.expectedBenefits, [d]: e.target.value })} />
          </div>
        ))}
      </fieldset>

      <SdgPicker value={draft.sdgs} onChange={(sdgs) => set('sdgs', sdgs)} />

      <fieldset>
        <legend>{t('investment.overallGoals')}</legend>
        {goalList.length === 0 && <p className="hint">{t('investments.form.noGoals')}</p>}
        {goalList.map((g) => (
          <label key={g.id} className="check">
            <input type="checkbox" checked={draft.overallGoalIds.includes(g.id)} onChange={() => set('overallGoalIds', toggled(draft.overallGoalIds, g.id))} />
            {g.title}
          </label>
        ))}
      </fieldset>

      <fieldset className="inline-choices">
        <legend>{t('investment.visibility')}</legend>
        {(['public', 'internal'] as const).map((v) => (
          <label key={v}><input type="radio" name={field('visibility')} checked={draft.visibility === v} onChange={() => set('visibility', v)} />{t(`visibility.${v}`)}</label>
        ))}
      </fieldset>

      <label htmlFor={field('notes')}>{t('investment.internalNotes')}</label>
      <textarea id={field('notes')} rows={2} value={draft.internalNotes} onChange={(e) => set('internalNotes', e.target.value)} />

      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
        <button type="button" onClick={onCancel}>{t('investments.cancel')}</button>
        {children}
      </div>
    </form>
  );
}
