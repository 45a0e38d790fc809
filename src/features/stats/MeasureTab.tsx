// The area panel's "Measure" tab: what the statistics say about the place, what the programme
// measures (indicators), what its investments realised, and a comparison with another area.
import type { Id } from '../../domain/model';
import '../../i18n/strings/stats';
import '../../i18n/strings/stats-ui';
import { IndicatorList } from '../indicators/IndicatorList';
import { RealisationRollupView } from '../realisation/RealisationRollupView';
import { AreaStatistics } from './AreaStatistics';
import { CompareAreas } from './CompareAreas';
import './stats.css';

export function MeasureTab({ areaId }: { areaId: Id }) {
  return (
    <div className="measure-tab">
      <IndicatorList areaId={areaId} />
      <AreaStatistics areaId={areaId} />
      <RealisationRollupView areaId={areaId} />
      <CompareAreas areaId={areaId} />
    </div>
  );
}
