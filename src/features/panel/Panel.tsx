import { usePlatsen } from '../../app/store-context';
import { InvestmentDetails } from '../investments/InvestmentDetails';
import { InvestmentsPanel } from '../investments/InvestmentsPanel';
import { OverviewTabs } from '../investments/OverviewTabs';
import { AreasPanel } from '../areas/AreasPanel';
import { AreaEditor } from '../areas/AreaEditor';
import { AreaPanel } from '../programme/AreaPanel';
import { WorkshopPanel } from '../present/WorkshopPanel';
import { CompareView } from '../stats/CompareView';

/** The left panel shows the task at hand: the areas, the investments or the workshop as tabs, and the selected investment or area's details. */
export function Panel() {
  const selection = usePlatsen((s) => s.session.selection);
  const one = selection?.ids.length === 1 ? selection.ids[0]! : null;
  const details = one && selection?.type === 'investment' ? <InvestmentDetails id={one} />
    : selection?.type === 'area' && selection.ids.length > 1 ? <CompareView ids={selection.ids} />
      : one && selection?.type === 'area' ? <><AreaPanel id={one} /><AreaEditor key={one} id={one} /></>
        : null;
  return <OverviewTabs areas={<AreasPanel />} investments={<InvestmentsPanel />} workshop={<WorkshopPanel />} details={details} />;
}
