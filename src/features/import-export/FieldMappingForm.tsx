import { useId } from 'react';
import { useT } from '../../app/store-context';
import type { FieldMapping, ImportTarget, MappedField } from '../../domain/commands/import-features';
import type { InvestmentKind } from '../../domain/model';

const FIELDS: Record<ImportTarget, MappedField[]> = {
  areas: ['name', 'description'],
  investments: ['name', 'description', 'kind', 'category', 'department', 'budget', 'startDate', 'endDate'],
  // A division's code and name fields are chosen in DivisionFields.
  division: [],
};

interface Props {
  target: ImportTarget;
  names: string[];
  mapping: FieldMapping;
  defaultKind: InvestmentKind;
  onChange(mapping: FieldMapping, defaultKind: InvestmentKind): void;
}

/** Which of the file's properties each of our fields is read from; every select lists the file's names. */
export function FieldMappingForm({ target, names, mapping, defaultKind, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="import-mapping">
      <legend>{t('importExport.import.mapping')}</legend>
      {FIELDS[target].map((field) => (
        <div key={field} className="field">
          <label htmlFor={`${id}-${field}`}>{t(`importExport.field.${target === 'areas' && field === 'name' ? 'areaName' : field}`)}</label>
          <select id={`${id}-${field}`} value={mapping[field] ?? ''} onChange={(e) => onChange({ ...mapping, [field]: e.target.value || null }, defaultKind)}>
            <option value="">{t('importExport.field.none')}</option>
            {names.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </div>
      ))}
      {target === 'investments' && (
        <div className="field">
          <label htmlFor={`${id}-defaultKind`}>{t('importExport.field.defaultKind')}</label>
          <select id={`${id}-defaultKind`} value={defaultKind} onChange={(e) => onChange(mapping, e.target.value as InvestmentKind)}>
            <option value="physical">{t('importExport.kind.physical')}</option>
            <option value="social">{t('importExport.kind.social')}</option>
          </select>
        </div>
      )}
    </fieldset>
  );
}
