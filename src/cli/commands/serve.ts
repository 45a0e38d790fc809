// platsen serve [--port 8080] [--host 127.0.0.1] [--data FOLDER]: shared workspaces. On
// PostgreSQL when DATABASE_URL is set, else on the embedded engine in FOLDER. The server's code
// is imported only here, so no other command loads it.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DomainError } from '../../domain/errors';
import { EXIT_OK, UsageError, type CliCommand, type CliContext } from '../command';

export const serveCommand: CliCommand = {
  name: 'serve',
  usageKey: 'cli.serve.usage',
  summaryKey: 'cli.serve.summary',
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string' }, data: { type: 'string' } },
  async run({ positionals, values }, ctx) {
    if (positionals.length > 0) throw new UsageError('cli.error.extraArguments');
    const port = Number(values.port ?? ctx.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('cli.serve.port');
    const distDir = join(ctx.root, 'dist');
    if (!existsSync(join(distDir, 'index.html'))) throw new DomainError('cli.serve.noBuild', { path: join(distDir, 'index.html') });
    const databaseUrl = ctx.env.DATABASE_URL || undefined;
    const dataDir = resolve(ctx.cwd, typeof values.data === 'string' ? values.data : 'platsen-data');
    const { startServer } = await import('../../server/start');
    const { oidcFromEnv } = await import('../../server/auth');
    const oidc = oidcFromEnv(ctx.env);
    const server = await startServer({
      database: databaseUrl ? { databaseUrl } : { dataDir: join(dataDir, 'pg') },
      distDir,
      host: typeof values.host === 'string' ? values.host : ctx.env.HOST || '127.0.0.1',
      port,
      publicUrl: ctx.env.PLATSEN_PUBLIC_URL,
      authSecret: await authSecret(ctx, databaseUrl ? null : dataDir),
      // Open email sign-up suits a laptop; with single sign-on, people come through it instead.
      allowSignUp: (ctx.env.PLATSEN_SIGNUP ?? (oidc ? 'closed' : 'open')) === 'open',
      oidc,
      trustProxy: ctx.env.PLATSEN_TRUST_PROXY === '1',
    });
    ctx.out(ctx.t('cli.serve.listening', { url: server.url, engine: server.postgis ? `${server.engine} + PostGIS` : server.engine }));
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        ctx.out(ctx.t('cli.serve.stopping'));
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return EXIT_OK;
  },
};

/**
 * Sign-in's signing secret: PLATSEN_AUTH_SECRET, or on the embedded engine one made once and kept
 * in the data folder (readable by its owner only), so sessions survive a restart.
 */
async function authSecret(ctx: CliContext, dataDir: string | null): Promise<string> {
  const fromEnv = ctx.env.PLATSEN_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (dataDir === null) throw new DomainError('cli.serve.secretNeeded');
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
