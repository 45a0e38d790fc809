// Add or edit an indicator: what is measured, from where (a statistic of the SCB catalogue, whose
// baseline can be taken from the area's own figure, or a source entered by hand), the baseline
// and target, the benefit dimension and Agenda 2030 goals it serves, and whether it is public.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { SdgTile } from '../../ui/SdgTile';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { addIndicator, updateIndicator } from '../../domain/commands/indicators';
import { BENEFIT_DIMENSIONS, type BenefitDimension, type Id, type Indicator } from '../../domain/model';
import { SDG_NUMBERS } from '../../domain/sdgs';
import { STATISTICS, isStatKey, statisticDef } from '../../domain/stats/statistics';
import { BaselineFromArea } from './BaselineFromArea';
import { draftOf, emptyDraft, readDraft, type DraftFields, type IndicatorDraft } from './indicator-draft';
import { changesOnto } from '../forms/draft-rebase';
import { ChangedUnder } from '../forms/ChangedUnder';
import { useRecordDraft } from '../forms/use-record-draft';

/** The label of each form field, for saying which changed elsewhere while the form was open. */
const FIELD_LABELS: Record<keyof IndicatorDraft, string> = {
  name: 'indicators.name', unit: 'indicators.unit', sourceKind: 'indicators.sourceKind', statistic: 'choropleth.statistic',
  source: 'indicators.source', baselineValue: 'indicators.baseline', baselineYear: 'indicators.baseline',
  targetValue: 'indicators.target', targetYear: 'indicators.target', benefitDimension: 'indicators.dimension',
  sdgs: 'sdg.title', public: 'indicators.public',
};
import './indicators.css';

export interface IndicatorFormProps {
  programmeId: Id;
  areaId: Id;
  /** The indicator to edit; without it a new one is made. */
  indicator?: Indicator;
  onDone(): void;
}

export function IndicatorForm({ programmeId, areaId, indicator, onDone }: IndicatorFormProps) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const source = useMemo(() => (indicator ? draftOf(indicator) : emptyDraft()), [indicator]);
  const form = useRecordDraft(source);
  const { draft } = form;
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const set = (changes: Partial<IndicatorDraft>) => form.set((d) => ({ ...d, ...changes }));

  function chooseStatistic(value: string) {
    if (!isStatKey(value)) return set({ statistic: '' });
    const unit = t(`stat.unit.${statisticDef(value).unit}`);
    set({ statistic: value, name: draft.name || t(`stat.${value}`), unit: draft.unit || unit, source: draft.source || t('indicators.statSource') });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = readDraft(draft);
    if (!read.ok) return setError(t(read.error.key, { field: t(read.error.field) }));
    const current = indicator && store.getState().doc.indicators[indicator.id];
    const opened = readDraft(form.base);
    const result = current && opened.ok
      // Only what the user changed: a field another tab changed while the form was open stays theirs.
      ? await store.dispatch(updateIndicator, { id: current.id, changes: changesOnto<DraftFields>(opened.fields, read.fields, current) })
      : await store.dispatch(addIndicator, { programmeId, ...read.fields });
    if (result.ok) onDone();
    else setError(t(result.error.code, result.error.params));
  }

  const field = (key: keyof IndicatorDraft, label: string, props: { inputMode?: 'decimal' | 'numeric'; className?: string } = {}) => (
    <div className={`indicator-field ${props.className ?? ''}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="text" value={draft[key] as string} inputMode={props.inputMode}
        onChange={(e) => set({ [key]: e.target.value })} />
    </div>
  );

  return (
    <form className="indicator-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`}>{t(indicator ? 'indicators.formEdit' : 'indicators.formNew')}</h4>
      <ChangedUnder changedUnder={form.changedUnder} clashes={form.clashes} labelOf={([key]) => t(FIELD_LABELS[key as keyof IndicatorDraft])} />
      <fieldset>
        <legend>{t('indicators.sourceKind')}</legend>
        {(['statistic', 'manual'] as const).map((kind) => (
          <label key={kind} className="gate-radio">
            <input type="radio" name={`${id}-kind`} checked={draft.sourceKind === kind} onChange={() => set({ sourceKind: kind })} />
            {t(`indicators.sourceKind.${kind}`)}
          </label>
        ))}
        {draft.sourceKind === 'statistic' && (
          <div className="indicator-field">
            <label htmlFor={`${id}-statistic`}>{t('choropleth.statistic')}</label>
            <select id={`${id}-statistic`} value={draft.statistic} onChange={(e) => chooseStatistic(e.target.value)}>
              <option value="">{t('compare.choose')}</option>
              {STATISTICS.map((s) => <option key={s.key} value={s.key}>{t(s.label)}</option>)}
            </select>
          </div>
        )}
      </fieldset>
      {field('name', t('indicators.name'))}
      {field('unit', t('indicators.unit'))}
      {field('source', t('indicators.source'))}
      <fieldset>
        <legend>{t('indicators.baseline')}</legend>
        <div className="indicator-pair">
          {field('baselineValue', t('indicators.value'), { inputMode: 'decimal' })}
          {field('baselineYear', t('indicators.year'), { inputMode: 'numeric' })}
        </div>
        {draft.sourceKind === 'statistic' && draft.statistic && (
          <BaselineFromArea areaId={areaId} statistic={draft.statistic} lang={lang}
            onValue={(value, year) => set({ baselineValue: value, baselineYear: String(year) })} />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('indicators.target')}</legend>
        <div className="indicator-pair">
          {field('targetValue', t('indicators.value'), { inputMode: 'decimal' })}
          {field('targetYear', t('indicators.year'), { inputMode: 'numeric' })}
        </div>
      </fieldset>
      <div className="indicator-field">
        <label htmlFor={`${id}-dimension`}>{t('indicators.dimension')}</label>
        <select id={`${id}-dimension`} value={draft.benefitDimension} onChange={(e) => set({ benefitDimension: e.target.value as BenefitDimension | '' })}>
          <option value="">{t('indicators.dimension.none')}</option>
          {BENEFIT_DIMENSIONS.map((d) => <option key={d} value={d}>{t(`benefit.${d}`)}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{t('sdg.title')}</legend>
        <div className="indicator-sdgs">
          {SDG_NUMBERS.map((n) => (
            <label key={n} title={t(`sdg.${n}`)} className="indicator-sdg">
              <input type="checkbox" checked={draft.sdgs.includes(n)}
                onChange={(e) => set({ sdgs: e.target.checked ? [...draft.sdgs, n] : draft.sdgs.filter((x) => x !== n) })} />
              <SdgTile n={n} />
              <span className="visually-hidden">{t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="gate-check">
        <input type="checkbox" checked={draft.public} onChange={(e) => set({ public: e.target.checked })} />
        {t('indicators.public')}
      </label>
      <div role="alert" className="gate-error">{error}</div>
      <div className="gate-actions">
        <button type="submit" className="primary">{t(indicator ? 'indicators.save' : 'indicators.create')}</button>
        <button type="button" onClick={onDone}>{t('indicators.cancel')}</button>
      </div>
    </form>
  );
}
