// The seed's DNA image: hard values (goals, budget, management) beside soft values (culture,
// trust, leadership), each rated 1–5, side by side so an imbalance shows at a glance.
import { useId } from 'react';
import { useT } from '../../app/store-context';
import { HARD_VALUES, SOFT_VALUES, type HardValue, type SoftValue, type ValueScore } from '../../domain/model';

type Key = HardValue | SoftValue;
const SCORES = [1, 2, 3, 4, 5] as const;

interface Props {
  values: Record<Key, ValueScore>;
  onChange: (key: Key, score: ValueScore) => void;
}

function ValueRow({ name, score, onChange }: { name: Key; score: ValueScore; onChange: (s: ValueScore) => void }) {
  const t = useT();
  const id = useId();
  return (
    <li className="value-row">
      <label htmlFor={id}>{t(`values.${name}`)}</label>
      <select id={id} value={score ?? ''} onChange={(e) => onChange(e.target.value ? (Number(e.target.value) as ValueScore) : null)}>
        <option value="">{t('values.unrated')}</option>
        {SCORES.map((n) => <option key={n} value={n}>{t('values.score', { n })}</option>)}
      </select>
      <span className="value-bar" aria-hidden="true"><span style={{ width: `${((score ?? 0) / 5) * 100}%` }} /></span>
    </li>
  );
}

export function ValuesEditor({ values, onChange }: Props) {
  const t = useT();
  const column = (title: string, keys: readonly Key[]) => (
    <div className="values-column">
      <h4>{title}</h4>
      <ul>{keys.map((k) => <ValueRow key={k} name={k} score={values[k]} onChange={(s) => onChange(k, s)} />)}</ul>
    </div>
  );
  return (
    <section className="values" aria-labelledby="values-title">
      <h3 id="values-title">{t('values.title')}</h3>
      <p className="gate-hint">{t('values.intro')}</p>
      <div className="values-columns">
        {column(t('values.hard'), HARD_VALUES)}
        {column(t('values.soft'), SOFT_VALUES)}
      </div>
    </section>
  );
}
