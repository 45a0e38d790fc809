import { createContext, useContext } from 'react';
import type { Booted } from './boot';

export const BootContext = createContext<Omit<Booted, 'store'> | null>(null);

export function useBoot(): Omit<Booted, 'store'> {
  const value = useContext(BootContext);
  if (!value) throw new Error('useBoot outside <BootContext.Provider>');
  return value;
}
