import { useId } from 'react';
import { useT } from '../../app/store-context';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  label: string;
  /** The filter's values for this dimension: empty means all. */
  values: string[];
  options: FilterOption[];
  onChange(values: string[]): void;
}

const MANY = '__many';

/**
 * One filter dimension as a select: "all" or one value. A filter set elsewhere with several values
 * (the legend, a tour scene) is shown as "n chosen" until the user picks again.
 */
export function FilterSelect({ label, values, options, onChange }: FilterSelectProps) {
  const t = useT();
  const id = useId();
  const value = values.length > 1 ? MANY : values[0] ?? '';
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
        <option value="">{t('filters.all')}</option>
        {values.length > 1 && <option value={MANY} disabled>{t('filters.many', { n: values.length })}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
