// When to offer a backup: browsers may delete a site's storage (Safari after 7 days without a
// visit, any browser when space runs out), so work of a week, or much work never backed up, should
// also live in a file.
import { TABLES, workspaceOf, type AnyRecord, type PlatsenDocument, type Timestamp } from '../../domain/model';

export const REMIND_AFTER_DAYS = 7;
/** Without any backup: remind after this many changed records. */
export const REMIND_AFTER_EDITS = 20;

/** Records created or changed after `since` (every record carries updatedAt). */
export function editsSince(doc: PlatsenDocument, since: Timestamp): number {
  let n = 0;
  for (const table of TABLES) for (const r of Object.values(doc[table]) as AnyRecord[]) if (r.updatedAt > since) n++;
  return n;
}

export function backupDue(doc: PlatsenDocument, lastBackup: Timestamp | null, now: Date): { due: boolean; edits: number } {
  if (lastBackup === null) {
    // Never backed up: count the edits since the workspace began (the demo's own records do not count).
    const edits = editsSince(doc, workspaceOf(doc)?.createdAt ?? '');
    return { due: edits >= REMIND_AFTER_EDITS, edits };
  }
  const edits = editsSince(doc, lastBackup);
  const ageDays = (now.getTime() - Date.parse(lastBackup)) / 86_400_000;
  return { due: edits > 0 && ageDays >= REMIND_AFTER_DAYS, edits };
}
