import { useSyncExternalStore } from 'react';
import { latestInView, subscribeInView, type CodeCounts } from '../../map/in-view';

/** What the editor map has in view (map/in-view.ts), or null before it has counted. */
export function useInView(): CodeCounts | null {
  return useSyncExternalStore(subscribeInView, latestInView);
}
