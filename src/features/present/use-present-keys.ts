// The room's keyboard: every key of presentation mode in one place (the help overlay lists them).
// While the matrix, the menu or the help is open, the arrows and Space belong to what is open.
import { useEffect, useRef } from 'react';
import { presentState, type PresentState } from './present-state';

export interface PresentActions {
  go(delta: number | 'first' | 'last'): void;
  togglePlay(): void;
  stopPlay(): void;
  fullscreen(): void;
  explainFocus(): void;
  leave(): void;
}

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

const toggle = (key: 'legend' | 'labels' | 'matrix' | 'help') => () => presentState.setState((s) => ({ [key]: !s[key] }));

/** Esc closes the innermost thing open; with nothing open it leaves the presentation. */
function escape(s: PresentState, leave: () => void): void {
  if (s.help) presentState.setState({ help: false });
  else if (s.menu) presentState.setState({ menu: false });
  else if (s.matrix) presentState.setState({ matrix: false });
  else if (s.callout) presentState.setState({ callout: null });
  else leave();
}

export function usePresentKeys(actions: PresentActions): void {
  const latest = useRef(actions);
  useEffect(() => { latest.current = actions; });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const actions = latest.current;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const s = presentState.getState();
      if (isTextField(e.target) && e.key !== 'Escape') return;
      const always: Record<string, () => void> = {
        Escape: () => escape(s, actions.leave), '?': toggle('help'), f: actions.fullscreen, F: actions.fullscreen,
      };
      const roomKeys: Record<string, () => void> = {
        ArrowRight: () => actions.go(1), ' ': () => actions.go(1), PageDown: () => actions.go(1),
        ArrowLeft: () => actions.go(-1), PageUp: () => actions.go(-1),
        Home: () => actions.go('first'), End: () => actions.go('last'),
        p: actions.togglePlay, P: actions.togglePlay, s: actions.stopPlay, S: actions.stopPlay,
        n: toggle('labels'), N: toggle('labels'), l: toggle('legend'), L: toggle('legend'),
        i: actions.explainFocus, I: actions.explainFocus,
      };
      const matrixKeys: Record<string, () => void> = { m: toggle('matrix'), M: toggle('matrix') };
      const busy = s.help || s.menu;
      const action = always[e.key] ?? (busy ? undefined : matrixKeys[e.key] ?? (s.matrix ? undefined : roomKeys[e.key]));
      if (!action) return;
      // Space and arrows would otherwise also press a focused button or pan the map.
      e.preventDefault();
      e.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
