import { useT } from '../../app/store-context';
import { SdgTile } from '../../ui/SdgTile';
import { SDG_NUMBERS } from '../../domain/sdgs';
import { toggled } from './investment-draft';

/** The 17 goals as toggle tiles: number on the goal's colour, and its name as text beside it. */
export function SdgPicker({ value, onChange }: { value: number[]; onChange(next: number[]): void }) {
  const t = useT();
  return (
    <fieldset className="sdg-picker">
      <legend>{t('sdg.title')}</legend>
      <ul>
        {SDG_NUMBERS.map((n) => (
          <li key={n}>
            <button type="button" aria-pressed={value.includes(n)} onClick={() => onChange(toggled(value, n))}>
              <SdgTile n={n} />
              <span className="sdg-name">{t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) })}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
