// The matrix in the Workshop tab, for preparing a meeting: the same view the room sees, small, with
// the full-size view one click away and the exports for the minutes.
import { useState } from 'react';
import { useT } from '../../app/store-context';
import '../../i18n/strings/present';
import { MatrixDialog } from './MatrixDialog';
import { MatrixExport } from './MatrixExport';
import { MatrixView, useActions } from './MatrixView';

export function MatrixBoard() {
  const t = useT();
  const actions = useActions();
  const [big, setBig] = useState(false);
  return (
    <section aria-labelledby="matrix-title" className="workshop-section">
      <h2 id="matrix-title">{t('matrix.title')}</h2>
      <p className="subtitle">{t('matrix.intro')}</p>
      {actions.length === 0 ? <p>{t('matrix.noActions')}</p> : (
        <>
          <MatrixView variant="panel" />
          <div className="matrix-export">
            <button type="button" onClick={() => setBig(true)}>{t('matrix.open')}</button>
          </div>
          <MatrixExport notes={actions} />
          {big && <MatrixDialog closeKey="Esc" onClose={() => setBig(false)} />}
        </>
      )}
    </section>
  );
}
