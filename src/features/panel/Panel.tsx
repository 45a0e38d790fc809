import { usePlatsen } from '../../app/store-context';
import { InvestmentDetails } from '../investments/InvestmentDetails';
import { AreaList } from '../areas/AreaList';

/** The left panel shows the task at hand: the selected investment, or the list of areas. */
export function Panel() {
  const selection = usePlatsen((s) => s.session.selection);
  if (selection?.type === 'investment' && selection.ids.length === 1) return <InvestmentDetails id={selection.ids[0]!} />;
  return <AreaList />;
}
