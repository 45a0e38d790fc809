// Plain-language phrases the list, the pages and the map's tooltip share.
import { createContext, useContext } from 'react';
import type { PublicInvestment } from '../domain/publish/snapshot-types';
import '../i18n/strings/gates-domain';
import '../i18n/strings/panel';
import '../i18n/strings/publish';
import '../i18n/strings/sdg';
import '../i18n/strings/viewer';
import { formatDate, translate, type Params } from '../i18n/translate';
import type { Lang } from '../store/session';
import { categoryLabel } from './filter';

export type T = (key: string, params?: Params) => string;

export const LangContext = createContext<Lang>('sv');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): T {
  const lang = useLang();
  return (key, params) => translate(lang, key, params);
}

export function kindCategoryText(inv: PublicInvestment, lang: Lang): string {
  return translate(lang, 'viewer.kindCategory', {
    kind: translate(lang, `kind.${inv.kind}Investment`), category: categoryLabel(inv.category, lang),
  });
}

export function datesText(start: string | null, end: string | null, lang: Lang): string {
  const s = start ? formatDate(start, lang) : null;
  const e = end ? formatDate(end, lang) : null;
  if (s && e) return translate(lang, 'viewer.dates', { start: s, end: e });
  if (s) return translate(lang, 'viewer.dates.from', { start: s });
  if (e) return translate(lang, 'viewer.dates.until', { end: e });
  return translate(lang, 'viewer.dates.none');
}
