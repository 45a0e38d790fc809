// A new measurement of an indicator: its value and the date it describes.
import { useId, useState, type FormEvent } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { addMeasurement } from '../../domain/commands/indicators';
import type { Id } from '../../domain/model';
import { parseNumber } from './indicator-draft';

export function MeasurementForm({ indicatorId }: { indicatorId: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseNumber(value);
    if (n === null || Number.isNaN(n)) return setError(t('indicators.error.number', { field: t('indicators.measurement') }));
    const result = await store.dispatch(addMeasurement, { indicatorId, value: n, date });
    if (!result.ok) return setError(t(result.error.code, result.error.params));
    setError(null);
    // Saving takes a moment; a value typed meanwhile is the next measurement, not one to clear.
    setValue((current) => (current === value ? '' : current));
  }

  return (
    <form className="measurement-form" onSubmit={submit} noValidate aria-label={t('indicators.addMeasurement')}>
      <div className="indicator-field">
        <label htmlFor={`${id}-value`}>{t('indicators.measurement')}</label>
        <input id={`${id}-value`} type="text" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="indicator-field">
        <label htmlFor={`${id}-date`}>{t('indicators.date')}</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <button type="submit">{t('indicators.addMeasurement')}</button>
      <div role="alert" className="gate-error">{error}</div>
    </form>
  );
}
