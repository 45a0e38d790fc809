// Two tabs are two loaded copies of the sync module sharing one BroadcastChannel name: this file's
// static imports are "this tab"; a copy imported after vi.resetModules() is "the other tab".
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument, type PlatsenDocument } from '../domain/model';
import { refsOf, type RecordRefs } from '../domain/patch';
import { PlatsenDb } from './db';
import { replaceDocument, writePatch } from './repository';
import { channelName, closeOnVersionChange, INLINE_PATCH_LIMIT, subscribeToOtherTabs } from './sync';
import { createPatch, freshDb, freshIdb, investment, investments } from './testing';

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

/** Subscribes in the other tab and resolves with the next changes it is told about, in order. */
async function listenInOtherTab(db: Dexie) {
  const { subscribeToOtherTabs: subscribe } = await otherTab();
  const received: RecordRefs[] = [];
  let wake: () => void = () => undefined;
  track(subscribe(db, (refs) => {
    received.push(refs);
    wake();
  }));
  return {
    received,
    next: (count = received.length + 1) => new Promise<RecordRefs>((resolve) => {
      const check = () => { if (received.length >= count) resolve(received[count - 1]!); };
      wake = check;
      check();
    }),
  };
}

const patchOf = (n: number) => createPatch('investments', [investment(n)]);
const refsOfInvestments = (...ids: string[]): RecordRefs => ({ investments: ids });

/** Posts a raw message on the database's channel, as a tab would. */
function postRaw(db: Dexie, message: unknown) {
  const channel = new BroadcastChannel(channelName(db.name));
  channel.postMessage(message);
  channel.close();
}

describe('other tabs', () => {
  it('are told which records each committed patch changed, every subscriber of them', async () => {
    const db = openDb();
    const first = await listenInOtherTab(db);
    const second = await listenInOtherTab(db);

    await writePatch(db, patchOf(1));

    expect(await first.next()).toEqual(refsOfInvestments('inv_1'));
    expect(await second.next()).toEqual(refsOfInvestments('inv_1'));
  });

  it('receive the patch as it was applied, field by field', async () => {
    const db = openDb();
    await writePatch(db, patchOf(1));
    const posted: unknown[] = [];
    const raw = new BroadcastChannel(channelName(db.name));
    raw.onmessage = (e: MessageEvent) => posted.push(e.data);
    cleanups.push(() => raw.close());
    const other = await listenInOtherTab(db);

    const update = { investments: [{ op: 'update' as const, id: 'inv_1', fields: [{ path: ['title'], old: 'Insats 1', new: 'Ny' }] }] };
    await writePatch(db, update);

    await other.next();
    expect(posted).toEqual([expect.objectContaining({ type: 'patch', patch: update })]);
  });

  it('are not told about patches that failed', async () => {
    const db = openDb();
    const other = await listenInOtherTab(db);
    const broken = patchOf(2);
    delete (broken.investments![0]! as { record: { id?: string } }).record.id;

    await expect(writePatch(db, broken)).rejects.toMatchObject({ code: 'unknown' });
    await writePatch(db, patchOf(3));

    // Messages arrive in order, so once the later patch is here the failed one was never sent.
    expect(await other.next()).toEqual(refsOfInvestments('inv_3'));
    expect(other.received).toEqual([refsOfInvestments('inv_3')]);
  });

  it('hear each other, but a tab does not hear its own patches', async () => {
    const db = openDb();
    const own: RecordRefs[] = [];
    const ownHeard = new Promise<void>((resolve) => {
      track(subscribeToOtherTabs(db, (refs) => {
        own.push(refs);
        resolve();
      }));
    });

    await writePatch(db, patchOf(6));
    (await otherTab()).broadcastPatch(db.name, patchOf(7));
    await ownHeard;

    // Had this tab heard its own patch 6, it would have arrived before the other tab's patch 7.
    expect(own).toEqual([refsOfInvestments('inv_7')]);
  });

  it('ignore messages that are not well-formed patches (an id that is not an id)', async () => {
    const db = openDb();
    const other = await listenInOtherTab(db);
    postRaw(db, { type: 'patch', origin: 'tab_x', patch: { investments: [{ op: 'create', id: '__proto__', record: { id: '__proto__' } }] } });
    postRaw(db, { type: 'patch', origin: 'tab_x', patch: 'nonsense' });
    await writePatch(db, patchOf(8));
    expect(await other.next()).toEqual(refsOfInvestments('inv_8'));
    expect(other.received).toHaveLength(1);
  });

  it('stop receiving after unsubscribing', async () => {
    const db = openDb();
    const kept = await listenInOtherTab(db);
    const { subscribeToOtherTabs: subscribe } = await otherTab();
    const dropped: RecordRefs[] = [];
    subscribe(db, (refs) => dropped.push(refs))();

    await writePatch(db, patchOf(4));

    expect(await kept.next()).toEqual(refsOfInvestments('inv_4'));
    expect(dropped).toEqual([]);
  });

  it('are told every record a replaced document touched: the old ones gone and the new ones', async () => {
    const db = openDb();
    const before: PlatsenDocument = { ...emptyDocument(), investments: { inv_1: investment(1), inv_2: investment(2) } };
    await replaceDocument(db, before);
    const other = await listenInOtherTab(db);
    const after: PlatsenDocument = { ...emptyDocument(), investments: { inv_2: investment(2, { title: 'Ändrad' }), inv_3: investment(3) } };

    await replaceDocument(db, after);

    expect((await other.next()).investments?.sort()).toEqual(['inv_1', 'inv_2', 'inv_3']);
  });
});

describe('other tabs, after a big patch', () => {
  it('are sent its ids, not its records', async () => {
    const db = openDb();
    const posted: unknown[] = [];
    const raw = new BroadcastChannel(channelName(db.name));
    raw.onmessage = (e: MessageEvent) => posted.push(e.data);
    cleanups.push(() => raw.close());
    const other = await listenInOtherTab(db);
    const big = createPatch('investments', investments(INLINE_PATCH_LIMIT + 1));

    await writePatch(db, big);

    expect(await other.next()).toEqual(refsOf(big));
    expect(JSON.stringify(posted)).not.toContain('Insats');
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
    await expect(writePatch(db, patchOf(5))).rejects.toMatchObject({ code: 'newer' });
  });
});
