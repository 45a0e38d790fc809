import { usePlatsen } from '../../app/store-context';
import { InvestmentDetails } from '../investments/InvestmentDetails';
import { AreasPanel } from '../areas/AreasPanel';
import { AreaEditor } from '../areas/AreaEditor';
import { AreaPanel } from '../programme/AreaPanel';

/** The left panel shows the task at hand: the selected investment, or the list of areas. */
export function Panel() {
  const selection = usePlatsen((s) => s.session.selection);
  if (selection?.type === 'investment' && selection.ids.length === 1) return <InvestmentDetails id={selection.ids[0]!} />;
  if (selection?.type === 'area' && selection.ids.length === 1) return <><AreaPanel id={selection.ids[0]!} /><AreaEditor key={selection.ids[0]!} id={selection.ids[0]!} /></>;
  return <AreasPanel />;
}
