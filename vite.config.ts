import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDeployConfig } from './src/map/basemap/config.ts';
import { withContentSecurityPolicy } from './src/map/basemap/csp.ts';

/** public.html's Content-Security-Policy follows public/config.json: only the servers it names. */
function viewerCsp(): Plugin {
  return {
    name: 'platsen-viewer-csp',
    transformIndexHtml(html, ctx) {
      if (!ctx.filename.endsWith('public.html')) return html;
      const { config, problems } = validateDeployConfig(JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/config.json'), 'utf8')));
      if (problems.length) this.warn?.(`public/config.json: invalid or missing ${problems.join(', ')}; defaults used`);
      return withContentSecurityPolicy(html, config);
    },
  };
}

// Two entry pages: the editor (index.html) and the lightweight public viewer (public.html),
// so the citizens' page never loads editor code.
export default defineConfig({
  // Relative asset URLs: the built site can be hosted in any folder of a static web server.
  base: './',
  plugins: [react(), viewerCsp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        editor: resolve(import.meta.dirname, 'index.html'),
        viewer: resolve(import.meta.dirname, 'public.html'),
      },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
