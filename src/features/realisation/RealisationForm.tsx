// A follow-up at the last gate: per benefit dimension what was realised (text) and how fully
// (0–100 %, or not judged), written next to what was expected.
import { useId, useState, type FormEvent } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { recordRealisation } from '../../domain/commands/record-realisation';
import { BENEFIT_DIMENSIONS, type BenefitDimension, type Investment } from '../../domain/model';
import { parseNumber } from '../indicators/indicator-draft';

type PerDimension = Record<BenefitDimension, string>;
const blank = (): PerDimension => ({ environmental: '', social: '', economic: '' });

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function RealisationForm({ investment, onDone }: { investment: Investment; onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const [date, setDate] = useState(today);
  const [realised, setRealised] = useState<PerDimension>(blank);
  const [degrees, setDegrees] = useState<PerDimension>(blank);
  const [isPublic, setPublic] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const degree = { environmental: null, social: null, economic: null } as Record<BenefitDimension, number | null>;
    for (const d of BENEFIT_DIMENSIONS) {
      const n = parseNumber(degrees[d]);
      if (n !== null && (Number.isNaN(n) || n < 0 || n > 100)) return setError(t('realisation.error.degreeInput', { dimension: t(`benefit.${d}`) }));
      degree[d] = n;
    }
    const result = await store.dispatch(recordRealisation, { investmentId: investment.id, date, realised, degree, public: isPublic });
    if (result.ok) onDone();
    else {
      const { dimension } = result.error.params;
      setError(t(result.error.code, dimension === undefined ? result.error.params : { ...result.error.params, dimension: t(`benefit.${dimension}`) }));
    }
  }

  return (
    <form className="gate-review-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('realisation.record')}</h4>
      <div className="gate-field">
        <label htmlFor={`${id}-date`}>{t('realisation.date')}</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {BENEFIT_DIMENSIONS.map((d) => (
        <fieldset key={d}>
          <legend>{t(`benefit.${d}`)}</legend>
          <p className="gate-hint">{t('realisation.expected')}: {investment.expectedBenefits[d] || t('realisation.nothing')}</p>
          <div className="gate-field">
            <label htmlFor={`${id}-${d}-text`}>{t('realisation.realisedOf', { dimension: t(`benefit.${d}`) })}</label>
            <textarea id={`${id}-${d}-text`} rows={2} value={realised[d]} onChange={(e) => setRealised({ ...realised, [d]: e.target.value })} />
          </div>
          <div className="gate-field">
            <label htmlFor={`${id}-${d}-degree`}>{t('realisation.degreeOf', { dimension: t(`benefit.${d}`) })}</label>
            <input id={`${id}-${d}-degree`} type="text" inputMode="numeric" value={degrees[d]}
              onChange={(e) => setDegrees({ ...degrees, [d]: e.target.value })} />
          </div>
        </fieldset>
      ))}
      <label className="gate-check">
        <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />
        {t('realisation.public')}
      </label>
      <div role="alert" className="gate-error">{error}</div>
      <div className="gate-actions">
        <button type="submit" className="primary">{t('realisation.save')}</button>
        <button type="button" onClick={onDone}>{t('realisation.cancel')}</button>
      </div>
    </form>
  );
}
