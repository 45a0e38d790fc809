import { useId } from 'react';
import { useT } from '../../app/store-context';
import { RATINGS, type Rating } from '../../domain/model';

/**
 * One rating on the shared scale Stark … Ej bedömd as a row of segments: one click chooses, and
 * because they are native radio buttons of one name, Tab enters the group and the arrow keys move
 * the choice (the browser's own radio-group keyboard behaviour, nothing hand-rolled).
 */
export function RatingChoice({ label, value, onChange }: { label: string; value: Rating; onChange: (r: Rating) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="rating-choice" role="radiogroup" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="rating-choice-label">{label}</span>
      <span className="rating-segments">
        {RATINGS.map((r) => (
          <label key={r} className={`rating-segment rating-${r}`}>
            <input type="radio" name={id} value={r} checked={value === r} onChange={() => onChange(r)} />
            <span>{t(`rating.${r}`)}</span>
          </label>
        ))}
      </span>
    </div>
  );
}
