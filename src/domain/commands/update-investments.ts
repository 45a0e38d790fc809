import { defineCommand } from './command';
import { validateInvestment, withAttachedArea, type InvestmentFields } from '../investments';
import { DomainError } from '../errors';
import type { Id, Investment } from '../model';
import { emptyDraft, putInto } from '../patch';

export interface UpdateInvestmentsArgs {
  ids: Id[];
  /** Choosing an area by hand sets areaOverride; clearing the override re-attaches by geometry. */
  changes: Partial<InvestmentFields>;
}

/** Edits attributes or geometry of one or many investments (bulk edits are one undo step). */
export const updateInvestments = defineCommand<UpdateInvestmentsArgs>('command.updateInvestments', (doc, { ids, changes }, ctx) => {
  const patch = emptyDraft();
  for (const id of ids) {
    const old = doc.investments[id];
    if (!old) throw new DomainError('investment.error.notFound', { id });
    let next: Investment = { ...old, ...changes, updatedAt: ctx.now };
    if ('areaId' in changes && !('areaOverride' in changes)) next.areaOverride = true;
    next = withAttachedArea(doc, next);
    validateInvestment(next);
    putInto(patch, 'investments', next);
  }
  return patch;
});
