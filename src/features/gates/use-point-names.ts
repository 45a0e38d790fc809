import { useT } from '../../app/store-context';
import { ASPECTS, type Aspect, type BenefitDimension } from '../../domain/model';

/** Names weak points in the user's language: an aspect by its name, a benefit dimension as "Benefits, …". */
export function usePointNames(): (points: Array<Aspect | BenefitDimension>) => string {
  const t = useT();
  return (points) => points.map((p) => ((ASPECTS as readonly string[]).includes(p)
    ? t(`aspect.${p}`)
    : t('gateReview.benefitRating', { dimension: t(`benefit.${p}`) }))).join(', ');
}
