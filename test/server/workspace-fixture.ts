// A shared workspace to test against: moved in from a backup of a small hand-built document (two
// areas, one under full and one under partial programme governance, two departments, two
// investments), with members in every role.
import { serializeBackup } from '../../src/domain/io/backup';
import type { Role } from '../../src/domain/governance';
import { newProgramme } from '../../src/domain/areas';
import { ASPECTS, BENEFIT_DIMENSIONS, type AnyRecord, type GateReview, type Programme, type Rating, type TableName } from '../../src/domain/model';
import type { Patch } from '../../src/domain/patch';
import type { Mutation, PullResponse, PushResponse, RecordChange } from '../../src/domain/sync/protocol';
import { rect, testArea, testContext, testDepartment, testDoc, testInvestment, testReview } from '../../src/domain/test-kit';
import { emailOf, startTestServer, type ApiClient, type EngineName, type TestServer } from './harness';

export function fixtureDoc() {
  const doc = testDoc({
    areas: [testArea('area_full', 'Lindängen', rect(13, 55.55, 13.02, 55.57)), testArea('area_part', 'Holma', rect(12.95, 55.57, 12.97, 55.59))],
    departments: [testDepartment('dep_park', 'Gatukontoret'), testDepartment('dep_fri', 'Fritid')],
    investments: [
      testInvestment('inv_park', { title: 'Parken', areaId: 'area_full', departmentId: 'dep_park', geometry: { type: 'Point', coordinates: [13.01, 55.56] } }),
      testInvestment('inv_youth', { title: 'Fritidsgården', kind: 'social', areaId: 'area_part', departmentId: 'dep_fri', geometry: { type: 'Point', coordinates: [12.96, 55.58] } }),
    ],
  });
  const ctx = testContext();
  for (const [areaId, mode] of [['area_full', 'full'], ['area_part', 'partial']] as const) {
    const p: Programme = { ...newProgramme(areaId, ctx), governanceMode: mode, programmeGroup: ['dep_park', 'dep_fri'] };
    doc.programmes[p.id] = p;
  }
  return doc;
}

export interface SharedWorkspace {
  id: string;
  admin: ApiClient;
  /** A member with this role (and department), signed in; made once per name. */
  member(name: string, role: Role, departmentId?: string | null): Promise<ApiClient>;
  push(client: ApiClient, mutations: Mutation[], clientId?: string): Promise<PushResponse>;
  pull(client: ApiClient, since?: number): Promise<PullResponse>;
  path(rest: string): string;
}

export async function sharedWorkspace(server: TestServer, adminName = 'Admin', doc = fixtureDoc()): Promise<SharedWorkspace> {
  const admin = await server.user(adminName);
  const created = await admin.post<{ id: string }>('/api/workspaces', { backup: serializeBackup(doc, '2026-03-01T10:00:00.000Z') });
  if (created.status !== 201) throw new Error(`upload failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  const path = (rest: string) => `/api/workspaces/${id}${rest}`;
  const members = new Map<string, ApiClient>();
  return {
    id,
    admin,
    path,
    async member(name, role, departmentId = null) {
      let client = members.get(name);
      if (!client) {
        client = await server.user(name);
        members.set(name, client);
      }
      const r = await admin.put(path('/members'), { email: emailOf(name), role, departmentId });
      if (r.status !== 200) throw new Error(`adding ${name} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return client;
    },
    async push(client, mutations, clientId = 'client-a') {
      const r = await client.post<PushResponse>(path('/push'), { protocol: 1, clientId, mutations });
      if (r.status !== 200) throw new Error(`push answered ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    },
    async pull(client, since = 0) {
      const r = await client.get<PullResponse>(path(`/pull?since=${since}`));
      if (r.status !== 200) throw new Error(`pull answered ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    },
  };
}

/** A server on `engine` with the fixture workspace in it (one per test file and engine). */
export async function openWorkspace(engine: EngineName): Promise<{ server: TestServer; ws: SharedWorkspace }> {
  const server = await startTestServer(engine);
  return { server, ws: await sharedWorkspace(server) };
}

let n = 0;
/** A one-change mutation with a fresh id, made on version `base` of the record. */
export function mutation(table: TableName, change: RecordChange, base = 0, label = 'command.test'): Mutation {
  return { id: `m${++n}`, label, changes: { [table]: [change] }, base: { [table]: { [change.id]: base } } };
}

/** An edit of top-level fields (old values are the client's; the server decides by versions). */
export function update(table: TableName, id: string, base: number, set: Record<string, unknown>): Mutation {
  return mutation(table, { op: 'update', id, fields: Object.entries(set).map(([k, v]) => ({ path: [k], old: null, new: v })) }, base);
}

export function create(table: TableName, record: AnyRecord): Mutation {
  return mutation(table, { op: 'create', id: record.id, record });
}

export function remove(table: TableName, id: string, base: number): Mutation {
  return mutation(table, { op: 'delete', id, record: { id } as AnyRecord }, base);
}

/** A G0 review of `investmentId` as the app records it: every aspect rated `rating`, decided `decision`. */
export function passReview(id: string, investmentId: string, changes: Partial<GateReview> = {}, rating: Rating = 'positive'): GateReview {
  const at = '2026-03-02T10:00:00.000Z';
  return testReview(id, {
    createdAt: at, updatedAt: at, investmentId, date: '2026-03-02', decision: 'pass',
    aspects: Object.fromEntries(ASPECTS.map((a) => [a, { rating, comment: '' }])) as GateReview['aspects'],
    benefitRatings: Object.fromEntries(BENEFIT_DIMENSIONS.map((d) => [d, rating])) as GateReview['benefitRatings'],
    ...changes,
  });
}

/** The records a pulled patch puts (whole), of one table. */
export function putsOf(patch: Patch, table: TableName): AnyRecord[] {
  return (patch[table] ?? []).flatMap((c) => (c.op === 'create' ? [c.record] : []));
}
