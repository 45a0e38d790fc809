// What every request handler of the API may use: the database, sign-in, the live channel, and
// the signed-in user and their membership once the access middleware has found them.
import type { Hono } from 'hono';
import type { Actor } from '../../domain/governance';
import type { Auth } from '../auth';
import type { Database } from '../db/engine';
import type { WorkspaceEvents } from '../sync/events';

export interface ServerDeps {
  db: Database;
  auth: Auth;
  events: WorkspaceEvents;
  /** The built app (dist/) served beside the API. */
  distDir: string;
  /** The public origin, e.g. http://127.0.0.1:8080 (cookies, Origin checks, OIDC callbacks). */
  origin: string;
  postgis: boolean;
  /** Single sign-on, when configured: the id sign-in takes and the name the button shows. */
  sso: { id: string; name: string } | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
}

export interface Membership extends Actor {
  workspaceId: string;
}

export type ApiEnv = {
  Variables: {
    user: User;
    membership: Membership;
  };
};

export type Api = Hono<ApiEnv>;
