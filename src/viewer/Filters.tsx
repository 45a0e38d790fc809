import { useId, useMemo } from 'react';
import type { InvestmentKind } from '../domain/model';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import { categoryLabel, filterChoices, isFiltering, NO_FILTER, type ViewerFilter } from './filter';
import { stateName, type ResidentState } from './resident';
import { useLang, useT } from './words';

export interface FiltersProps {
  snapshot: PublicSnapshot;
  filter: ViewerFilter;
  onChange(filter: ViewerFilter): void;
  shown: number;
  /** Start with the four choices folded (a phone: the list comes first). */
  folded: boolean;
}

const parseNumber = (v: string) => (v === '' ? null : Number(v));

export function Filters({ snapshot, filter, onChange, shown, folded }: FiltersProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const choices = useMemo(() => filterChoices(snapshot), [snapshot]);
  const categories = choices.categories
    .map((c) => ({ value: c, label: categoryLabel(c, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const set = (patch: Partial<ViewerFilter>) => onChange({ ...filter, ...patch });
  const chosen = [filter.kind, filter.category, filter.phase, filter.sdg].filter((v) => v !== null).length;

  return (
    <form className="viewer-filters" role="search" aria-label={t('viewer.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-q`}>{t('viewer.search')}</label>
      <input id={`${id}-q`} type="search" value={filter.query} placeholder={t('viewer.search.hint')}
        onChange={(e) => set({ query: e.target.value })} />
      <details className="viewer-filter-choices" open={!folded}>
        <summary>{t('viewer.filters')}{chosen > 0 && ` (${t('viewer.filters.chosen', { n: chosen })})`}</summary>
        <div className="viewer-filter-grid">
        <label>
          <span>{t('viewer.filter.kind')}</span>
          <select value={filter.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || null) as InvestmentKind | null })}>
            <option value="">{t('viewer.filter.all')}</option>
            <option value="physical">{t('kind.physical')}</option>
            <option value="social">{t('kind.social')}</option>
          </select>
        </label>
        <label>
          <span>{t('viewer.filter.category')}</span>
          <select value={filter.category ?? ''} onChange={(e) => set({ category: e.target.value || null })}>
            <option value="">{t('viewer.filter.all')}</option>
            {categories.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </label>
        <label>
          <span>{t('viewer.filter.phase')}</span>
          <select value={filter.phase ?? ''} onChange={(e) => set({ phase: (e.target.value || null) as ResidentState | null })}>
            <option value="">{t('viewer.filter.all')}</option>
            {choices.phases.map((s) => <option key={s} value={s}>{stateName(s, lang)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('viewer.filter.sdg')}</span>
          <select value={filter.sdg ?? ''} onChange={(e) => set({ sdg: parseNumber(e.target.value) })}>
            <option value="">{t('viewer.filter.all')}</option>
            {choices.sdgs.map((n) => <option key={n} value={n}>{t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) })}</option>)}
          </select>
        </label>
        </div>
      </details>
      <p className="viewer-count" role="status">
        {t('viewer.results', { shown, total: snapshot.investments.length })}
        {isFiltering(filter) && <button type="button" className="viewer-linkbutton" onClick={() => onChange(NO_FILTER)}>{t('viewer.filter.clear')}</button>}
      </p>
    </form>
  );
}
