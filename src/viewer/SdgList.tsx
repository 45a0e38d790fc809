// Agenda 2030 goals as tiles with their numbers and names in text.
import { SdgTile } from '../ui/SdgTile';
import { useT } from './words';

export function SdgList({ goals }: { goals: readonly number[] }) {
  const t = useT();
  if (goals.length === 0) return null;
  return (
    <ul className="viewer-sdgs" aria-label={t('sdg.title')}>
      {[...goals].sort((a, b) => a - b).map((n) => (
        <li key={n}>
          <SdgTile n={n} />
          {t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) })}
        </li>
      ))}
    </ul>
  );
}
