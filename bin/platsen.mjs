#!/usr/bin/env node
// `npx platsen`: runs the command line built by `npm run build` (dist-node/, plain JavaScript),
// so a call starts without compiling TypeScript; the build bundles the same domain code the app uses.
import { existsSync } from 'node:fs';

// `platsen publish ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});

const entry = new URL('../dist-node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('platsen: the command line is built with the app. Run `npm run build` first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
