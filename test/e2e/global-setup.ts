import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built app served for end-to-end tests, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

// The end-to-end tests exercise what users get: the production build served the same way as
// `npm start` (Vite preview with the project's vite.config.ts), only on a free port so a running
// `npm start` or a parallel run does not collide.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error(`End-to-end tests need the built app, but ${join(root, 'dist', 'index.html')} is missing: run npm run build first.`);
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('Vite preview server did not report a TCP port');
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return () => server.close();
}
