// Global keys: undo (Ctrl/Cmd+Z), redo (Ctrl/Cmd+Shift+Z, Ctrl+Y). Typing in a field keeps the
// field's own undo, so these only act outside text inputs.
import type { PlatsenStore } from '../store/store';

export function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function bindHistoryKeys(store: PlatsenStore, target: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) void store.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') void store.redo();
    else return;
    e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
