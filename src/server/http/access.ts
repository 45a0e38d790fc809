// Who is asking, and may they: the session (better-auth's cookie), the membership of the workspace
// named in the path with its role, and an Origin check on every state-changing call. A workspace
// that is not yours answers 404, the same as one that does not exist, so ids cannot be probed.
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { hasRole, isRole, type Role } from '../../domain/governance';
import type { ApiEnv, ServerDeps } from './context';

export function requireUser(deps: ServerDeps) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const session = await deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) throw apiError(401, 'server.error.signIn');
    c.set('user', { id: session.user.id, email: session.user.email, name: session.user.name });
    await next();
  });
}

/** Needs requireUser first; the workspace id is the path's :ws. */
export function requireRole(deps: ServerDeps, needed: Role) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const workspaceId = c.req.param('ws') ?? '';
    const { rows } = await deps.db.pool.query<{ role: string; department_id: string | null }>(
      'SELECT role, department_id FROM memberships WHERE workspace_id = $1 AND user_id = $2', [workspaceId, c.get('user').id],
    );
    const row = rows[0];
    if (!row || !isRole(row.role)) throw apiError(404, 'server.error.noWorkspace');
    if (!hasRole(row.role, needed)) throw apiError(403, 'sync.refused.role', { role: row.role });
    c.set('membership', { workspaceId, role: row.role, departmentId: row.department_id });
    await next();
  });
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery cannot pass: a browser names the page's origin on every unsafe
 * request, and one from another site is refused; bodies must be JSON, which no form on another
 * site can send without a CORS preflight this server never grants.
 */
export function sameOriginOnly(origin: string) {
  return createMiddleware(async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const from = c.req.header('origin');
      if (from !== undefined && from !== origin && from !== new URL(c.req.url).origin) throw apiError(403, 'server.error.origin');
      const type = c.req.header('content-type');
      if (type !== undefined && !type.toLowerCase().startsWith('application/json')) throw apiError(415, 'server.error.json');
    }
    await next();
  });
}

/** An API error as JSON: a message key and its params, translated by the client. */
export function apiError(status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 503, error: string, params: Record<string, string | number> = {}): HTTPException {
  return new HTTPException(status, { res: Response.json({ error, params }, { status }) });
}
