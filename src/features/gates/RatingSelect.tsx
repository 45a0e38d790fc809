import { useId } from 'react';
import { useT } from '../../app/store-context';
import { RATINGS, type Rating } from '../../domain/model';

/** One rating on the shared scale Stark … Ej bedömd, with its own visible label. */
export function RatingSelect({ label, value, onChange }: { label: string; value: Rating; onChange: (r: Rating) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="gate-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Rating)}>
        {RATINGS.map((r) => <option key={r} value={r}>{t(`rating.${r}`)}</option>)}
      </select>
    </div>
  );
}
