import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { Id, Programme } from '../model';
import { emptyDraft, putInto } from '../patch';

export type ProgrammeChanges = Partial<Omit<Programme, 'id' | 'areaId' | 'createdAt' | 'updatedAt'>>;

export const updateProgramme = defineCommand<{ id: Id; changes: ProgrammeChanges }>('command.updateProgramme', (doc, { id, changes }, ctx) => {
  const old = doc.programmes[id];
  if (!old) throw new DomainError('programme.error.notFound', { id });
  for (const score of Object.values(changes.values ?? {})) {
    if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 5)) throw new DomainError('programme.error.valueScore');
  }
  return putInto(emptyDraft(), 'programmes', { ...old, ...changes, updatedAt: ctx.now });
});
