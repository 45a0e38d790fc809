// Sign-in by better-auth on the same database (its PostgreSQL adapter over our pg.Pool, on both
// engines): email and password for a laptop and the tests, and generic OpenID Connect for a
// municipality's single sign-on, configured from the environment (README: Sign-in). Sessions are
// HttpOnly, SameSite=Lax cookies; better-auth checks the Origin of every state-changing call;
// sign-in and sign-up are rate-limited per client address.
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { genericOAuth } from 'better-auth/plugins';
import type pg from 'pg';
import { MIN_PASSWORD_LENGTH } from '../domain/sync/protocol';

/** The header the server sets from the connection (never from the client) for rate limiting. */
export const CLIENT_IP_HEADER = 'x-platsen-client-ip';

export interface OidcConfig {
  providerId: string;
  /** What the sign-in button calls the provider ("Logga in med <name>"). */
  name: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export interface AuthOptions {
  pool: pg.Pool;
  baseURL: string;
  secret: string;
  /** Email and password sign-up for anyone who reaches the server (off with SSO in production). */
  allowSignUp: boolean;
  oidc: OidcConfig | null;
  /** Attempts per client address per minute (defaults: sign-in 10, sign-up 10). */
  perMinute?: { signIn: number; signUp: number };
}

/** OIDC from PLATSEN_OIDC_ISSUER (its discovery document), _CLIENT_ID, _CLIENT_SECRET, _PROVIDER_ID, _NAME, _SCOPES. */
export function oidcFromEnv(env: Record<string, string | undefined>): OidcConfig | null {
  const issuer = env.PLATSEN_OIDC_ISSUER;
  if (!issuer) return null;
  const clientId = env.PLATSEN_OIDC_CLIENT_ID;
  const clientSecret = env.PLATSEN_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) throw new Error('PLATSEN_OIDC_ISSUER is set: PLATSEN_OIDC_CLIENT_ID and PLATSEN_OIDC_CLIENT_SECRET are needed too.');
  const providerId = env.PLATSEN_OIDC_PROVIDER_ID || 'sso';
  return {
    providerId,
    name: env.PLATSEN_OIDC_NAME || providerId,
    discoveryUrl: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    scopes: (env.PLATSEN_OIDC_SCOPES || 'openid email profile').split(/\s+/).filter(Boolean),
  };
}

export function createAuth(options: AuthOptions) {
  const perMinute = options.perMinute ?? { signIn: 10, signUp: 10 };
  return betterAuth({
    database: options.pool,
    baseURL: options.baseURL,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: [new URL(options.baseURL).origin],
    emailAndPassword: { enabled: true, disableSignUp: !options.allowSignUp, minPasswordLength: MIN_PASSWORD_LENGTH },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      customRules: {
        '/sign-in/*': { window: 60, max: perMinute.signIn },
        '/sign-up/*': { window: 60, max: perMinute.signUp },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      useSecureCookies: options.baseURL.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    plugins: options.oidc
      ? [genericOAuth({ config: [{ ...providerOf(options.oidc), pkce: true }] })]
      : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Creates or completes better-auth's tables (user, session, account, verification). */
export async function migrateAuth(auth: Auth): Promise<void> {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}

/** The provider as better-auth takes it (the display name is the app's). */
function providerOf({ name: _display, ...provider }: OidcConfig) {
  return provider;
}
