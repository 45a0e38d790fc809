import { defineCommand } from './command';
import type { Id } from '../model';
import { deleteInto, emptyDraft } from '../patch';

/** Deletes investments and their review history (restored together on undo). */
export const deleteInvestments = defineCommand<{ ids: Id[] }>('command.deleteInvestments', (doc, { ids }) => {
  const patch = emptyDraft();
  const gone = new Set(ids.filter((id) => doc.investments[id]));
  if (!gone.size) return patch;
  deleteInto(patch, 'investments', ...gone);
  const reviews = Object.values(doc.reviews).filter((r) => gone.has(r.investmentId)).map((r) => r.id);
  if (reviews.length) deleteInto(patch, 'reviews', ...reviews);
  return patch;
});
