import { useId, useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { EMPTY_FILTER, isFilterActive, type DecisionFilter, type InvestmentFilter } from '../../domain/filter';
import { workspaceOf, type InvestmentKind } from '../../domain/model';
import { SDG_NUMBERS } from '../../domain/sdgs';
import '../../i18n/strings/investments-ui';
import { translate, type Params } from '../../i18n/translate';
import { focusInvestments } from '../../map/focus';
import { gatesOf, selectFilteredInvestments } from '../../store/selectors';
import { categoryLabel } from '../investments/investment-draft';
import { FilterSelect, type FilterOption } from './FilterSelect';
import './filters.css';

const KINDS: InvestmentKind[] = ['physical', 'social'];
const DECISIONS: DecisionFilter[] = ['pass', 'wait', 'stop', 'none'];

/** What the investment list and the map show: one filter in the session, read by both, and a
 *  button that brings every result into the clear part of the map. */
export function FilterBar() {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const filter = usePlatsen((s) => s.session.filter);
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const results = usePlatsen((s) => selectFilteredInvestments(s).length);
  const set = (changes: Partial<InvestmentFilter>) => store.setSession({ filter: { ...store.getState().session.filter, ...changes } });

  const options = useMemo(() => {
    // useT's function is new each render; the options depend only on the language.
    const t = (key: string, params?: Params) => translate(lang, key, params);
    const byName = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, lang);
    const settings = workspaceOf(doc)?.settings.categories;
    // Categories in use count too: imported investments may carry ones the settings do not list.
    const categories = new Set([...(settings?.physical ?? []), ...(settings?.social ?? []), ...Object.values(doc.investments).map((i) => i.category)]);
    return {
      kinds: KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
      categories: [...categories].map((c) => ({ value: c, label: categoryLabel(t, c) })).sort(byName),
      departments: Object.values(doc.departments).map((d) => ({ value: d.id, label: d.name })).sort(byName),
      gates: gatesOf(doc).map((g, i) => ({ value: String(i), label: `${g.code} ${g.name[lang]}` })),
      decisions: DECISIONS.map((d) => ({ value: d, label: t(d === 'none' ? 'filters.decision.none' : `decision.${d}`) })),
      sdgs: SDG_NUMBERS.map((n) => ({ value: String(n), label: t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) }) })),
      areas: [...Object.values(doc.areas).map((a) => ({ value: a.id, label: a.name })).sort(byName), { value: 'none', label: t('investment.noArea') }],
    };
  }, [doc, lang]);

  const numbers = (values: string[]) => values.map(Number);
  return (
    <section role="search" className="filter-bar" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">{t('filters.title')}</h3>
      <div className="filter-field filter-text">
        <label htmlFor={`${id}-text`}>{t('filters.text')}</label>
        <input id={`${id}-text`} type="search" value={filter.text} autoComplete="off" onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="filter-grid">
        <FilterSelect label={t('filters.kind')} values={filter.kinds} options={options.kinds} onChange={(v) => set({ kinds: v as InvestmentKind[] })} />
        <FilterSelect label={t('filters.category')} values={filter.categories} options={options.categories} onChange={(v) => set({ categories: v })} />
        <FilterSelect label={t('filters.department')} values={filter.departmentIds} options={options.departments} onChange={(v) => set({ departmentIds: v })} />
        <FilterSelect label={t('filters.gate')} values={filter.gateIndexes.map(String)} options={options.gates} onChange={(v) => set({ gateIndexes: numbers(v) })} />
        <FilterSelect label={t('filters.decision')} values={filter.decisions} options={options.decisions} onChange={(v) => set({ decisions: v as DecisionFilter[] })} />
        <FilterSelect label={t('filters.sdg')} values={filter.sdgs.map(String)} options={options.sdgs} onChange={(v) => set({ sdgs: numbers(v) })} />
        <FilterSelect label={t('filters.area')} values={filter.areaIds} options={options.areas} onChange={(v) => set({ areaIds: v })} />
      </div>
      <div className="filter-actions">
        <button type="button" onClick={() => focusInvestments(store.getState().doc, selectFilteredInvestments(store.getState()))}
          disabled={!isFilterActive(filter) || results === 0}>{t('filters.zoomToResults')}</button>
        <button type="button" onClick={() => store.setSession({ filter: EMPTY_FILTER })} disabled={!isFilterActive(filter)}>{t('filters.clear')}</button>
      </div>
    </section>
  );
}
