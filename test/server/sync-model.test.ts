// Model-based test of the promise "no edit is silently lost" across people: three to five clients
// (the app's own store, IndexedDB copy, outbox and sync engine, each over its own fake IndexedDB)
// of one shared workspace on the real server make random edits of the same fields, undo and redo
// them, record gate decisions they may or may not make, and go offline and back. At the end, once
// everyone is online and has synced:
// - every client's document (stored and shown) equals the server's;
// - nothing is left in any outbox;
// - every edit a client queued was answered: applied, or kept in that client's list as a conflict
//   or a refusal (and only those are listed);
// - the server's document is the seed with every applied edit replayed in the server's order, so
//   nothing applied was dropped or half-applied, and nothing else changed it.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordGateReview, type GateReviewFields } from '../../src/domain/commands/record-gate-review';
import { updateInvestments } from '../../src/domain/commands/update-investments';
import type { Role } from '../../src/domain/governance';
import { emptyDocument, type Investment, type PlatsenDocument } from '../../src/domain/model';
import { applyPatch, type Patch } from '../../src/domain/patch';
import { serializeBackup } from '../../src/domain/io/backup';
import { emailOf, startTestServer, type ApiClient, type TestServer } from './harness';
import { openSyncClient, type SyncClient } from './sync-clients';
import { fixtureDoc, passReview } from './workspace-fixture';

const RECORDS = ['inv_park', 'inv_youth'] as const;
const FIELDS = ['title', 'description', 'budget.investment', 'budget.operatingPerYear'] as const;
const ROLES: Array<[Role, string]> = [['editor', 'dep_park'], ['programme', 'dep_fri'], ['editor', 'dep_fri'], ['admin', 'dep_park'], ['programme', 'dep_park']];
type Rec = (typeof RECORDS)[number];
type Field = (typeof FIELDS)[number];

type Action =
  | { kind: 'edit'; client: number; rec: Rec; fields: Field[] }
  | { kind: 'undo' | 'redo'; client: number; resolution: 'skip' | 'overwrite' }
  | { kind: 'review'; client: number; rec: Rec }
  | { kind: 'offline' | 'online' | 'sync'; client: number };

const client = (n: number) => fc.integer({ min: 0, max: n - 1 });
const action = (n: number): fc.Arbitrary<Action> => fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), client: client(n), rec: fc.constantFrom(...RECORDS), fields: fc.uniqueArray(fc.constantFrom(...FIELDS), { minLength: 1, maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), client: client(n), resolution: fc.constantFrom('skip' as const, 'overwrite' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('review' as const), client: client(n), rec: fc.constantFrom(...RECORDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const), client: client(n) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), client: client(n) }) },
);
const scenario = fc.integer({ min: 3, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.array(action(n), { minLength: 8, maxLength: 30 })));

const withoutStamps = (doc: PlatsenDocument) => JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'updatedAt' ? undefined : v))) as unknown;

function reviewFields(investmentId: string, gateId: string): GateReviewFields {
  const { id: _i, createdAt: _c, updatedAt: _u, gateCode: _g, ...fields } = passReview('x', investmentId);
  return { ...fields, gateId };
}

describe('clients of one shared workspace never lose an edit silently (model-based, real server)', () => {
  let server: TestServer;
  let admin: ApiClient;
  const people: ApiClient[] = [];
  let db: pg.Client;
  let runs = 0;
  /** How often the server answered each way, over all runs. */
  const seen = new Map<string, number>();

  beforeAll(async () => {
    server = await startTestServer('postgresql');
    admin = await server.user('Admin');
    for (let i = 0; i < ROLES.length; i++) people.push(await server.user(`Person${i}`));
    db = new pg.Client({ connectionString: server.databaseUrl! });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await server?.close();
  });

  async function newWorkspace(n: number): Promise<string> {
    const created = await admin.post<{ id: string }>('/api/workspaces', { backup: serializeBackup(fixtureDoc(), '2026-03-01T10:00:00.000Z') });
    const id = created.body.id;
    for (let i = 0; i < n; i++) {
      const [role, departmentId] = ROLES[i]!;
      await admin.put(`/api/workspaces/${id}/members`, { email: emailOf(`Person${i}`), role, departmentId });
    }
    return id;
  }

  async function serverDocument(workspaceId: string): Promise<PlatsenDocument> {
    const answer = await admin.get<{ patch: Patch }>(`/api/workspaces/${workspaceId}/pull?since=0`);
    return applyPatch(emptyDocument(), answer.body.patch);
  }

  async function run(n: number, actions: Action[]): Promise<void> {
    const workspaceId = await newWorkspace(n);
    const clients: SyncClient[] = [];
    for (let i = 0; i < n; i++) clients.push(await openSyncClient(server, workspaceId, people[i]!, `c${i}-${++runs}`));
    const gateId = Object.values(clients[0]!.store.getState().doc.workspace)[0]!.settings.gates[0]!.id;
    let value = 0;
    try {
      for (const a of actions) {
        const c = clients[a.client]!;
        if (a.kind === 'edit') {
          const inv = c.store.getState().doc.investments[a.rec]!;
          const changes: Partial<Investment> = {};
          for (const f of a.fields) {
            const [top, sub] = f.split('.') as [keyof Investment, string | undefined];
            // Values from a small pool, so people often set what is already there.
            if (sub) changes.budget = { ...(changes.budget ?? inv.budget), [sub]: (++value % 3) * 1000 };
            else (changes as Record<string, unknown>)[top] = `${top} ${++value % 3}`;
          }
          expect(await c.store.dispatch(updateInvestments, { ids: [a.rec], changes })).toEqual({ ok: true });
        } else if (a.kind === 'review') {
          expect(await c.store.dispatch(recordGateReview, reviewFields(a.rec, gateId))).toEqual({ ok: true });
        } else if (a.kind === 'undo' || a.kind === 'redo') {
          await c.store[a.kind]();
          if (c.store.getState().pendingStep) await c.store.resolveStep(a.resolution);
        } else if (a.kind === 'offline' || a.kind === 'online') {
          c.offline = a.kind === 'offline';
        } else {
          await c.sync();
        }
      }
      for (const c of clients) c.offline = false;
      // Until a whole pass pushes nothing, then once more so everyone has pulled the last push.
      for (let pass = 0; pass < 10; pass++) {
        const waiting = (await Promise.all(clients.map((c) => c.db.outbox.count()))).some((k) => k > 0);
        for (const c of clients) await c.sync();
        if (!waiting) break;
      }
      await expectConverged(workspaceId, clients);
    } finally {
      for (const c of clients) c.close();
    }
  }

  async function expectConverged(workspaceId: string, clients: SyncClient[]): Promise<void> {
    const onServer = await serverDocument(workspaceId);
    for (const c of clients) {
      expect(c.engine.current.state, c.name).toBe('idle');
      expect(await c.db.outbox.count(), `${c.name}: outbox`).toBe(0);
      expect(await c.document(), `${c.name}: stored`).toEqual(onServer);
      expect(c.store.getState().doc, `${c.name}: shown`).toEqual(onServer);
      const { rows } = await db.query<{ mutation_id: string; status: string }>(
        'SELECT mutation_id, status FROM mutations WHERE workspace_id = $1 AND client_id = $2', [workspaceId, `client-${c.name}`]);
      const answered = new Map(rows.map((r) => [r.mutation_id, r.status]));
      const listed = new Map((await c.db.syncLog.toArray()).map((e) => [e.mutationId, e.status]));
      for (const st of answered.values()) seen.set(st, (seen.get(st) ?? 0) + 1);
      for (const id of c.mutationIds) {
        const status = answered.get(id);
        expect(status, `${c.name}: mutation ${id} answered`).toBeDefined();
        expect(listed.get(id), `${c.name}: mutation ${id} listed as it was answered`).toBe(status === 'applied' ? undefined : status);
      }
      expect([...listed.keys()].every((id) => c.mutationIds.has(id))).toBe(true);
    }
    // Replaying every applied edit, in the server's order, on the seed gives the server's document.
    const { rows } = await db.query<{ changes: Patch }>('SELECT changes FROM changes WHERE workspace_id = $1 AND seq > 1 ORDER BY seq', [workspaceId]);
    const replayed = rows.reduce((doc, r) => applyPatch(doc, r.changes), fixtureDoc());
    expect(withoutStamps(onServer)).toEqual(withoutStamps(replayed));
  }

  it('ends with every client equal to the server, empty outboxes, and every edit applied or listed', async () => {
    await fc.assert(fc.asyncProperty(scenario, ([n, actions]) => run(n, actions)), { numRuns: 60 });
    // The runs really met every answer (not only edits that went through).
    expect(Object.fromEntries(seen)).toMatchObject({ applied: expect.any(Number), conflict: expect.any(Number), refused: expect.any(Number) });
  }, 240_000);
});

