import { useT } from '../../app/store-context';
import type { DrawnGeometry } from '../../map/draw/draw-session';
import { useEditingSession } from '../areas/use-editing-session';

export interface MoveInvestmentProps {
  geometry: DrawnGeometry;
  onSave(geometry: DrawnGeometry): void;
  onCancel(): void;
}

/** "Move / change shape": drag the symbol or the vertices on the map; Done hands the new geometry back. */
export function MoveInvestment({ geometry, onSave, onCancel }: MoveInvestmentProps) {
  const t = useT();
  const session = useEditingSession(geometry, onSave, onCancel);

  return (
    <div className="draw-step">
      <p className="draw-hint" role="status">{t(geometry.type === 'Point' ? 'investments.move.hintPoint' : 'investments.move.hintShape')}</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => session.current?.commit()}>{t('investments.move.done')}</button>
        <button type="button" onClick={() => session.current?.cancel()}>{t('investments.cancel')}</button>
      </div>
    </div>
  );
}
