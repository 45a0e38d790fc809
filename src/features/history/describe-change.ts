// How a field, its value and its record are named to a user: in the undo/redo question and in a
// form whose record changed meanwhile.
import type { AnyRecord, TableName } from '../../domain/model';
import type { FieldPath } from '../../domain/patch';
import { formatNumber, hasKey, type Params } from '../../i18n/translate';
import type { Lang } from '../../store/session';

type T = (key: string, params?: Params) => string;

/** "Titel", "Investering (kr)", "Mål" (a programme value): the field's own label where there is one. */
export function fieldLabel(t: T, path: FieldPath): string {
  const dotted = path.join('.');
  if (hasKey(`field.${dotted}`)) return t(`field.${dotted}`);
  if (path.length === 2 && hasKey(dotted)) return t(dotted);
  return dotted;
}

const MAX_SHOWN = 80;

/** A stored value as short text: text quoted and cut, numbers formatted, shapes and lists named. */
export function valueText(t: T, lang: Lang, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('history.value.empty');
  if (typeof value === 'string') return `”${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}”`;
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  if (typeof value === 'boolean') return t(value ? 'history.value.yes' : 'history.value.no');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length ? value.join(', ') : t('history.value.empty');
  }
  if (typeof value === 'object' && 'coordinates' in value) return t('history.value.shape');
  return t('history.value.changed');
}

/** What the user calls a record: its title or name, else "a record". */
export function recordName(t: T, record: AnyRecord | undefined, table: TableName): string {
  const r = record as { title?: unknown; name?: unknown; text?: unknown } | undefined;
  const name = [r?.title, r?.name, r?.text].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return name ? `”${name}”` : `${t('history.record.unnamed')} (${table})`;
}
