// What the viewer reads from its address: which snapshot (`?src=`), the language (`&lang=`), embed
// mode (`&embed=1`) and the selected area or investment (`#area=<id>`, `#investment=<id>`). The
// address is the viewer's only state that outlives the page: it writes nothing to storage.
import type { Id } from '../domain/model';
import type { Lang } from '../store/session';

export interface Target {
  type: 'area' | 'investment';
  id: Id;
}

export interface ViewerParams {
  /** Absolute URL of the snapshot, or null when `?src=` points to another origin. */
  snapshotUrl: URL | null;
  /** `?lang=`, or null: the deployment's language (config.json), never the browser's. */
  lang: Lang | null;
  embed: boolean;
}

export const DEMO_SNAPSHOT = 'demo-snapshot.json';

/**
 * Only the address overrides the deployment's language: a Swedish municipality's residents read
 * its map in Swedish whatever language their phone is set to, and the switch is one tap away.
 */
export function langOf(param: string | null): Lang | null {
  return param === 'sv' || param === 'en' ? param : null;
}

/**
 * Only the page's own origin: a link must not make the page show someone else's file under the
 * municipality's name (and the Content-Security-Policy would block the request anyway).
 */
export function snapshotUrlOf(src: string | null, pageUrl: string): URL | null {
  const page = new URL(pageUrl);
  let url: URL;
  try {
    url = new URL(src ?? DEMO_SNAPSHOT, page);
  } catch {
    return null;
  }
  return url.origin === page.origin ? url : null;
}

export function readParams(pageUrl: string): ViewerParams {
  const params = new URL(pageUrl).searchParams;
  return {
    snapshotUrl: snapshotUrlOf(params.get('src'), pageUrl),
    lang: langOf(params.get('lang')),
    embed: params.get('embed') === '1',
  };
}

export function parseHash(hash: string): Target | null {
  const m = /^#?(area|investment)=(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return { type: m[1] as Target['type'], id: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

export function formatHash(target: Target | null): string {
  return target ? `#${target.type}=${encodeURIComponent(target.id)}` : '';
}

/** The same address in another language (kept in the address, so a shared link keeps it too). */
export function withLang(pageUrl: string, lang: Lang): string {
  const url = new URL(pageUrl);
  url.searchParams.set('lang', lang);
  return url.href;
}
