import { usePlatsen, useT } from '../../app/store-context';
import { ASPECTS, BENEFIT_DIMENSIONS, type Aspect, type BenefitDimension } from '../../domain/model';
import { formatList } from '../../i18n/translate';

/**
 * Names weak points in the user's language, each once: the aspects by name, and the benefit
 * dimensions together under Benefits ("Strategi, Marknad och Nytta (miljö, social)"), so Benefits
 * is never repeated once per dimension.
 */
export function usePointNames(): (points: Array<Aspect | BenefitDimension>) => string {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  return (points) => {
    const dims = BENEFIT_DIMENSIONS.filter((d) => points.includes(d));
    const names = ASPECTS.filter((a) => points.includes(a) || (a === 'benefits' && dims.length > 0)).map((a) => (
      a === 'benefits' && dims.length > 0
        ? t('gateReview.benefitPoints', { aspect: t('aspect.benefits'), dimensions: dims.map((d) => t(`benefit.${d}`).toLowerCase()).join(', ') })
        : t(`aspect.${a}`)));
    return formatList(names, lang);
  };
}
