// A deployment of the built app with its own config.json, as a municipality makes one: dist/
// copied, config.json and data files put beside it, and public.html's Content-Security-Policy
// written from that config exactly as the build does (vite.config.ts), served on its own port.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { preview } from 'vite';
import { validateDeployConfig } from '../../src/map/basemap/config';
import { withContentSecurityPolicy } from '../../src/map/basemap/csp';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Deployment {
  /** e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  close(): Promise<void>;
}

export async function deploy(config: Record<string, unknown>, files: Record<string, Uint8Array | string> = {}): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'platsen-deployment-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2));
  const { config: valid, problems } = validateDeployConfig(config);
  if (problems.length) throw new Error(`test config has problems: ${problems.join(', ')}`);
  const html = readFileSync(join(dir, 'public.html'), 'utf8');
  writeFileSync(join(dir, 'public.html'), withContentSecurityPolicy(html, valid));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  const server = await preview({
    root: ROOT, logLevel: 'warn', build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
