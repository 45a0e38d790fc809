// Which tour is being presented, which scene is on screen and what the room has open (callout,
// matrix, legend, labels, menu, help): presentation-only state, kept apart from the session (it
// never matters outside presentation mode). The bar above the map and the overlay on it share it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Id, PlatsenDocument } from '../../domain/model';
import type { Mode } from '../../store/session';
import type { PlatsenStore } from '../../store/store';

/** What a callout explains, and where on the map it points. */
export interface CalloutTarget {
  type: 'note' | 'investment' | 'area';
  id: Id;
  lngLat: [number, number];
}

export interface PresentState {
  tourId: Id | null;
  scene: number;
  /** The mode to go back to when the presentation ends (Redigera or Utforska). */
  returnMode: Exclude<Mode, 'present'>;
  callout: CalloutTarget | null;
  /** The corner legend (L) and the labels of investments and areas (N): on until the room turns them off. */
  legend: boolean;
  labels: boolean;
  matrix: boolean;
  menu: boolean;
  help: boolean;
  /** Notices up to this id were raised before the presentation began: they stay out of the room. */
  noticeFloor: number;
}

export const presentState = createStore<PresentState>(() => ({
  tourId: null, scene: 0, returnMode: 'edit', callout: null, legend: true, labels: true, matrix: false, menu: false, help: false,
  noticeFloor: 0,
}));

/** Leaves presentation mode for the mode the facilitator came from. */
export function leavePresentation(store: PlatsenStore): void {
  presentState.setState({ callout: null, matrix: false, menu: false, help: false });
  store.setSession({ mode: presentState.getState().returnMode });
}

export function usePresentState<T>(selector: (s: PresentState) => T): T {
  return useStore(presentState, selector);
}

/** Starts a tour from its first scene (the caller switches to presentation mode). */
export function chooseTour(tourId: Id | null): void {
  presentState.setState({ tourId, scene: 0, callout: null });
}

/** The tour to open presentation mode with: the one chosen, else the workspace's first (the demo's sample tour). */
export function tourToPresent(doc: PlatsenDocument, chosen: Id | null): Id | null {
  if (chosen && doc.tours[chosen]) return chosen;
  const first = Object.values(doc.tours).filter((t) => t.scenes.length > 0).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  return first?.id ?? null;
}

/** Moves through the chosen tour's scenes (clamped to it); a callout belongs to the scene it was opened in. */
export function stepScene(doc: PlatsenDocument, delta: number | 'first' | 'last'): void {
  const { tourId, scene } = presentState.getState();
  const count = (tourId && doc.tours[tourId]?.scenes.length) || 0;
  if (count === 0) return;
  const to = delta === 'first' ? 0 : delta === 'last' ? count - 1 : Math.min(scene, count - 1) + delta;
  const next = Math.max(0, Math.min(to, count - 1));
  if (next !== scene) presentState.setState({ scene: next, callout: null });
}
