// Loads the snapshot the address names. Every failure becomes a message key with parameters, so
// the page explains itself in the reader's language instead of showing a blank map.
import { isDomainError, type Params } from '../domain/errors';
import { parseSnapshot } from '../domain/publish/parse-snapshot';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';

export type LoadResult =
  | { ok: true; snapshot: PublicSnapshot }
  | { ok: false; key: string; params: Params };

export async function loadSnapshot(url: URL | null, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  if (!url) return { ok: false, key: 'viewer.error.source', params: {} };
  let text: string;
  try {
    // no-cache: a republished file must show on the next visit, not a day later.
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, key: 'viewer.error.fetch', params: { detail: `HTTP ${response.status}` } };
    text = await response.text();
  } catch (error) {
    return { ok: false, key: 'viewer.error.fetch', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
  return readSnapshot(text);
}

export function readSnapshot(text: string): LoadResult {
  try {
    return { ok: true, snapshot: parseSnapshot(text) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, key: error.code, params: error.params };
    throw error;
  }
}
