// A real server per test file and engine, on 127.0.0.1 with a fresh database (global-setup.ts
// made the templates), and an API client that signs in and keeps its session cookie like a browser.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { OidcConfig } from '../../src/server/auth';
import type { DatabaseOptions } from '../../src/server/db/engine';
import { startServer, type RunningServer } from '../../src/server/start';

export type EngineName = 'postgresql' | 'pglite';
export const ENGINES: readonly EngineName[] = ['postgresql', 'pglite'];

export interface TestServer extends RunningServer {
  /** On PostgreSQL, the test database's URL (to look behind the API); null on PGlite. */
  databaseUrl: string | null;
  client(): ApiClient;
  /** A signed-up, signed-in user. */
  user(name: string): Promise<ApiClient>;
}

export async function freshPostgresDatabase(): Promise<string> {
  const { host, port, user, template } = inject('postgres');
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ host, port, user, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return `postgresql://${user}@/${name}?host=${encodeURIComponent(host)}&port=${port}`;
}

/** signInPerMinute: a strict limit for the rate-limit test (which then reports its own address through X-Forwarded-For). */
export async function startTestServer(engine: EngineName, options: { signInPerMinute?: number; oidc?: OidcConfig } = {}): Promise<TestServer> {
  const databaseUrl = engine === 'postgresql' ? await freshPostgresDatabase() : null;
  const database: DatabaseOptions = databaseUrl ? { databaseUrl } : { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) };
  const server = await startServer({
    database,
    distDir: resolve(import.meta.dirname, '../../dist'),
    host: '127.0.0.1',
    port: 0,
    authSecret: 'test-secret-that-is-long-enough-0123456789',
    allowSignUp: true,
    oidc: options.oidc ?? null,
    perMinute: { signIn: options.signInPerMinute ?? 1000, signUp: 1000 },
    trustProxy: options.signInPerMinute !== undefined,
  });
  return {
    ...server,
    databaseUrl,
    client: () => new ApiClient(server.url),
    async user(name: string) {
      const client = new ApiClient(server.url);
      const r = await client.post('/api/auth/sign-up/email', { name, email: emailOf(name), password: PASSWORD });
      if (r.status !== 200) throw new Error(`sign-up of ${name} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return client;
    },
  };
}

export const PASSWORD = 'correct horse battery staple';
export const emailOf = (name: string) => `${name.toLowerCase()}@example.org`;

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  /** The session cookie as a header, for requests made without this client (an event stream). */
  authHeaders(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const res = await fetch(new URL(path, this.base), {
      method,
      headers: {
        origin: this.base,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...this.authHeaders(),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      this.cookies.set(k!, v ?? '');
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: kept as text.
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }

  put<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
}
