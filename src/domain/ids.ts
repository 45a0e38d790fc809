// Stable, collision-free ids for records created on any device (crypto.randomUUID exists in
// every browser we support and in Node 20).
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID()}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Longest id accepted from outside (a backup, a patch from another tab or client). */
export const MAX_ID_LENGTH = 200;

/**
 * Whether a value from outside can be a record id. Tables are plain objects keyed by id, so an id
 * that names a property every object has (`__proto__`, `constructor`, `toString`…) would reach the
 * prototype instead of a record: stored nowhere, or read as a record that is not there.
 */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0 && value.length <= MAX_ID_LENGTH
    && !(value in Object.prototype) && value !== 'prototype' && ![...value].some((c) => c.charCodeAt(0) < 32);
}
