import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { Id } from '../model';
import { validateInvestment } from '../investments';
import { emptyDraft, putInto } from '../patch';

/** A copy starts its own life at G0: reviews are not copied. The caller supplies the translated title. */
export const duplicateInvestment = defineCommand<{ id: Id; title: string }>('command.duplicateInvestment', (doc, { id, title }, ctx) => {
  const source = doc.investments[id];
  if (!source) throw new DomainError('investment.error.notFound', { id });
  const copy = { ...structuredClone(source), id: ctx.newId('inv'), title, createdAt: ctx.now, updatedAt: ctx.now };
  validateInvestment(copy);
  return putInto(emptyDraft(), 'investments', copy);
});
