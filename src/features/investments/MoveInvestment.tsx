import { useEffect, useRef } from 'react';
import { useT } from '../../app/store-context';
import { startEditing, type DrawSession, type DrawnGeometry } from '../../map/draw/draw-session';
import { getMap } from '../../map/map-registry';
import { useInteraction } from '../areas/area-actions';

export interface MoveInvestmentProps {
  geometry: DrawnGeometry;
  onSave(geometry: DrawnGeometry): void;
  onCancel(): void;
}

/** "Move / change shape": drag the symbol or the vertices on the map; Done hands the new geometry back. */
export function MoveInvestment({ geometry, onSave, onCancel }: MoveInvestmentProps) {
  const t = useT();
  const session = useRef<DrawSession | null>(null);
  const handlers = useRef({ onSave, onCancel });
  useEffect(() => { handlers.current = { onSave, onCancel }; });
  useInteraction('editing');

  useEffect(() => {
    const map = getMap();
    if (!map) return;
    let live = true;
    const s = startEditing(map, geometry, {
      onFinish: (g) => { if (live) handlers.current.onSave(g); },
      onCancel: () => { if (live) handlers.current.onCancel(); },
    });
    session.current = s;
    return () => {
      live = false;
      session.current = null;
      s.cancel();
    };
  }, [geometry]);

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
