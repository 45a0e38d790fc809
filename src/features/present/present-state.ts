// Which tour is being presented and which scene is on screen: presentation-only state, kept
// apart from the session (it never matters outside presentation mode).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Id } from '../../domain/model';

export interface PresentState {
  tourId: Id | null;
  scene: number;
}

export const presentState = createStore<PresentState>(() => ({ tourId: null, scene: 0 }));

export function usePresentState<T>(selector: (s: PresentState) => T): T {
  return useStore(presentState, selector);
}

/** Starts a tour from its first scene (the caller switches to presentation mode). */
export function chooseTour(tourId: Id | null): void {
  presentState.setState({ tourId, scene: 0 });
}
