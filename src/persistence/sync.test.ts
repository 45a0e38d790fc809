// Two tabs are two loaded copies of the sync module sharing one BroadcastChannel name: this file's
// static imports are "this tab"; a copy imported after vi.resetModules() is "the other tab".
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument, type PlatsenDocument } from '../domain/model';
import { applyPatch, deleteInto, emptyPatch, putInto, type Patch } from '../domain/patch';
import { PlatsenDb } from './db';
import { replaceDocument, writePatch } from './repository';
import { channelName, closeOnVersionChange, INLINE_PATCH_LIMIT, subscribeToOtherTabs } from './sync';
import { freshDb, freshIdb, investment, investments } from './testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function track<T extends () => void>(unsubscribe: T): T {
  cleanups.push(unsubscribe);
  return unsubscribe;
}

function openDb(): PlatsenDb {
  const db = freshDb();
  cleanups.push(() => db.close());
  return db;
}

async function otherTab(): Promise<typeof import('./sync')> {
  vi.resetModules();
  return import('./sync');
}

/** Subscribes in the other tab and resolves with the next patches it receives, in order. */
async function listenInOtherTab(db: Dexie) {
  const { subscribeToOtherTabs: subscribe } = await otherTab();
  const received: Patch[] = [];
  let wake: () => void = () => undefined;
  track(subscribe(db, (patch) => {
    received.push(patch);
    wake();
  }));
  return {
    received,
    next: (count = received.length + 1) => new Promise<Patch>((resolve) => {
      const check = () => { if (received.length >= count) resolve(received[count - 1]!); };
      wake = check;
      check();
    }),
  };
}

const patchOf = (n: number) => putInto(emptyPatch(), 'investments', investment(n));

describe('other tabs', () => {
  it('receive each committed patch, every subscriber of them', async () => {
    const db = openDb();
    const first = await listenInOtherTab(db);
    const second = await listenInOtherTab(db);

    await writePatch(db, patchOf(1));

    expect(await first.next()).toEqual(patchOf(1));
    expect(await second.next()).toEqual(patchOf(1));
  });

  it('are not told about patches that failed', async () => {
    const db = openDb();
    const other = await listenInOtherTab(db);
    const broken = patchOf(2);
    delete (broken.put.investments![0] as { id?: string }).id;

    await expect(writePatch(db, broken)).rejects.toMatchObject({ code: 'unknown' });
    await writePatch(db, patchOf(3));

    // Messages arrive in order, so once the later patch is here the failed one was never sent.
    expect(await other.next()).toEqual(patchOf(3));
    expect(other.received).toEqual([patchOf(3)]);
  });

  it('hear each other, but a tab does not hear its own patches', async () => {
    const db = openDb();
    const own: Patch[] = [];
    const ownHeard = new Promise<void>((resolve) => {
      track(subscribeToOtherTabs(db, (p) => {
        own.push(p);
        resolve();
      }));
    });

    await writePatch(db, patchOf(6));
    (await otherTab()).broadcastPatch(db.name, patchOf(7));
    await ownHeard;

    // Had this tab heard its own patch 6, it would have arrived before the other tab's patch 7.
    expect(own).toEqual([patchOf(7)]);
  });

  it('stop receiving after unsubscribing', async () => {
    const db = openDb();
    const kept = await listenInOtherTab(db);
    const { subscribeToOtherTabs: subscribe } = await otherTab();
    const dropped: Patch[] = [];
    subscribe(db, (p) => dropped.push(p))();

    await writePatch(db, patchOf(4));

    expect(await kept.next()).toEqual(patchOf(4));
    expect(dropped).toEqual([]);
  });

  it('reach the replaced document by applying the patch they receive', async () => {
    const db = openDb();
    const before: PlatsenDocument = { ...emptyDocument(), investments: { inv_1: investment(1), inv_2: investment(2) } };
    await replaceDocument(db, before);
    const other = await listenInOtherTab(db);
    const after: PlatsenDocument = { ...emptyDocument(), investments: { inv_2: investment(2, { title: 'Ändrad' }), inv_3: investment(3) } };

    await replaceDocument(db, after);

    expect(applyPatch(before, await other.next())).toEqual(after);
  });
});

describe('other tabs, after a big patch', () => {
  const big = (from = 1) => putInto(emptyPatch(), 'investments', ...investments(INLINE_PATCH_LIMIT + 1, from));

  it('are sent its ids, not its records, and read the records back', async () => {
    const db = openDb();
    const posted: unknown[] = [];
    const raw = new BroadcastChannel(channelName(db.name));
    raw.onmessage = (e: MessageEvent) => posted.push(e.data);
    cleanups.push(() => raw.close());
    const other = await listenInOtherTab(db);

    await writePatch(db, big());

    expect(await other.next()).toEqual(big());
    expect(JSON.stringify(posted)).not.toContain('Insats');
  });

  it('apply it and the patches after it in the order they were committed', async () => {
    const db = openDb();
    const other = await listenInOtherTab(db);
    await writePatch(db, big());
    const deleteOne = deleteInto(emptyPatch(), 'investments', 'inv_1');
    await writePatch(db, deleteOne);

    await other.next(2);
    const doc = other.received.reduce(applyPatch, emptyDocument());
    expect(Object.keys(doc.investments)).toHaveLength(INLINE_PATCH_LIMIT);
    expect(doc.investments.inv_1).toBeUndefined();
    expect(other.received[1]).toEqual(deleteOne);
  });
});

describe('closeOnVersionChange', () => {
  it('lets another tab upgrade: closes this connection and asks for a reload', async () => {
    const { name, options } = freshIdb();
    const db = new PlatsenDb(name, options);
    await db.open();
    const onVersionChange = vi.fn();
    track(closeOnVersionChange(db, onVersionChange));

    const newer = new Dexie(name, options);
    newer.version(99).stores({ investments: "id, areaId, kind, category, departmentId, startDate" });
    await newer.open();
    cleanups.push(() => newer.close());

    expect(onVersionChange).toHaveBeenCalledWith(99);
    expect(db.isOpen()).toBe(false);
    await expect(writePatch(db, patchOf(5))).rejects.toMatchObject({ code: 'blocked' });
  });
});
