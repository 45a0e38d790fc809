// Who belongs to a workspace and in what role. Everyone in it may see who else is; only an admin
// adds, changes or removes members, and a workspace never loses its last admin.
import { Hono } from 'hono';
import type pg from 'pg';
import { isRole } from '../../domain/governance';
import { isValidId } from '../../domain/ids';
import { inTransaction } from '../db/engine';
import { apiError, requireRole } from './access';
import type { ApiEnv, ServerDeps } from './context';

export function memberRoutes(deps: ServerDeps) {
  const api = new Hono<ApiEnv>();

  api.get('/', requireRole(deps, 'reader'), async (c) => {
    const { rows } = await deps.db.pool.query(
      `SELECT m.user_id AS "userId", u.name, u.email, m.role, m.department_id AS "departmentId"
       FROM memberships m JOIN "user" u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY u.name`,
      [c.get('membership').workspaceId],
    );
    return c.json({ members: rows });
  });

  /** Body: { email, role, departmentId? }: the person must have signed in once. */
  api.put('/', requireRole(deps, 'admin'), async (c) => {
    const body = await c.req.json<{ email?: unknown; role?: unknown; departmentId?: unknown }>();
    if (typeof body.email !== 'string' || !isRole(body.role)) throw apiError(400, 'server.error.member');
    const departmentId = body.departmentId ?? null;
    if (departmentId !== null && !isValidId(departmentId)) throw apiError(400, 'server.error.member');
    const { workspaceId } = c.get('membership');
    const role = body.role;
    const user = await deps.db.pool.query<{ id: string }>('SELECT id FROM "user" WHERE lower(email) = lower($1)', [body.email]);
    const userId = user.rows[0]?.id;
    if (!userId) throw apiError(404, 'server.error.unknownUser', { email: body.email });
    await inTransaction(deps.db.pool, async (db) => {
      await db.query(
        `INSERT INTO memberships (workspace_id, user_id, role, department_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role, department_id = EXCLUDED.department_id`,
        [workspaceId, userId, role, departmentId],
      );
      await keepAnAdmin(db, workspaceId);
    });
    return c.json({ userId, role, departmentId });
  });

  api.delete('/:userId', requireRole(deps, 'admin'), async (c) => {
    const { workspaceId } = c.get('membership');
    await inTransaction(deps.db.pool, async (db) => {
      await db.query('DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2', [workspaceId, c.req.param('userId')]);
      await keepAnAdmin(db, workspaceId);
    });
    return c.body(null, 204);
  });

  return api;
}

/** Throws (so the transaction rolls back) when the change left the workspace without an admin. */
async function keepAnAdmin(db: pg.PoolClient, workspaceId: string): Promise<void> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*) AS n FROM memberships WHERE workspace_id = $1 AND role = 'admin'`, [workspaceId]);
  if (rows[0]!.n === 0) throw apiError(409, 'server.error.lastAdmin');
}
