import { useCallback, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { selectCanEdit } from '../../store/selectors';
import '../../i18n/strings/investments-ui';
import { FilterBar } from '../filters/FilterBar';
import { InvestmentList } from './InvestmentList';
import { NewInvestment } from './NewInvestment';
import './investments.css';

/** The investments overview: "New investment" (except in presentation mode), the filter and the list. */
export function InvestmentsPanel() {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const editable = usePlatsen(selectCanEdit);
  // Stable, so a drawing session is not restarted by a re-render of the panel.
  const done = useCallback(() => setCreating(false), []);

  if (editable && creating) return <NewInvestment onDone={done} />;
  return (
    <div className="investments-panel">
      {editable && <div className="form-actions"><button type="button" className="primary" onClick={() => setCreating(true)}>{t('investments.new')}</button></div>}
      <FilterBar />
      <InvestmentList />
    </div>
  );
}
