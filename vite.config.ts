import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Two entry pages: the editor (index.html) and the lightweight public viewer (public.html),
// so the citizens' page never loads editor code.
export default defineConfig({
  // Relative asset URLs: the built site can be hosted in any folder of a static web server.
  base: './',
  plugins: [react()],
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
