import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/store-context';
import { startDrawing, type DrawKind, type DrawnGeometry } from '../../map/draw/draw-session';
import { getMap } from '../../map/map-registry';

export interface DrawInvestmentProps {
  kind: DrawKind;
  onDrawn(geometry: DrawnGeometry): void;
  onCancel(): void;
}

/** Placing a point, or drawing a line or polygon, on the map (the caller holds the map's clicks). */
export function DrawInvestment({ kind, onDrawn, onCancel }: DrawInvestmentProps) {
  const t = useT();
  const [vertices, setVertices] = useState(0);
  const [mapMissing] = useState(() => getMap() === null);
  const handlers = useRef({ onDrawn, onCancel });
  useEffect(() => { handlers.current = { onDrawn, onCancel }; });

  useEffect(() => {
    const map = getMap();
    if (!map) return;
    let live = true;
    const session = startDrawing(map, kind, {
      onProgress: (n) => { if (live) setVertices(n); },
      onFinish: (g) => { if (live) handlers.current.onDrawn(g); },
      onCancel: () => { if (live) handlers.current.onCancel(); },
    });
    // terra-draw listens for Enter and Backspace on the map canvas.
    map.getCanvas().focus();
    return () => {
      live = false;
      session.cancel();
    };
  }, [kind]);

  const step = kind === 'point' ? 'point' : vertices === 0 ? `${kind}.first` : `${kind}.more`;
  return (
    <div className="draw-step">
      {mapMissing && <p role="alert" className="form-error">{t('investments.mapMissing')}</p>}
      <p className="draw-hint" role="status" aria-live="polite">{t(`investments.draw.${step}`, { n: vertices })}</p>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>{t('investments.cancel')}</button>
      </div>
    </div>
  );
}
