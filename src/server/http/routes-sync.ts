// The sync API of one workspace: push, pull, the live event stream, a record's audit trail and
// the author's own refused or conflicting mutations.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { isValidId } from '../../domain/ids';
import { isTableName, parsePushRequest, type ChangedEvent } from '../../domain/sync/protocol';
import { applyPush } from '../sync/push';
import { pull } from '../sync/pull';
import { apiError, requireRole } from './access';
import type { ApiEnv, ServerDeps } from './context';

/** How often an idle event stream says it is alive (proxies close silent connections). */
const HEARTBEAT_MS = 25_000;

export function syncRoutes(deps: ServerDeps) {
  const api = new Hono<ApiEnv>();

  api.post('/push', requireRole(deps, 'reader'), async (c) => {
    const push = parsePushRequest(await c.req.json());
    const m = c.get('membership');
    const response = await applyPush(deps.db.pool, { workspaceId: m.workspaceId, userId: c.get('user').id, actor: m }, push);
    if (response.results.some((r) => r.status === 'applied' && r.versions.length > 0)) deps.events.changed(m.workspaceId, response.cursor);
    return c.json(response);
  });

  api.get('/pull', requireRole(deps, 'reader'), async (c) => {
    const since = Number(c.req.query('since') ?? '0');
    if (!Number.isSafeInteger(since) || since < 0) throw apiError(400, 'sync.error.malformed', { where: 'since' });
    return c.json(await pull(deps.db.pool, c.get('membership').workspaceId, since));
  });

  api.get('/events', requireRole(deps, 'reader'), (c) => streamSSE(c, async (stream) => {
    const workspaceId = c.get('membership').workspaceId;
    const send = (cursor: number) => {
      const event: ChangedEvent = { cursor };
      void stream.writeSSE({ event: 'changed', data: JSON.stringify(event) });
    };
    // Listening first, then saying where the workspace stands: a push in between is told twice
    // rather than never.
    let unsubscribe = () => {};
    const closed = new Promise<void>((resolve) => {
      stream.onAbort(resolve);
      unsubscribe = deps.events.subscribe(workspaceId, { changed: send, close: resolve });
    });
    const { rows } = await deps.db.pool.query<{ seq: number }>('SELECT seq FROM workspaces WHERE id = $1', [workspaceId]);
    send(rows[0]?.seq ?? 0);
    const heartbeat = setInterval(() => void stream.writeSSE({ event: 'ping', data: '' }), HEARTBEAT_MS);
    await closed;
    clearInterval(heartbeat);
    unsubscribe();
  }));

  api.get('/history/:table/:id', requireRole(deps, 'reader'), async (c) => {
    const { table, id } = c.req.param();
    if (!isTableName(table) || !isValidId(id)) throw apiError(400, 'sync.error.malformed', { where: 'record' });
    const { rows } = await deps.db.pool.query(
      `SELECT c.seq, c.at, c.label, c.changes, c.inverse, c.author, u.name AS "authorName", u.email AS "authorEmail"
       FROM changes c LEFT JOIN "user" u ON u.id = c.author
       WHERE c.workspace_id = $1 AND c.records @> ARRAY[$2]::text[] ORDER BY c.seq`,
      [c.get('membership').workspaceId, `${table}/${id}`],
    );
    return c.json({ changes: rows });
  });

  api.get('/refused', requireRole(deps, 'reader'), async (c) => {
    const { rows } = await deps.db.pool.query(
      `SELECT client_id AS "clientId", mutation_id AS "mutationId", at, label, status, result FROM mutations
       WHERE workspace_id = $1 AND author = $2 AND status <> 'applied' ORDER BY at DESC LIMIT 500`,
      [c.get('membership').workspaceId, c.get('user').id],
    );
    return c.json({ mutations: rows });
  });

  return api;
}
