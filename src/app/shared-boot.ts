// Opening a shared workspace (the page's `?ws=<id>`): who is signed in and with which role there,
// its own database in this browser (the local workspace stays as it is), a first pull when the
// copy is empty, and the sync that keeps it in step. Offline, the copy opens as it was last seen,
// with the role remembered from the last time the server said it.
import type { Actor } from '../domain/governance';
import { newId } from '../domain/ids';
import { workspaceOf, type PlatsenDocument } from '../domain/model';
import type { PlatsenDb } from '../persistence/db';
import { loadDocument } from '../persistence/repository';
import { ApiError, OfflineError, ServerApi, type User } from '../sync/api';
import { applyPull } from '../sync/replica';

/** Why a shared workspace cannot open: the message key the page shows (sign-in shows a form instead). */
export class SharedBootError extends Error {
  constructor(readonly key: 'shared.boot.signIn' | 'shared.boot.noAccess' | 'shared.boot.offlineFirst') {
    super(key);
  }
}

export interface SharedContext {
  api: ServerApi;
  workspaceId: string;
  db: PlatsenDb;
  /** null when the server could not be asked (offline start). */
  user: User | null;
  access: Actor;
  clientId: string;
}

export function sharedWorkspaceId(search: string): string | null {
  return new URLSearchParams(search).get('ws');
}

const accessKey = (id: string) => `platsen.access.${id}`;

/** The person and their role in the workspace: from the server, or remembered when it cannot be reached. */
export async function whoAmI(api: ServerApi, workspaceId: string): Promise<{ user: User | null; access: Actor }> {
  try {
    const user = await api.me();
    if (!user) throw new SharedBootError('shared.boot.signIn');
    const summary = (await api.workspaces()).find((w) => w.id === workspaceId);
    if (!summary) throw new SharedBootError('shared.boot.noAccess');
    const access: Actor = { role: summary.role, departmentId: summary.departmentId };
    localStorage.setItem(accessKey(workspaceId), JSON.stringify(access));
    return { user, access };
  } catch (e) {
    const remembered = localStorage.getItem(accessKey(workspaceId));
    if (e instanceof OfflineError && remembered) return { user: null, access: JSON.parse(remembered) as Actor };
    if (e instanceof OfflineError) throw new SharedBootError('shared.boot.offlineFirst');
    if (e instanceof ApiError && e.status === 401) throw new SharedBootError('shared.boot.signIn');
    throw e;
  }
}

/** This browser's id towards the server for this workspace (kept with the copy): its edits never conflict with each other. */
export async function clientIdOf(db: PlatsenDb): Promise<string> {
  const kept = (await db.meta.get('sync.clientId'))?.value;
  if (typeof kept === 'string') return kept;
  const id = newId('client');
  await db.meta.put({ key: 'sync.clientId', value: id });
  return id;
}

/** The copy as stored, pulled whole first when this browser has none yet. */
export async function loadSharedDocument(db: PlatsenDb, api: ServerApi, workspaceId: string): Promise<PlatsenDocument> {
  const doc = await loadDocument(db);
  if (workspaceOf(doc)) return doc;
  try {
    await applyPull(db, await api.workspace(workspaceId).pull(0), true);
  } catch (e) {
    if (e instanceof OfflineError) throw new SharedBootError('shared.boot.offlineFirst');
    throw e;
  }
  return loadDocument(db);
}
