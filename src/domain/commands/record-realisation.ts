import { defineCommand } from './command';
import { DomainError } from '../errors';
import { isIsoDate } from '../investments';
import type { BenefitRealisation } from '../model';
import { BENEFIT_DIMENSIONS, workspaceOf } from '../model';
import { emptyDraft, putInto } from '../patch';
import { derivePhase } from '../phase';

export type RealisationFields = Omit<BenefitRealisation, 'id' | 'createdAt' | 'updatedAt'>;

const MAX_TEXT = 20_000;

/**
 * Benefits are followed up at the last gate (G5 Nyttorealisering): before an investment has
 * passed delivery there is nothing realised to judge. Several follow-ups over time are allowed.
 */
export const recordRealisation = defineCommand<RealisationFields>('command.recordRealisation', (doc, fields, ctx) => {
  if (!doc.investments[fields.investmentId]) throw new DomainError('investment.error.notFound', { id: fields.investmentId });
  const gates = workspaceOf(doc)?.settings.gates ?? [];
  const reviews = Object.values(doc.reviews).filter((r) => r.investmentId === fields.investmentId);
  const last = gates[gates.length - 1];
  if (!last || derivePhase(reviews, gates).gateIndex !== gates.length - 1) {
    throw new DomainError('realisation.error.notAtLastGate', { gate: last?.code ?? '' });
  }
  if (!isIsoDate(fields.date)) throw new DomainError('realisation.error.date', { value: fields.date });
  for (const d of BENEFIT_DIMENSIONS) {
    const degree = fields.degree[d];
    if (degree !== null && !(Number.isFinite(degree) && degree >= 0 && degree <= 100)) {
      throw new DomainError('realisation.error.degree', { dimension: d });
    }
    if (fields.realised[d].length > MAX_TEXT) throw new DomainError('realisation.error.textTooLong', { max: MAX_TEXT });
  }
  const realisation: BenefitRealisation = { ...fields, id: ctx.newId('real'), createdAt: ctx.now, updatedAt: ctx.now };
  return putInto(emptyDraft(), 'realisations', realisation);
});
