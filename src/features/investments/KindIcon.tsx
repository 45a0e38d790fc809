import type { InvestmentKind } from '../../domain/model';
import { SHAPE_OF_KIND } from '../../map/encoding';

/** The map's shape for a kind (square physical, circle social), beside its name: never the shape alone. */
export function KindIcon({ kind, label }: { kind: InvestmentKind; label: string }) {
  const shape = SHAPE_OF_KIND[kind];
  return (
    <span className="kind-icon">
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        {shape === 'square' ? <rect x="1" y="1" width="10" height="10" /> : <circle cx="6" cy="6" r="5" />}
      </svg>
      {label}
    </span>
  );
}
