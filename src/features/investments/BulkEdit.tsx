import { useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateInvestments, type UpdateInvestmentsArgs } from '../../domain/commands/update-investments';
import { workspaceOf, type Id, type Visibility } from '../../domain/model';
import { translate, type Params } from '../../i18n/translate';
import { categoryLabel } from './investment-draft';

type Field = 'department' | 'category' | 'visibility';
const NO_DEPARTMENT = 'none';

/** One change to many investments at once, as one undoable edit. */
export function BulkEdit({ ids }: { ids: Id[] }) {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const doc = usePlatsen((s) => s.doc);
  const lang = usePlatsen((s) => s.session.lang);
  const [field, setField] = useState<Field>('department');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const values = useMemo(() => {
    // useT's function is new each render; the labels depend only on the language.
    const t = (key: string, params?: Params) => translate(lang, key, params);
    if (field === 'visibility') return (['public', 'internal'] as const).map((v) => ({ value: v, label: t(`visibility.${v}`) }));
    if (field === 'department') {
      return [{ value: NO_DEPARTMENT, label: t('investments.form.noDepartment') },
        ...Object.values(doc.departments).sort((a, b) => a.name.localeCompare(b.name, lang)).map((d) => ({ value: d.id, label: d.name }))];
    }
    // Categories belong to a kind: offer those of the kinds among the chosen investments.
    const settings = workspaceOf(doc)?.settings.categories;
    const kinds = new Set(ids.map((i) => doc.investments[i]?.kind));
    const list = [...(kinds.has('physical') ? settings?.physical ?? [] : []), ...(kinds.has('social') ? settings?.social ?? [] : [])];
    return [...new Set(list)].map((c) => ({ value: c, label: categoryLabel(t, c) }));
  }, [field, doc, ids, lang]);

  const apply = async () => {
    const changes: UpdateInvestmentsArgs['changes'] = field === 'visibility' ? { visibility: value as Visibility }
      : field === 'department' ? { departmentId: value === NO_DEPARTMENT ? null : value } : { category: value };
    const result = await store.dispatch(updateInvestments, { ids, changes });
    setMessage(result.ok ? { tone: 'info', text: t('investments.bulk.done', { n: ids.length }) }
      : { tone: 'error', text: t(result.error.code, result.error.params) });
  };

  const chooseField = (next: Field) => {
    setField(next);
    setValue('');
  };

  return (
    <fieldset className="bulk-edit">
      <legend>{t('investments.bulk.title', { n: ids.length })}</legend>
      <div className="inline-row">
        <label htmlFor={`${id}-field`} className="visually-hidden">{t('investments.bulk.field')}</label>
        <select id={`${id}-field`} value={field} onChange={(e) => chooseField(e.target.value as Field)}>
          {(['department', 'category', 'visibility'] as const).map((f) => <option key={f} value={f}>{t(`investments.bulk.${f}`)}</option>)}
        </select>
        <label htmlFor={`${id}-value`} className="visually-hidden">{t('investments.bulk.value')}</label>
        <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="" disabled>{t('investments.bulk.choose')}</option>
          {values.map((v) => <option key={v.value} value={v.value}>{v.label}</option>)}
        </select>
        <button type="button" onClick={() => void apply()} disabled={!value}>{t('investments.bulk.apply')}</button>
      </div>
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'form-error' : 'form-ok'}>{message.text}</p>}
    </fieldset>
  );
}
