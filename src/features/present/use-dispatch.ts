// Workshop edits happen mid-meeting: a refused edit is said in a notice rather than in a form,
// so every workshop panel dispatches the same way.
import { useCallback } from 'react';
import { usePlatsenStore } from '../../app/store-context';
import type { Command } from '../../domain/commands/command';

export function useDispatch(): <A>(command: Command<A>, args: A) => Promise<boolean> {
  const store = usePlatsenStore();
  return useCallback(async <A,>(command: Command<A>, args: A) => {
    const result = await store.dispatch(command, args);
    if (!result.ok) store.notify('error', result.error.code, result.error.params);
    return result.ok;
  }, [store]);
}
