// Reference divisions imported from files (saved by importFeatures with target 'division'): deleting
// one takes its statistics with it; areas already adopted from it keep their shape and codes.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import { deleteInto, emptyPatch } from '../patch';

export const deleteDivision = defineCommand<{ id: string }>('command.deleteDivision', (doc, { id }) => {
  if (!doc.divisions[id]) throw new DomainError('division.error.notFound');
  const patch = deleteInto(emptyPatch(), 'divisions', id);
  const stats = Object.values(doc.divisionStats).filter((s) => s.divisionId === id).map((s) => s.id);
  return stats.length ? deleteInto(patch, 'divisionStats', ...stats) : patch;
});
