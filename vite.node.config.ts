import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The command line and the server as plain JavaScript for Node (`npx platsen …` runs this build,
// no TypeScript loader at run time). The domain's pure-JS dependencies are bundled and
// tree-shaken, so `platsen help` does not load all of turf; the server's own packages stay
// external (PGlite finds its .wasm files next to its own module) and load only for `serve`,
// which the CLI imports lazily as a separate chunk.
const SERVER_PACKAGES = ['pg', '@electric-sql/pglite', 'better-auth', 'hono', '@hono/node-server'];
const isServerPackage = (id: string) => SERVER_PACKAGES.some((p) => id === p || id.startsWith(`${p}/`));

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-node',
    emptyOutDir: true,
    minify: true,
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'src/cli/main.ts') },
      external: (id) => id.startsWith('node:') || isServerPackage(id),
      // cli/main.js sits two folders below the repository root, as src/cli/main.ts does, so
      // paths to bundled data (data/, dist/) resolve the same from source and from the build.
      output: { format: 'es', entryFileNames: 'cli/[name].js', chunkFileNames: 'cli/chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
