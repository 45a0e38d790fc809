import type { Polygon } from 'geojson';
import { useT } from '../../app/store-context';
import { useEditingSession } from './use-editing-session';

export interface ShapeEditingProps {
  geometry: Polygon;
  /** The edited shape, once the user is done (not yet validated: the command does that). */
  onSave(geometry: Polygon): void;
  onCancel(): void;
}

/**
 * Editing an area's outline with terra-draw's select mode: drag corners, drag a midpoint to add
 * one, right-click a corner to delete it. "Done" hands the shape back; Escape or "Cancel" drops it.
 */
export function ShapeEditing({ geometry, onSave, onCancel }: ShapeEditingProps) {
  const t = useT();
  const session = useEditingSession(geometry, onSave, onCancel);

  return (
    <div className="shape-editing">
      <p className="draw-hint" role="status">{t('areas.edit.shapeHint')}</p>
      <div className="area-actions">
        <button type="button" className="primary" onClick={() => session.current?.commit()}>{t('areas.edit.done')}</button>
        <button type="button" onClick={() => session.current?.cancel()}>{t('areas.cancel')}</button>
      </div>
    </div>
  );
}
