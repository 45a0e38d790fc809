import { SdgTile } from '../../ui/SdgTile';
import { useT } from '../../app/store-context';

/** Goals as their coloured, numbered tiles with the name as text: never the colour alone. */
export function SdgTiles({ goals }: { goals: number[] }) {
  const t = useT();
  if (!goals.length) return null;
  return (
    <ul className="sdg-tiles" aria-label={t('sdg.title')}>
      {[...goals].sort((a, b) => a - b).map((n) => (
        <li key={n} title={t(`sdg.${n}`)}>
          <SdgTile n={n} />
          <span className="visually-hidden">{t('sdg.tile', { n: String(n), name: t(`sdg.${n}`) })}</span>
        </li>
      ))}
    </ul>
  );
}
