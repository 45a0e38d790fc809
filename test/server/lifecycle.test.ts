// The server as an operator and a workspace's admin meet it: health, the built app on the same
// origin, moving a workspace in and out as a backup, publishing the public snapshot with the
// CLI's code, members, and a shutdown that lets a push in flight finish.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/io/backup';
import { publishSnapshot } from '../../src/domain/publish/snapshot';
import type { Mutation, PushResponse } from '../../src/domain/sync/protocol';
import { ENGINES, emailOf, startTestServer, type TestServer } from './harness';
import { fixtureDoc, openWorkspace, sharedWorkspace, type SharedWorkspace } from './workspace-fixture';

describe.each(ENGINES)('the server on %s', (engine) => {
  let server: TestServer;
  let ws: SharedWorkspace;
  beforeAll(async () => ({ server, ws } = await openWorkspace(engine)));
  afterAll(() => server?.close());

  it('reports health and serves the built app on the same origin', async () => {
    const health = await server.client().get('/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', engine, postgis: engine === 'postgresql', sso: null } });
    const page = await fetch(new URL('/index.html', server.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8'));
  });

  it('moves a workspace in from a backup and out as the same backup', async () => {
    const exported = await ws.admin.get<string>(ws.path('/backup'));
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.platsen\.json"/);
    expect(parseBackup(typeof exported.body === 'string' ? exported.body : JSON.stringify(exported.body))).toEqual(fixtureDoc());
    const refused = await ws.admin.post('/api/workspaces', { backup: '{"format":"platsen-workspace","schemaVersion":99,"document":{}}' });
    expect(refused).toMatchObject({ status: 400, body: { error: 'backup.error.newerVersion' } });
    const mine = await ws.admin.get<{ workspaces: Array<{ id: string }> }>('/api/workspaces');
    expect(mine.body.workspaces.map((w) => w.id)).toEqual([ws.id]);
  });

  it('publishes the public snapshot with the same code as the command line, for anyone to read', async () => {
    const published = await ws.admin.post<{ url: string }>(ws.path('/publish'), {});
    expect(published.status).toBe(200);
    const snapshot = await server.client().get<{ publishedAt: string }>(published.body.url);
    expect(snapshot.status).toBe(200);
    expect(snapshot.body).toEqual(publishSnapshot(fixtureDoc(), { now: snapshot.body.publishedAt }).snapshot);
  });

  it('lets an admin add and change members but never remove the last admin', async () => {
    await ws.member('Mona', 'editor', 'dep_park');
    const members = await ws.admin.get<{ members: Array<{ email: string; role: string; departmentId: string | null }> }>(ws.path('/members'));
    expect(members.body.members).toContainEqual(expect.objectContaining({ email: emailOf('Mona'), role: 'editor', departmentId: 'dep_park' }));
    const demote = await ws.admin.put(ws.path('/members'), { email: emailOf('Admin'), role: 'editor' });
    expect(demote).toMatchObject({ status: 409, body: { error: 'server.error.lastAdmin' } });
    expect((await ws.admin.put(ws.path('/members'), { email: 'nobody@example.org', role: 'editor' })).status).toBe(404);
  });

  it('finishes a push in flight when it stops, then closes', async () => {
    const own = await startTestServer(engine);
    const shared = await sharedWorkspace(own, 'Stina');
    const template = fixtureDoc().investments.inv_park!;
    const changes: Mutation['changes'] = { investments: Array.from({ length: 1000 }, (_, i) => ({
      op: 'create', id: `inv_bulk_${i}`, record: { ...template, id: `inv_bulk_${i}` },
    })) };
    const pushing = shared.admin.post<PushResponse>(shared.path('/push'), { protocol: 1, clientId: 'bulk', mutations: [{ id: 'bulk', label: 'command.importFeatures', changes, base: {} }] });
    while (own.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = own.close();
    const answer = await pushing;
    expect(answer.status).toBe(200);
    expect(answer.body.results[0]).toMatchObject({ status: 'applied' });
    await closing;
    await expect(fetch(new URL('/api/health', own.url))).rejects.toThrow();
    if (own.databaseUrl) {
      const db = new pg.Client({ connectionString: own.databaseUrl });
      await db.connect();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM records WHERE tbl = 'investments' AND id LIKE 'inv_bulk_%'`);
      await db.end();
      expect(rows[0].n).toBe(1000);
    }
  });
});
