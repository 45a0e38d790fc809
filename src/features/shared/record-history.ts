// One record's audit trail as the server keeps it, reduced to what a person reads: per accepted
// change, who, when, the edit's label and what it did to this record (a change may touch several).
import type { Id, TableName } from '../../domain/model';
import { BOOKKEEPING_FIELDS, type FieldChange, type Patch } from '../../domain/patch';
import type { HistoryItem } from '../../sync/api';

export type RecordEvent =
  | { kind: 'create' }
  | { kind: 'delete' }
  | { kind: 'update'; fields: FieldChange[] };

export interface HistoryEntry {
  seq: number;
  at: string;
  /** The command's label key (translated where shown, as undo's are). */
  label: string;
  /** Name, else email; null when the author's account is gone. */
  author: string | null;
  event: RecordEvent;
}

export function historyEntries(items: HistoryItem[], table: TableName, id: Id): HistoryEntry[] {
  return items.flatMap((item) => {
    const change = ((item.changes as Patch | null)?.[table] ?? []).find((c) => c.id === id);
    if (!change) return [];
    // updatedAt says when, which the entry already does.
    const event: RecordEvent = change.op === 'update'
      ? { kind: 'update', fields: change.fields.filter((f) => !BOOKKEEPING_FIELDS.includes(f.path.join('.'))) }
      : { kind: change.op };
    return [{ seq: item.seq, at: item.at, label: item.label, author: item.authorName || item.authorEmail || null, event }];
  });
}
