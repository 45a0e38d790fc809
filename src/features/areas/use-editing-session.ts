import { useEffect, useRef, type RefObject } from 'react';
import { startEditing, type DrawSession, type DrawnGeometry } from '../../map/draw/draw-session';
import { getMap } from '../../map/map-registry';
import { useInteraction } from './area-actions';

/**
 * Puts one geometry on terra-draw's editing surface while the component is mounted (the map
 * ignores selection clicks meanwhile). The returned session's commit() hands the edited geometry
 * to onSave; cancel() or Escape calls onCancel. Used for area outlines and investment shapes.
 */
export function useEditingSession<G extends DrawnGeometry>(
  geometry: G,
  onSave: (geometry: G) => void,
  onCancel: () => void,
  /** Whether this session claims the map's clicks; false inside a gesture that already does. */
  claim = true,
): RefObject<DrawSession | null> {
  const session = useRef<DrawSession | null>(null);
  const handlers = useRef({ onSave, onCancel });
  useEffect(() => { handlers.current = { onSave, onCancel }; });
  useInteraction(claim ? 'editing' : null);

  useEffect(() => {
    const map = getMap();
    if (!map) return;
    let live = true;
    const s = startEditing(map, geometry, {
      // The editing surface keeps the geometry's type: a polygon comes back as a polygon.
      onFinish: (g) => { if (live) handlers.current.onSave(g as G); },
      onCancel: () => { if (live) handlers.current.onCancel(); },
    });
    session.current = s;
    return () => {
      live = false;
      session.current = null;
      s.cancel();
    };
  }, [geometry]);
  return session;
}
