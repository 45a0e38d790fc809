// Small facts about this browser's copy of the workspace, kept in the database's `meta` table (not
// in the document: a restored backup must not carry the time of a backup made elsewhere).
import type { PlatsenDb } from '../../persistence/db';

export const LAST_BACKUP_KEY = 'lastBackup';

export interface MetaStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

export function dexieMeta(db: PlatsenDb): MetaStore {
  return {
    get: async (key) => (await db.meta.get(key))?.value,
    put: async (key, value) => {
      await db.meta.put({ key, value });
    },
  };
}
