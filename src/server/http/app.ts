// The server's HTTP surface: health, sign-in (better-auth), the API of shared workspaces, the
// published snapshots, and the built app itself, all on one origin.
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { isDomainError } from '../../domain/errors';
import { MAX_PUSH_BYTES } from '../../domain/sync/protocol';
import { CLIENT_IP_HEADER } from '../auth';
import { apiError, requireUser, sameOriginOnly } from './access';
import type { ApiEnv, ServerDeps } from './context';
import { memberRoutes } from './routes-members';
import { syncRoutes } from './routes-sync';
import { workspaceRoutes } from './routes-workspaces';

export interface AppState {
  /** Set once shutdown has begun: health says so, so a load balancer stops sending work. */
  stopping: boolean;
  /** API requests being answered now (shutdown waits for them). */
  inFlight: number;
}

export function createApp(deps: ServerDeps, state: AppState, options: { trustProxy: boolean }) {
  const app = new Hono<ApiEnv>();
  app.onError((e, c) => {
    if (e instanceof HTTPException) return e.getResponse();
    if (isDomainError(e)) return c.json({ error: e.code, params: e.params }, 400);
    if (e instanceof SyntaxError) return c.json({ error: 'sync.error.malformed', params: { where: 'json' } }, 400);
    process.stderr.write(`platsen: ${(e as Error).stack ?? e}\n`);
    return c.json({ error: 'server.error.internal', params: {} }, 500);
  });

  app.use('/api/*', async (_c, next) => {
    state.inFlight += 1;
    try {
      await next();
    } finally {
      state.inFlight -= 1;
    }
  });

  /**
   * GET /api/health: 200 {status:'ok'} when the database answers; 503 while stopping or when it
   * does not. It also tells the sign-in page whether single sign-on is offered (`sso`).
   */
  app.get('/api/health', async (c) => {
    if (state.stopping) return c.json({ status: 'stopping' }, 503);
    try {
      await deps.db.pool.query('SELECT 1');
    } catch {
      return c.json({ status: 'database-unavailable', engine: deps.db.engine }, 503);
    }
    return c.json({ status: 'ok', engine: deps.db.engine, postgis: deps.postgis, sso: deps.sso });
  });

  app.on(['GET', 'POST'], '/api/auth/*', (c) => {
    // Rate limits count per client address: the connection's, or a trusted proxy's report of it,
    // never a header the client chose.
    const headers = new Headers(c.req.raw.headers);
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    headers.set(CLIENT_IP_HEADER, forwarded || getConnInfo(c).remote.address || 'unknown');
    return deps.auth.handler(new Request(c.req.raw, { headers }));
  });

  app.use('/api/*', sameOriginOnly(deps.origin));
  app.use('/api/*', requireUser(deps));
  app.get('/api/me', (c) => c.json({ user: c.get('user') }));
  app.use('/api/workspaces/:ws/push', bodyLimit({ maxSize: MAX_PUSH_BYTES, onError: () => { throw apiError(413, 'server.error.tooLarge'); } }));
  app.route('/api/workspaces', workspaceRoutes(deps));
  app.route('/api/workspaces/:ws', syncRoutes(deps));
  app.route('/api/workspaces/:ws/members', memberRoutes(deps));
  app.all('/api/*', () => { throw apiError(404, 'server.error.notFound'); });

  app.get('/published/:ws/snapshot.json', async (c) => {
    const { rows } = await deps.db.pool.query<{ snapshot: unknown }>('SELECT snapshot FROM snapshots WHERE workspace_id = $1', [c.req.param('ws')]);
    if (!rows[0]) throw apiError(404, 'server.error.notPublished');
    c.header('Cache-Control', 'no-cache');
    return c.json(rows[0].snapshot);
  });

  app.use('/*', serveStatic({ root: deps.distDir }));
  return app;
}
