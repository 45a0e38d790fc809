import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlatsenState, PlatsenStore } from '../store/store';
import { translate, type Params } from '../i18n/translate';

export const StoreContext = createContext<PlatsenStore | null>(null);

export function usePlatsenStore(): PlatsenStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlatsenStore outside <StoreContext.Provider>');
  return store;
}

/** Subscribes a component to one slice of state. */
export function usePlatsen<T>(selector: (s: PlatsenState) => T): T {
  return useStore(usePlatsenStore(), selector);
}

/** The translate function for the current language. */
export function useT(): (key: string, params?: Params) => string {
  const lang = usePlatsen((s) => s.session.lang);
  return (key, params) => translate(lang, key, params);
}
