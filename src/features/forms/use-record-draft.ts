import { useState } from 'react';
import { sameValue } from '../../domain/patch';
import { openDraft, rebaseDraft, type DraftState } from './draft-rebase';

/**
 * The state of an edit form over `source`, the form values of its record as stored now: when they
 * change while the form is open, the form rebases (draft-rebase.ts) instead of showing stale values
 * or dropping the user's typing.
 */
export function useRecordDraft<D>(source: D): DraftState<D> & { set(update: (draft: D) => D): void } {
  const [state, setState] = useState(() => openDraft(source));
  let current = state;
  if (!sameValue(source, state.base)) {
    // Adjusting state while rendering (React's pattern for props that change): no stale frame.
    current = rebaseDraft(state, source);
    setState(current);
  }
  return { ...current, set: (update) => setState((s) => ({ ...s, draft: update(s.draft) })) };
}
