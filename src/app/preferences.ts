// The few personal choices remembered in this browser (not in the workspace): language and basemap.
import type { Lang } from '../store/session';
import { isBasemapId, type BasemapId } from '../map/basemap/choices';

const LANG_KEY = 'platsen.lang';
const BASEMAP_KEY = 'platsen.basemap';

/** The language chosen in this browser, else the deployment's (config.json), never the browser's own. */
export function savedLang(fallback: Lang = 'sv'): Lang {
  const value = localStorage.getItem(LANG_KEY);
  return value === 'en' || value === 'sv' ? value : fallback;
}

export function saveLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
}

export function savedBasemap(fallback: BasemapId): BasemapId {
  const value = localStorage.getItem(BASEMAP_KEY);
  return isBasemapId(value) ? value : fallback;
}

export function saveBasemap(id: BasemapId): void {
  localStorage.setItem(BASEMAP_KEY, id);
}
