import { useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateInvestments } from '../../domain/commands/update-investments';
import type { Id } from '../../domain/model';
import { changesOnto } from '../forms/draft-rebase';
import { draftOf, type FormFields } from './investment-draft';
import { InvestmentForm } from './InvestmentForm';

/**
 * The investment form for an existing investment: each save is one undoable edit of only the
 * fields the user changed (so a save that changes nothing adds no undo step, and a field another
 * tab changed meanwhile is not written back).
 */
export function EditInvestment({ id, onDone }: { id: Id; onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const source = useMemo(() => (inv ? draftOf(inv) : null), [inv]);
  if (!inv || !source) return <p role="status">{t('form.deletedUnder')}</p>;

  const save = async (fields: FormFields, opened: FormFields): Promise<string | null> => {
    const current = store.getState().doc.investments[id];
    if (!current) return t('investment.error.notFound', { id });
    const changes = changesOnto<Partial<FormFields>>(opened, fields, current);
    if (Object.keys(changes).length > 0) {
      const result = await store.dispatch(updateInvestments, { ids: [id], changes });
      if (!result.ok) return t(result.error.code, result.error.params);
      store.notify('info', 'investments.saved', { title: fields.title });
    }
    onDone();
    return null;
  };

  return <InvestmentForm source={source} submitLabel={t('investments.save')} onSubmit={save} onCancel={onDone} />;
}
