// `platsen serve` as an operator runs it (the built command line, dist-node/), for the tests that
// need the real process: the server tests of the command, the end-to-end tests of shared workspaces.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/platsen.mjs');

export interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `platsen serve` on a free port in `cwd`; resolves with its address once it says it runs. */
export function serve(args: string[], env: Record<string, string>, cwd: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd, env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) done({ child, url, output: () => output });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${output}`)));
  });
}

/** SIGTERM, and the exit code once it has stopped. */
export function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}
