import { useId } from 'react';
import { useT } from '../../app/store-context';
import type { DivisionChoice } from '../../domain/divisions';
import '../../i18n/strings/divisions';

interface Props {
  names: string[];
  /** The file's kommunkod values when it covers several municipalities (SCB's national files). */
  kommuner: string[];
  choice: DivisionChoice;
  onChange(choice: DivisionChoice): void;
}

const SCB_FIELDS = ['desokod', 'regsokod', 'regsonamn', 'kommunkod'];

/** Saving a polygon layer as a reference division: its name, which fields hold the code and the name, and which municipality to keep. */
export function DivisionFields({ names, kommuner, choice, onChange }: Props) {
  const t = useT();
  const id = useId();
  const recognised = names.filter((n) => SCB_FIELDS.includes(n.toLowerCase()));
  const select = (key: 'codeField' | 'nameField', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={choice[key] ?? ''} onChange={(e) => onChange({ ...choice, [key]: e.target.value || null })}>
        <option value="">{t('importExport.field.none')}</option>
        {names.map((n) => <option key={n} value={n}>{n}</option>)}
      </select>
    </div>
  );
  return (
    <fieldset className="import-mapping">
      <legend>{t('division.fields')}</legend>
      <p className="hint">{t('division.hint')}</p>
      {recognised.length > 0 && <p className="hint">{t('division.recognised', { fields: recognised.join(', ') })}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('division.name')}</label>
        <input id={`${id}-name`} value={choice.name} onChange={(e) => onChange({ ...choice, name: e.target.value })} autoComplete="off" />
      </div>
      {select('codeField', t('division.codeField'))}
      {select('nameField', t('division.nameField'))}
      {kommuner.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-kommun`}>{t('division.kommun')}</label>
          <select id={`${id}-kommun`} value={choice.kommun ?? ''} onChange={(e) => onChange({ ...choice, kommun: e.target.value || null })}>
            <option value="">{t('division.kommunAll')}</option>
            {kommuner.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
      )}
    </fieldset>
  );
}
