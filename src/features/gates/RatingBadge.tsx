import type { Rating } from '../../domain/model';
import { RATING_COLOURS } from '../../map/encoding';

/** A rating as text with the map's rating colour beside it: the colour only repeats what the text says. */
export function RatingBadge({ label, rating }: { label: string; rating: Rating }) {
  return (
    <span className="rating-badge">
      <span className="rating-dot" style={{ background: RATING_COLOURS[rating] }} aria-hidden="true" />
      {label}
    </span>
  );
}
