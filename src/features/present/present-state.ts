// Which tour is being presented and which scene is on screen: presentation-only state, kept
// apart from the session (it never matters outside presentation mode).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Id } from '../../domain/model';
import type { Mode } from '../../store/session';
import type { PlatsenStore } from '../../store/store';

export interface PresentState {
  tourId: Id | null;
  scene: number;
  /** The mode to go back to when the presentation ends (Redigera or Utforska). */
  returnMode: Exclude<Mode, 'present'>;
}

export const presentState = createStore<PresentState>(() => ({ tourId: null, scene: 0, returnMode: 'edit' }));

/** Leaves presentation mode for the mode the facilitator came from. */
export function leavePresentation(store: PlatsenStore): void {
  store.setSession({ mode: presentState.getState().returnMode });
}

export function usePresentState<T>(selector: (s: PresentState) => T): T {
  return useStore(presentState, selector);
}

/** Starts a tour from its first scene (the caller switches to presentation mode). */
export function chooseTour(tourId: Id | null): void {
  presentState.setState({ tourId, scene: 0 });
}
