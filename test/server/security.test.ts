// Requests the server must refuse, each leaving the workspaces exactly as they were: no session,
// another workspace's id, a role too low, forged patches, oversized bodies, another site's
// request, and a burst of sign-in attempts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/domain/model';
import type { Mutation } from '../../src/domain/sync/protocol';
import { ENGINES, PASSWORD, emailOf, startTestServer, type ApiClient, type TestServer } from './harness';
import { create, passReview, remove, sharedWorkspace, update, type SharedWorkspace, putsOf } from './workspace-fixture';

describe.each(ENGINES)('security on %s', (engine) => {
  let server: TestServer;
  let ws: SharedWorkspace;
  let other: SharedWorkspace;
  beforeAll(async () => {
    server = await startTestServer(engine, { signInPerMinute: 5 });
    ws = await sharedWorkspace(server, 'Alva');
    other = await sharedWorkspace(server, 'Bo');
  });
  afterAll(() => server?.close());

  /** Both workspaces as the server holds them, to show a refused request changed nothing. */
  const state = async () => [await ws.pull(ws.admin), await other.pull(other.admin)];
  const edit = (base = 1): Mutation => update('investments', 'inv_park', base, { title: 'Kapad' });
  const push = (client: ApiClient, path: string, body: unknown, headers?: Record<string, string>) => client.post(path, body, headers);

  it('refuses every workspace call without a session', async () => {
    const before = await state();
    const anonymous = server.client();
    expect((await anonymous.get(ws.path('/pull?since=0'))).status).toBe(401);
    expect((await push(anonymous, ws.path('/push'), { protocol: 1, clientId: 'x', mutations: [edit()] })).status).toBe(401);
    expect((await anonymous.get(ws.path('/backup'))).status).toBe(401);
    expect((await anonymous.get(ws.path('/history/investments/inv_park'))).status).toBe(401);
    expect((await anonymous.post('/api/workspaces', { name: 'Ny' })).status).toBe(401);
    expect(await state()).toEqual(before);
  });

  it('answers another workspace\'s id as if it did not exist, and changes nothing there', async () => {
    const before = await state();
    for (const path of ['/pull?since=0', '/backup', '/members', '/events', '/history/investments/inv_park']) {
      const r = await ws.admin.get(other.path(path));
      expect(r.status, path).toBe(404);
      expect(r.body).toEqual({ error: 'server.error.noWorkspace', params: {} });
    }
    expect((await push(ws.admin, other.path('/push'), { protocol: 1, clientId: 'x', mutations: [edit()] })).status).toBe(404);
    expect((await ws.admin.put(other.path('/members'), { email: emailOf('Alva'), role: 'admin' })).status).toBe(404);
    expect((await ws.admin.get('/api/workspaces/sw_does-not-exist/pull?since=0')).status).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('refuses what a role may not do: a reader edits, an editor changes the gate model or a programme\'s governance, a non-admin manages members or publishes', async () => {
    const reader = await ws.member('Rasmus', 'reader');
    const editor = await ws.member('Eja', 'editor');
    const before = await state();
    const readerPush = await ws.push(reader, [edit()]);
    expect(readerPush.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.role', params: { role: 'reader' } });
    // Made on an old version, it is still refused as a reader's, not answered as a conflict.
    const stale = await ws.push(reader, [update('investments', 'inv_park', 0, { title: 'Läsarens titel' })]);
    expect(stale.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.role' });
    const { settings } = putsOf(before[0]!.patch, 'workspace')[0] as Workspace;
    const model = await ws.push(editor, [update('workspace', 'ws', 1, { settings: { ...settings, gates: settings.gates.slice(1) } })]);
    expect(model.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.role' });
    const governance = await ws.push(editor, [update('programmes', putsOf(before[0]!.patch, 'programmes')[0]!.id, 1, { governanceMode: 'partial' })]);
    expect(governance.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.role' });
    expect((await editor.put(ws.path('/members'), { email: emailOf('Eja'), role: 'admin' })).status).toBe(403);
    expect((await editor.post(ws.path('/publish'), {})).status).toBe(403);
    expect((await reader.request('DELETE', ws.path(`/members/x`))).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('refuses forged patches: a record under another id, an edit or deletion of a review, an unknown record, a field named id or __proto__', async () => {
    const before = await state();
    const inv = putsOf(before[0]!.patch, 'investments')[0]!;
    const base = { investments: { inv_park: 1 } };
    const forged = [
      { investments: [{ op: 'create', id: 'inv_mine', record: { ...inv, id: 'inv_park' } }] },
      { investments: [{ op: 'update', id: 'inv_park', fields: [{ path: ['id'], old: 'inv_park', new: 'inv_other' }] }] },
      { investments: [{ op: 'update', id: 'inv_park', fields: [JSON.parse('{"path": ["__proto__"], "old": null, "new": {"polluted": true}}')] }] },
      { investments: [{ op: 'update', id: 'inv_park', fields: [{ path: ['budget', 'constructor'], old: null, new: 1 }] }] },
      { nonsense: [{ op: 'update', id: 'inv_park', fields: [{ path: ['title'], old: null, new: 'x' }] }] },
      { investments: [{ op: 'update', id: 'inv_park', fields: [{ path: ['title'], old: null, new: 'x' }] }, { op: 'delete', id: 'inv_park', record: inv }] },
    ];
    for (const changes of forged) {
      const r = await push(ws.admin, ws.path('/push'), JSON.stringify({ protocol: 1, clientId: 'x', mutations: [{ id: 'f', label: 'x', changes, base }] }));
      expect(r.status, JSON.stringify(changes)).toBe(400);
      expect(r.body).toMatchObject({ error: 'sync.error.malformed' });
    }
    // Records of the other workspace are not reachable by their ids from this one.
    const elsewhere = await ws.push(ws.admin, [update('reviews', 'rev_of_other', 1, { decision: 'pass' })]);
    expect(elsewhere.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.unknownRecord' });
    const programmeGroup = await ws.member('Pia', 'programme');
    const review = await ws.push(programmeGroup, [create('reviews', passReview('rev_1', 'inv_park'))]);
    expect(review.results[0]!.status).toBe('applied');
    const mid = await state();
    const edited = await ws.push(ws.admin, [update('reviews', 'rev_1', review.cursor, { decision: 'stop' })]);
    expect(edited.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.appendOnly' });
    const deleted = await ws.push(ws.admin, [remove('reviews', 'rev_1', review.cursor)]);
    expect(deleted.results[0]).toMatchObject({ status: 'refused', reason: 'sync.refused.appendOnly' });
    expect(await state()).toEqual(mid);
  });

  it('refuses an oversized body or too many mutations whole', async () => {
    const before = await state();
    const huge = 'x'.repeat(17 * 1024 * 1024);
    const big = await push(ws.admin, ws.path('/push'), { protocol: 1, clientId: 'x', mutations: [update('investments', 'inv_park', 1, { description: huge })] });
    expect(big.status).toBe(413);
    const many = Array.from({ length: 201 }, () => edit());
    expect((await push(ws.admin, ws.path('/push'), { protocol: 1, clientId: 'x', mutations: many })).body).toMatchObject({ error: 'sync.error.tooMany' });
    expect(await state()).toEqual(before);
  });

  it('refuses a request from another site and a body that is not JSON (no cross-site form can post here)', async () => {
    const before = await state();
    const body = { protocol: 1, clientId: 'x', mutations: [edit()] };
    expect((await push(ws.admin, ws.path('/push'), body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await push(ws.admin, ws.path('/push'), JSON.stringify(body), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await ws.admin.request('DELETE', ws.path('/members/x'), undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('sets the session as an HttpOnly, SameSite cookie and limits sign-in attempts per client', async () => {
    // Each engine's server is reached from its own address (through the trusted proxy header), so
    // the two count apart.
    const from = { 'x-forwarded-for': engine === 'postgresql' ? '203.0.113.1' : '203.0.113.2' };
    const signIn = (password: string) => server.client().post('/api/auth/sign-in/email', { email: emailOf('Alva'), password }, from);
    const ok = await signIn(PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(ok.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn('wrong password!')).status);
    expect(statuses).toContain(429);
    // Once limited, even the right password waits: guessing cannot go on at full speed.
    expect((await signIn(PASSWORD)).status).toBe(429);
  });
});
