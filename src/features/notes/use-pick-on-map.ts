// Picking a place for a note: the next map click belongs to the note, not to selection
// (session.interaction 'placing'), and Escape gives the click back.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { usePlatsenStore } from '../../app/store-context';
import { getMap } from '../../map/map-registry';

export function usePickOnMap(onPick: (lngLat: [number, number]) => void) {
  const store = usePlatsenStore();
  const [picking, setPicking] = useState(false);
  const onPickRef = useRef(onPick);
  useEffect(() => { onPickRef.current = onPick; });

  const cancel = useCallback(() => {
    setPicking(false);
    if (store.getState().session.interaction === 'placing') store.setSession({ interaction: 'idle' });
  }, [store]);

  useEffect(() => {
    const map = getMap();
    if (!picking || !map) return;
    const onClick = (e: MapMouseEvent) => {
      onPickRef.current([e.lngLat.lng, e.lngLat.lat]);
      cancel();
    };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') cancel(); };
    map.getCanvas().style.cursor = 'crosshair';
    map.once('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
      window.removeEventListener('keydown', onKey);
    };
  }, [picking, cancel]);

  const start = useCallback(() => {
    store.setSession({ interaction: 'placing' });
    setPicking(true);
  }, [store]);

  return { picking, start, cancel };
}
