import { useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateInvestments } from '../../domain/commands/update-investments';
import type { Id, Investment } from '../../domain/model';
import { draftOf, type FormFields } from './investment-draft';
import { InvestmentForm } from './InvestmentForm';

/** Only the fields the user changed, so a save that changes nothing adds no undo step. */
function changedFields(inv: Investment, fields: FormFields): Partial<FormFields> {
  const changes: Partial<FormFields> = {};
  for (const key of Object.keys(fields) as Array<keyof FormFields>) {
    if (JSON.stringify(fields[key]) !== JSON.stringify(inv[key])) Object.assign(changes, { [key]: fields[key] });
  }
  return changes;
}

/** The investment form for an existing investment: each save is one undoable edit. */
export function EditInvestment({ id, onDone }: { id: Id; onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const [initial] = useState(() => (inv ? draftOf(inv) : null));
  if (!inv || !initial) return null;

  const save = async (fields: FormFields): Promise<string | null> => {
    const current = store.getState().doc.investments[id];
    if (!current) return t('investment.error.notFound', { id });
    const changes = changedFields(current, fields);
    if (Object.keys(changes).length > 0) {
      const result = await store.dispatch(updateInvestments, { ids: [id], changes });
      if (!result.ok) return t(result.error.code, result.error.params);
      store.notify('info', 'investments.saved', { title: fields.title });
    }
    onDone();
    return null;
  };

  return <InvestmentForm initial={initial} submitLabel={t('investments.save')} onSubmit={save} onCancel={onDone} />;
}
