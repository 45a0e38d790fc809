// Starting and stopping the server: the database (PostgreSQL or the embedded engine), its
// migrations and the PostGIS layer, sign-in, and the HTTP server. Stopping first turns health to
// 503 and refuses new connections, ends the event streams, lets requests in flight (a push) finish,
// then closes the database.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createAuth, migrateAuth, type OidcConfig } from './auth';
import { openDatabase, type DatabaseOptions } from './db/engine';
import { ensureGis } from './db/gis';
import { migrate } from './db/migrations';
import { createApp, type AppState } from './http/app';
import { WorkspaceEvents } from './sync/events';

export interface ServerOptions {
  database: DatabaseOptions;
  /** The built app to serve (dist/). */
  distDir: string;
  host: string;
  /** 0: any free port. */
  port: number;
  /** The origin people reach the server at, when not http://host:port (behind a proxy). */
  publicUrl?: string | undefined;
  authSecret: string;
  allowSignUp: boolean;
  oidc: OidcConfig | null;
  trustProxy?: boolean;
  /** Sign-in and sign-up attempts per client address per minute. */
  perMinute?: { signIn: number; signUp: number };
}

export interface RunningServer {
  url: string;
  engine: string;
  postgis: boolean;
  /** API requests being answered now. */
  inFlight(): number;
  /** Graceful: waits for requests in flight, up to `graceMs`, then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase(options.database);
  try {
    await migrate(db.pool);
    const postgis = db.engine === 'postgresql' && await ensureGis(db.pool);
    const http = await listen(options.host, options.port);
    const port = (http.server.address() as AddressInfo).port;
    const origin = options.publicUrl ? new URL(options.publicUrl).origin : `http://${options.host}:${port}`;
    const auth = createAuth({
      pool: db.pool, baseURL: origin, secret: options.authSecret, allowSignUp: options.allowSignUp, oidc: options.oidc,
      ...(options.perMinute ? { perMinute: options.perMinute } : {}),
    });
    await migrateAuth(auth);
    const events = new WorkspaceEvents();
    const state: AppState = { stopping: false, inFlight: 0 };
    http.handle(createApp({
      db, auth, events, distDir: options.distDir, origin, postgis,
      sso: options.oidc ? { id: options.oidc.providerId, name: options.oidc.name } : null,
    }, state, { trustProxy: options.trustProxy ?? false }).fetch);
    return {
      url: origin,
      engine: db.engine,
      postgis,
      inFlight: () => state.inFlight,
      async close(graceMs = 10_000) {
        state.stopping = true;
        events.closeAll();
        await http.close(graceMs);
        await db.close();
      },
    };
  } catch (e) {
    await db.close();
    throw e;
  }
}

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/**
 * Listens before the app exists (the port decides the origin that sign-in needs), answering 503
 * until `handle` gives it the app.
 */
async function listen(host: string, port: number): Promise<{ server: ServerType; handle(fetch: Fetch): void; close(graceMs: number): Promise<void> }> {
  let app: Fetch = () => new Response('starting', { status: 503 });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: (req, env) => app(req, env), hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  return {
    server,
    handle(fetch) {
      app = fetch;
    },
    close(graceMs) {
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => (server as import('node:http').Server).closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive connections would hold close() open; busy ones finish their request first.
        (server as import('node:http').Server).closeIdleConnections();
      });
    },
  };
}
