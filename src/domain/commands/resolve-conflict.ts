import { defineCommand } from './command';
import type { AnyRecord, Id } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';
import { resolvedRecord, type Choice, type ConflictRecord } from '../sync/log';

/**
 * The author's answer to a conflict ("behåll min" / "ta deras") as an ordinary edit of the record
 * as it is now: undoable, and in a shared workspace pushed like any other edit.
 */
export const resolveConflict = defineCommand<{ conflict: ConflictRecord; choice: Choice }>('command.resolveConflict', (doc, { conflict, choice }) => {
  const draft = emptyDraft();
  const current = (doc[conflict.table] as Record<Id, AnyRecord>)[conflict.id];
  const wanted = resolvedRecord(conflict, choice, current);
  if (wanted === null) deleteInto(draft, conflict.table, conflict.id);
  else if (wanted) putInto(draft, conflict.table, wanted);
  return draft;
});
