// For components that show what is in the map's view: a number that changes after every settled
// move (and every settled redraw) of the editor's map, so they render again.
import { useEffect, useState } from 'react';
import { getMap } from './map-registry';

export function useMapMoves(): number {
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    const map = getMap();
    if (!map) return;
    const bump = () => setMoves((n) => n + 1);
    map.on('moveend', bump);
    map.on('idle', bump);
    return () => { map.off('moveend', bump); map.off('idle', bump); };
  }, []);
  return moves;
}
