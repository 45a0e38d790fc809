// Shared workspaces: the signed-in user's list, a new one (empty, or moved in from a
// `.platsen.json` backup, checked by the same code as a restore in the app), a backup of one, and
// publishing its public snapshot with the same code as `platsen publish`.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../../domain/errors';
import { newId, nowIso } from '../../domain/ids';
import { parseBackup, serializeBackup } from '../../domain/io/backup';
import type { PlatsenDocument } from '../../domain/model';
import { workspaceOf } from '../../domain/model';
import { publishSnapshot } from '../../domain/publish/snapshot';
import { emptyWorkspaceDocument } from '../../domain/workspace';
import { inTransaction } from '../db/engine';
import { documentWrites, loadDocument, writeRecords } from '../sync/records';
import { apiError, requireRole } from './access';
import type { ApiEnv, ServerDeps } from './context';

/** A backup of 50,000 investments is about 30 MB. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const MAX_NAME = 120;

export function workspaceRoutes(deps: ServerDeps) {
  const api = new Hono<ApiEnv>();

  api.get('/', async (c) => {
    const { rows } = await deps.db.pool.query(
      `SELECT w.id, w.name, m.role, m.department_id AS "departmentId" FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
       WHERE m.user_id = $1 ORDER BY w.name`, [c.get('user').id],
    );
    return c.json({ workspaces: rows });
  });

  /** Body: { name, municipality? } for an empty workspace, or { backup: "<.platsen.json text>" }. */
  api.post('/', bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: () => { throw apiError(413, 'server.error.tooLarge'); } }), async (c) => {
    const body = await c.req.json<{ name?: unknown; municipality?: unknown; backup?: unknown }>();
    const now = nowIso();
    let doc: PlatsenDocument;
    if (typeof body.backup === 'string') doc = parseBackup(body.backup);
    else if (typeof body.name === 'string' && body.name.trim() && body.name.length <= MAX_NAME) {
      const municipality = typeof body.municipality === 'string' ? body.municipality.slice(0, MAX_NAME) : '';
      doc = emptyWorkspaceDocument({ name: body.name.trim(), municipality, defaultView: { center: [15, 62], zoom: 4.5 } }, now);
    } else throw new DomainError('server.error.workspaceName', { max: MAX_NAME });
    const name = workspaceOf(doc)!.name;
    const id = newId('sw');
    const userId = c.get('user').id;
    const writes = documentWrites(doc, 1, userId);
    await inTransaction(deps.db.pool, async (db) => {
      await db.query('INSERT INTO workspaces (id, name, seq, created_by) VALUES ($1, $2, 1, $3)', [id, name, userId]);
      await db.query(`INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'admin')`, [id, userId]);
      await writeRecords(db, id, 1, writes);
      // The first change stands for the whole document; its inverse is an empty workspace.
      await db.query(
        `INSERT INTO changes (workspace_id, seq, author, label, changes, inverse, records) VALUES ($1, 1, $2, $3, $4, '[]', '{}')`,
        [id, userId, typeof body.backup === 'string' ? 'server.label.uploaded' : 'server.label.created', JSON.stringify({ records: writes.length })],
      );
    });
    return c.json({ id, name, role: 'admin', records: writes.length }, 201);
  });

  api.get('/:ws/backup', requireRole(deps, 'reader'), async (c) => {
    const doc = await loadDocument(deps.db.pool, c.get('membership').workspaceId);
    const name = (workspaceOf(doc)?.name ?? 'platsen').replace(/[^\p{L}\p{N}_-]+/gu, '-');
    c.header('Content-Disposition', `attachment; filename="${encodeURIComponent(name)}.platsen.json"`);
    return c.body(serializeBackup(doc, nowIso()), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  api.post('/:ws/publish', requireRole(deps, 'admin'), async (c) => {
    const { workspaceId } = c.get('membership');
    const { snapshot, report } = publishSnapshot(await loadDocument(deps.db.pool, workspaceId), { now: nowIso() });
    await deps.db.pool.query(
      `INSERT INTO snapshots (workspace_id, published_by, snapshot) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id) DO UPDATE SET snapshot = EXCLUDED.snapshot, published_by = EXCLUDED.published_by, published_at = now()`,
      [workspaceId, c.get('user').id, JSON.stringify(snapshot)],
    );
    return c.json({ url: publishedPath(workspaceId), report });
  });

  return api;
}

/** Where residents' public map reads a workspace's snapshot: public.html?src=<this>. */
export function publishedPath(workspaceId: string): string {
  return `/published/${encodeURIComponent(workspaceId)}/snapshot.json`;
}
