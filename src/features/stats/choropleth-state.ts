// What the statistics map shows: session state (never saved, never undone), kept in this small
// module rather than the store because only the choropleth control and its legend read it.
import { useSyncExternalStore } from 'react';
import type { ClassMethod } from '../../domain/stats/class-breaks';
import type { StatKey } from '../../domain/stats/statistics';

export type ChoroplethTarget = 'deso' | 'areas';

export interface ChoroplethSettings {
  /** null: the map is not coloured by a statistic. */
  statistic: StatKey | null;
  method: ClassMethod;
  /** 3–7 classes: fewer says little, more cannot be told apart by eye. */
  classes: number;
  target: ChoroplethTarget;
}

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
export const DEFAULT_CHOROPLETH: ChoroplethSettings = { statistic: null, method: 'quantile', classes: 5, target: 'deso' };

let current: ChoroplethSettings = DEFAULT_CHOROPLETH;
const listeners = new Set<() => void>();

export function getChoropleth(): ChoroplethSettings {
  return current;
}

export function setChoropleth(changes: Partial<ChoroplethSettings>): void {
  const next = { ...current, ...changes };
  next.classes = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(next.classes)));
  current = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChoropleth(): ChoroplethSettings {
  return useSyncExternalStore(subscribe, getChoropleth, getChoropleth);
}
