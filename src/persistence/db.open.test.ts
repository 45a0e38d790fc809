// Opening the database when another tab stands in the way: an older version that holds it (this
// tab's upgrade waits, and says so), or a newer version that has already upgraded it (this tab
// cannot open it, and says to reload). Each has a message in the user's language naming the
// right direction.
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../domain/model';
import '../i18n/strings';
import { translate } from '../i18n/translate';
import { openDatabase, PlatsenDb } from './db';
import { PersistenceError } from './errors';
import { freshIdb } from './testing';

/** Opens the database with plain IndexedDB at `version`, as another tab would, and keeps it open. */
function otherTab(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => {
      // The schema 2 stores and indexes (db.ts STORES_V2).
      const db = request.result;
      for (const store of ['workspace', 'areas', 'goals', 'departments']) db.createObjectStore(store, { keyPath: 'id' });
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('programmes', { keyPath: 'id' }).createIndex('areaId', 'areaId');
      db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('investmentId', 'investmentId');
      const investments = db.createObjectStore('investments', { keyPath: 'id' });
      for (const index of ['areaId', 'kind', 'category', 'departmentId']) investments.createIndex(index, index);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('opening the database against another tab', () => {
  it('waits for an older version that holds it, says so at once, and goes on when that tab closes', async () => {
    const { name, options } = freshIdb();
    // Schema 2 as an old release opened it (Dexie stores version × 10), with no versionchange handler.
    const old = await otherTab(options.indexedDB as IDBFactory, name, 20);
    const db = new PlatsenDb(name, options);
    const onBlocked = vi.fn();
    let opened = false;
    const opening = openDatabase(db, onBlocked).then(() => { opened = true; });

    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    expect(opened).toBe(false);
    expect(translate('sv', 'persistence.error.blocked')).toContain('en annan flik har Platsen öppet i en äldre version');
    expect(translate('en', 'persistence.error.blocked')).toContain('another tab has Platsen open in an older version');

    old.close();
    await opening;
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database a newer version has upgraded, with code "newer" and a message to reload', async () => {
    const { name, options } = freshIdb();
    (await otherTab(options.indexedDB as IDBFactory, name, 990)).close();
    const db = new PlatsenDb(name, options);
    const error = await openDatabase(db, () => undefined).catch((e: unknown) => e);
    expect(db.isOpen()).toBe(false);
    expect(error).toBeInstanceOf(PersistenceError);
    expect((error as PersistenceError).code).toBe('newer');
    expect(translate('sv', 'persistence.error.newer')).toContain('En nyare version av Platsen har öppnat databasen');
    expect(translate('sv', 'persistence.error.newer')).toContain('Ladda om');
    expect(translate('en', 'persistence.error.newer')).toContain('A newer version of Platsen');
  });
});
