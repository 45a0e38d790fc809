// The server's API as the app calls it (same origin, the session in an HttpOnly cookie the
// browser sends by itself). Errors come back as message keys with params, translated where they
// are shown. `fetch` is injected so the same code runs in Node against a real server (tests).
import type { Role } from '../domain/governance';
import type { PullResponse, PushRequest, PushResponse } from '../domain/sync/protocol';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** The server answered with an error: its message key, params and HTTP status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly params: Record<string, string | number> = {}) {
    super(code);
  }
}

/** The server could not be reached (no network, or it is down): try again later. */
export class OfflineError extends Error {
  constructor(cause: unknown) {
    super('offline', { cause });
  }
}

export interface User {
  id: string;
  email: string;
  name: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
  departmentId: string | null;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  departmentId: string | null;
}

/** The municipality's single sign-on: the id sign-in takes and the name to show. */
export interface SsoProvider {
  id: string;
  name: string;
}

/** One accepted change of a record, as the audit trail keeps it. */
export interface HistoryItem {
  seq: number;
  at: string;
  label: string;
  /** Null when the author's account is gone. */
  authorName: string | null;
  authorEmail: string | null;
  changes: unknown;
  inverse: unknown;
}

export class ServerApi {
  /** `origin`: where the server is ('' in the browser: this page's origin). */
  constructor(private readonly origin = '', private readonly fetchFn: FetchFn = (input, init) => fetch(input, init)) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await this.fetchFn(`${this.origin}${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    } catch (e) {
      throw new OfflineError(e);
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text().catch(() => '');
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON: a proxy's page, or a server that is not Platsen.
    }
    if (!res.ok) {
      // A gateway in front of a server that is down answers for it: treat as unreachable.
      if (res.status === 502 || res.status === 503 || res.status === 504) throw new OfflineError(res.status);
      // Platsen's own answers say { error, params }; sign-in's (better-auth) say { code, message }.
      const e = json as { error?: unknown; code?: unknown; params?: Record<string, string | number> } | null;
      const code = typeof e?.error === 'string' ? e.error : typeof e?.code === 'string' ? e.code : 'server.error.internal';
      throw new ApiError(res.status, code, e?.params ?? {});
    }
    return json as T;
  }

  /** Whether a Platsen server answers on this origin (the app may also be served without one). */
  async available(): Promise<boolean> {
    return (await this.serverInfo()) !== null;
  }

  /** What sign-in the server offers besides email and password; null when no server answers. */
  async serverInfo(): Promise<{ sso: SsoProvider | null } | null> {
    try {
      const health = await this.call<{ status?: unknown; sso?: SsoProvider | null } | null>('GET', '/api/health');
      return health?.status === 'ok' ? { sso: health.sso ?? null } : null;
    } catch {
      return null;
    }
  }

  /** The signed-in user, or null when nobody is. */
  async me(): Promise<User | null> {
    try {
      return (await this.call<{ user: User }>('GET', '/api/me')).user;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.auth('/api/auth/sign-in/email', { email, password });
  }

  async signUp(name: string, email: string, password: string): Promise<void> {
    await this.auth('/api/auth/sign-up/email', { name, email, password });
  }

  /** Starts single sign-on: the URL of the municipality's sign-in page to go to. */
  async signInWithProvider(provider: string, callbackURL: string): Promise<string> {
    return (await this.call<{ url: string }>('POST', '/api/auth/sign-in/social', { provider, callbackURL })).url;
  }

  async signOut(): Promise<void> {
    await this.call('POST', '/api/auth/sign-out', {});
  }

  /** better-auth answers with its own codes; the app says what they mean in its own words. */
  private async auth(path: string, body: unknown): Promise<void> {
    try {
      await this.call('POST', path, body);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const code = e.status === 429 ? 'account.error.tooMany'
        : e.status === 401 ? 'account.error.credentials'
          : /USER_ALREADY_EXISTS|already exists/i.test(e.code) ? 'account.error.exists'
            : /PASSWORD/i.test(e.code) ? 'account.error.password'
              : /EMAIL/i.test(e.code) ? 'account.error.email' : 'account.error.failed';
      throw new ApiError(e.status, code);
    }
  }

  async workspaces(): Promise<WorkspaceSummary[]> {
    return (await this.call<{ workspaces: WorkspaceSummary[] }>('GET', '/api/workspaces')).workspaces;
  }

  /** A new shared workspace from a backup's text (the current local workspace, or a file). */
  async upload(backup: string): Promise<WorkspaceSummary> {
    const created = await this.call<{ id: string; name: string }>('POST', '/api/workspaces', { backup });
    return { id: created.id, name: created.name, role: 'admin', departmentId: null };
  }

  workspace(id: string): WorkspaceApi {
    const base = `/api/workspaces/${encodeURIComponent(id)}`;
    return {
      backupUrl: `${this.origin}${base}/backup`,
      eventsUrl: `${this.origin}${base}/events`,
      push: (request) => this.call('POST', `${base}/push`, request),
      pull: (since) => this.call('GET', `${base}/pull?since=${since}`),
      history: async (table, recordId) => (await this.call<{ changes: HistoryItem[] }>(
        'GET', `${base}/history/${encodeURIComponent(table)}/${encodeURIComponent(recordId)}`)).changes,
      members: async () => (await this.call<{ members: Member[] }>('GET', `${base}/members`)).members,
      setMember: (email, role, departmentId) => this.call('PUT', `${base}/members`, { email, role, departmentId }),
      publish: () => this.call('POST', `${base}/publish`, {}),
    };
  }
}

/** The calls of one shared workspace. */
export interface WorkspaceApi {
  backupUrl: string;
  eventsUrl: string;
  push(request: PushRequest): Promise<PushResponse>;
  pull(since: number): Promise<PullResponse>;
  history(table: string, recordId: string): Promise<HistoryItem[]>;
  members(): Promise<Member[]>;
  setMember(email: string, role: Role, departmentId: string | null): Promise<unknown>;
  publish(): Promise<{ url: string }>;
}
