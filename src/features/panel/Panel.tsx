import { usePlatsen } from '../../app/store-context';
import { InvestmentDetails } from '../investments/InvestmentDetails';
import { InvestmentsPanel } from '../investments/InvestmentsPanel';
import { OverviewTabs } from '../investments/OverviewTabs';
import { AreasPanel } from '../areas/AreasPanel';
import { AreaEditor } from '../areas/AreaEditor';
import { AreaPanel } from '../programme/AreaPanel';
import { CompareView } from '../stats/CompareView';

/** The left panel shows the task at hand: the selected investment or area, or the areas and investments as tabs. */
export function Panel() {
  const selection = usePlatsen((s) => s.session.selection);
  if (selection?.type === 'investment' && selection.ids.length === 1) return <InvestmentDetails id={selection.ids[0]!} />;
  if (selection?.type === 'area' && selection.ids.length > 1) return <CompareView ids={selection.ids} />;
  if (selection?.type === 'area' && selection.ids.length === 1) return <><AreaPanel id={selection.ids[0]!} /><AreaEditor key={selection.ids[0]!} id={selection.ids[0]!} /></>;
  return <OverviewTabs areas={<AreasPanel />} investments={<InvestmentsPanel />} />;
}
