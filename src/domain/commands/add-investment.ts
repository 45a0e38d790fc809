import { defineCommand } from './command';
import { createInvestment, validateInvestment, type InvestmentFields } from '../investments';
import { emptyDraft, putInto } from '../patch';

export type AddInvestmentArgs = Partial<InvestmentFields> & Pick<InvestmentFields, 'title' | 'kind' | 'category' | 'geometry'>;

export const addInvestment = defineCommand<AddInvestmentArgs>('command.addInvestment', (doc, args, ctx) => {
  const inv = createInvestment(doc, args, ctx);
  validateInvestment(inv);
  return putInto(emptyDraft(), 'investments', inv);
});
