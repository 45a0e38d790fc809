// An edit form keeps three things: the values it opened with (`base`), what the user has made of
// them (`draft`), and, when the record changes under it (another tab, an undo), the new values.
// The form then moves its base to the new values and keeps the user's own changes on top, field
// by field (a field is a leaf: text, number, list; objects like the budget are split into their
// fields). On save it sends only what the user changed against its base, so nothing it merely
// showed is written back.
import { sameValue, type FieldPath } from '../../domain/patch';

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaf paths of two values of the same shape (objects are descended, anything else is a leaf). */
export function leafPaths(a: unknown, b: unknown, prefix: FieldPath = []): FieldPath[] {
  if (!isPlain(a) || !isPlain(b)) return [prefix];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => leafPaths(a[k], b[k], [...prefix, k]));
}

export function getAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((v, k) => (isPlain(v) ? v[k] : undefined), value);
}

export function setAt<T>(value: T, [key, ...rest]: FieldPath, leaf: unknown): T {
  if (key === undefined) return leaf as T;
  const obj: Record<string, unknown> = isPlain(value) ? value : {};
  return { ...obj, [key]: setAt(obj[key], rest, leaf) } as T;
}

/** The leaves in which `b` differs from `a`. */
export function differingPaths(a: unknown, b: unknown): FieldPath[] {
  return leafPaths(a, b).filter((p) => !sameValue(getAt(a, p), getAt(b, p)));
}

export interface DraftState<D> {
  base: D;
  draft: D;
  /** Fields the record changed in while the form was open. */
  changedUnder: FieldPath[];
  /** Of those, the ones the user had changed too, to a different value: theirs is in the form. */
  clashes: FieldPath[];
}

export function openDraft<D>(values: D): DraftState<D> {
  return { base: values, draft: values, changedUnder: [], clashes: [] };
}

const samePath = (a: FieldPath, b: FieldPath) => a.join('\u0000') === b.join('\u0000');
const union = (a: FieldPath[], b: FieldPath[]) => [...a, ...b.filter((p) => !a.some((q) => samePath(p, q)))];

/** The form after its record changed to `next`: new values where the user changed nothing, the user's values elsewhere. */
export function rebaseDraft<D>(state: DraftState<D>, next: D): DraftState<D> {
  const under = differingPaths(state.base, next);
  let draft = state.draft;
  const clashes: FieldPath[] = [];
  for (const path of under) {
    const mine = getAt(state.draft, path);
    if (sameValue(mine, getAt(state.base, path))) draft = setAt(draft, path, getAt(next, path));
    else if (!sameValue(mine, getAt(next, path))) clashes.push(path);
  }
  const stillClashing = state.clashes.filter((p) => !sameValue(getAt(draft, p), getAt(next, p)));
  return { base: next, draft, changedUnder: union(state.changedUnder, under), clashes: union(stillClashing, clashes) };
}

/**
 * What a form sends: the top-level fields the user changed from `opened` to `edited`. A field that
 * is an object (a budget) is sent as the `current` object with only the user's sub-fields laid
 * over it, so a sub-field someone else changed meanwhile is kept.
 */
export function changesOnto<T extends object>(opened: T, edited: T, current: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as Array<keyof T>) {
    const [was, now] = [opened[key], edited[key]];
    if (sameValue(was, now)) continue;
    changes[key] = isPlain(was) && isPlain(now) && isPlain(current[key])
      ? differingPaths(was, now).reduce((acc, p) => setAt(acc, p, getAt(now, p)), current[key])
      : now;
  }
  return changes;
}
