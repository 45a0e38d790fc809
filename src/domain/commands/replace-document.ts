import { defineCommand } from './command';
import type { AnyRecord, Id, PlatsenDocument } from '../model';
import { TABLES } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';

/** Replaces the whole workspace (reset demo, start empty, restore a backup): undoable like any edit. */
export const replaceDocument = defineCommand<{ next: PlatsenDocument }>('command.replaceDocument', (doc, { next }) => {
  const patch = emptyDraft();
  for (const table of TABLES) {
    const incoming = next[table] as Record<Id, AnyRecord>;
    const gone = Object.keys(doc[table]).filter((id) => !(id in incoming));
    if (gone.length) deleteInto(patch, table, ...gone);
    const records = Object.values(incoming);
    if (records.length) putInto(patch, table, ...records);
  }
  return patch;
});
