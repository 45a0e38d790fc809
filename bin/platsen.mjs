#!/usr/bin/env node
// `npx platsen`: runs src/cli/main.ts through tsx, so the command line uses exactly the app's
// TypeScript domain code without a separate build.
import { tsImport } from 'tsx/esm/api';

// `platsen publish ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
