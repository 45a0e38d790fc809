// The rules of the notice stack, apart from the store so they are plain to test: never more than
// two at once (a new one pushes out the oldest confirmation before any error), the same message
// twice shows once, and a message can replace every confirmation before it (after an undo, "saved"
// no longer describes the workspace). Confirmations also leave by themselves (app/Notices.tsx).
import type { Notice } from './session';

export const MAX_NOTICES = 2;

const same = (a: Notice, b: Notice) => a.tone === b.tone && a.key === b.key
  && JSON.stringify([a.params, a.keyParams]) === JSON.stringify([b.params, b.keyParams]);

export function addNotice(list: readonly Notice[], notice: Notice, options: { replacesInfo?: boolean } = {}): Notice[] {
  const next = list.filter((n) => !same(n, notice) && !(options.replacesInfo && n.tone === 'info'));
  next.push(notice);
  while (next.length > MAX_NOTICES) {
    const oldestInfo = next.findIndex((n) => n.tone === 'info');
    next.splice(oldestInfo >= 0 && oldestInfo < next.length - 1 ? oldestInfo : 0, 1);
  }
  return next;
}
