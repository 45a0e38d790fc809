import { describe, expect, it } from 'vitest';
import { addNotice, MAX_NOTICES } from './notices';
import type { Notice } from './session';

const info = (id: number, key = `k${id}`): Notice => ({ id, tone: 'info', key });
const error = (id: number, key = `e${id}`): Notice => ({ id, tone: 'error', key });

describe('the notice stack', () => {
  it('holds two at most: a new one pushes out the oldest confirmation before any error', () => {
    let list: Notice[] = [];
    for (const n of [error(1), info(2), info(3)]) list = addNotice(list, n);
    expect(list.map((n) => n.id)).toEqual([1, 3]);
    list = addNotice(list, error(4));
    expect(list.map((n) => n.id)).toEqual([1, 4]);
    expect(list.length).toBeLessThanOrEqual(MAX_NOTICES);
  });

  it('shows the same message once, the latest', () => {
    const list = addNotice(addNotice([], info(1, 'saved')), info(2, 'saved'));
    expect(list.map((n) => n.id)).toEqual([2]);
  });

  it('lets a message replace every confirmation before it, but no error (after an undo, "saved" is no longer true)', () => {
    const list = addNotice([info(1), error(2)], info(3, 'history.undone'), { replacesInfo: true });
    expect(list.map((n) => n.id)).toEqual([2, 3]);
  });
});
