// Push and pull against the real server on both engines: ordering, per-record versions,
// field-level merge, conflicts that keep both sides' values, idempotent repeats, the audit trail
// and the live event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Investment } from '../../src/domain/model';
import type { MutationResult } from '../../src/domain/sync/protocol';
import { ENGINES, type TestServer } from './harness';
import { create, openWorkspace, update, type SharedWorkspace, putsOf } from './workspace-fixture';

const budget = (investment: number) => ({ investment, operatingPerYear: 0, externalFunding: 0 });

describe.each(ENGINES)('sync on %s', (engine) => {
  let server: TestServer;
  let ws: SharedWorkspace;
  beforeAll(async () => ({ server, ws } = await openWorkspace(engine)));
  afterAll(() => server?.close());

  const investment = async (id: string) => {
    const pulled = await ws.pull(ws.admin);
    return { record: putsOf(pulled.patch, 'investments').find((r) => r.id === id) as Investment, version: pulled.versions.investments![id]! };
  };

  it('applies a field-level change and bumps the record version and the cursor', async () => {
    const before = await investment('inv_park');
    const answer = await ws.push(ws.admin, [update('investments', 'inv_park', before.version, { title: 'Parken vid torget' })]);
    expect(answer.results[0]).toMatchObject({ status: 'applied', versions: [{ table: 'investments', id: 'inv_park', version: answer.cursor }] });
    const after = await investment('inv_park');
    expect(after.record.title).toBe('Parken vid torget');
    expect(after.record.budget).toEqual(before.record.budget);
    expect(after.version).toBe(answer.cursor);
    const since = await ws.pull(ws.admin, answer.cursor - 1);
    expect(since.patch).toEqual({ investments: [{ op: 'create', id: 'inv_park', record: after.record }] });
  });

  it('merges two edits of different fields made on the same version; the same field changed twice is a conflict listing both values', async () => {
    const base = (await investment('inv_youth')).version;
    const editor = await ws.member('Eva', 'editor');
    const a = await ws.push(ws.admin, [update('investments', 'inv_youth', base, { budget: budget(100) })]);
    const b = await ws.push(editor, [update('investments', 'inv_youth', base, { title: 'Ungdomens hus' })], 'client-b');
    expect([a.results[0]!.status, b.results[0]!.status]).toEqual(['applied', 'applied']);
    const merged = await investment('inv_youth');
    expect(merged.record).toMatchObject({ title: 'Ungdomens hus', budget: budget(100) });

    const clash = await ws.push(editor, [update('investments', 'inv_youth', base, { budget: budget(250), description: 'mer' })], 'client-b');
    const result = clash.results[0] as Extract<MutationResult, { status: 'conflict' }>;
    expect(result.status).toBe('conflict');
    expect(result.conflicts).toEqual([{ table: 'investments', id: 'inv_youth', fields: [['budget']], server: merged.record, version: merged.version }]);
    // Nothing of the conflicting edit was applied, not even its other field.
    expect((await investment('inv_youth')).record).toEqual(merged.record);
    // Resolved by the client ("keep mine") as a new edit on the version it now knows.
    const resolved = await ws.push(editor, [update('investments', 'inv_youth', merged.version, { budget: budget(250), description: 'mer' })], 'client-b');
    expect(resolved.results[0]!.status).toBe('applied');
    expect((await investment('inv_youth')).record).toMatchObject({ budget: budget(250), description: 'mer', title: 'Ungdomens hus' });
  });

  it('answers a repeated mutation from its first answer instead of applying it again', async () => {
    const { version } = await investment('inv_park');
    const m = update('investments', 'inv_park', version, { partners: ['MKB'] });
    const first = await ws.push(ws.admin, [m], 'client-r');
    const again = await ws.push(ws.admin, [m], 'client-r');
    expect(again.results).toEqual(first.results);
    expect(again.cursor).toBe(first.cursor);
  });

  it('applies a client\'s mutations in order, each all or nothing, and keeps who, when, label and inverse', async () => {
    const newInv = { ...(await investment('inv_park')).record, id: 'inv_new', title: 'Ny belysning' };
    const answer = await ws.push(ws.admin, [
      { ...create('investments', newInv), id: 'order-1', label: 'command.addInvestment' },
      { ...update('investments', 'inv_new', 0, { title: 'Belysning i parken' }), id: 'order-2', label: 'command.updateInvestments' },
      { id: 'order-3', label: 'command.updateInvestments', base: { investments: { inv_new: 0, inv_missing: 0 } }, changes: { investments: [
        { op: 'update', id: 'inv_new', fields: [{ path: ['title'], old: 'Belysning i parken', new: 'Borta' }] },
        { op: 'update', id: 'inv_missing', fields: [{ path: ['title'], old: 'x', new: 'Finns inte' }] },
      ] } },
    ], 'client-o');
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'refused']);
    expect((await investment('inv_new')).record.title).toBe('Belysning i parken');
    const history = await ws.admin.get<{ changes: Array<{ label: string; authorName: string; inverse: unknown[] }> }>(ws.path('/history/investments/inv_new'));
    expect(history.body.changes.map((c) => [c.label, c.authorName])).toEqual([['command.addInvestment', 'Admin'], ['command.updateInvestments', 'Admin']]);
    expect(history.body.changes[1]!.inverse).toEqual({ investments: [{ op: 'update', id: 'inv_new', fields: [{ path: ['title'], old: 'Belysning i parken', new: 'Ny belysning' }] }] });
    const refused = await ws.admin.get<{ mutations: Array<{ mutationId: string; status: string }> }>(ws.path('/refused'));
    expect(refused.body.mutations.map((m) => [m.mutationId, m.status])).toContainEqual(['order-3', 'refused']);
  });

  it('tells open event streams to pull after an accepted push', async () => {
    const reader = await ws.member('Rut', 'reader');
    const controller = new AbortController();
    const res = await fetch(new URL(ws.path('/events'), server.url), { headers: reader.authHeaders(), signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader2 = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += decoder.decode((await reader2.read()).value);
    };
    await until(/event: changed\ndata: \{"cursor":\d+\}/);
    const { version } = await investment('inv_park');
    const pushed = await ws.push(ws.admin, [update('investments', 'inv_park', version, { category: 'Lekplats' })]);
    await until(new RegExp(`"cursor":${pushed.cursor}\\}`));
    controller.abort();
  });
});
