// What every command of `npx platsen` is: a name, its usage and summary (message keys), its
// options for node:util parseArgs, and a run function that returns the exit code. Commands report
// problems by throwing a DomainError (a message key), which main.ts translates.
import { rename, readFile, rm, writeFile } from 'node:fs/promises';
import type { ParseArgsConfig } from 'node:util';
import { DomainError } from '../domain/errors';
import type { Params } from '../domain/errors';
import type { Lang } from '../store/session';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext extends CliIo {
  lang: Lang;
  /** The repository root, for bundled data. */
  root: string;
  t(key: string, params?: Params): string;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface CliCommand {
  name: string;
  usageKey: string;
  summaryKey: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

/** A wrong call: main.ts prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  constructor(readonly problemKey: string) {
    super(problemKey);
  }
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DomainError('cli.error.notFound', { path });
    throw new DomainError('cli.error.read', { path, reason: (e as Error).message });
  }
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
export async function writeTextAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('cli.error.writeNoFolder', { path });
    throw new DomainError('cli.error.write', { path, reason: (e as Error).message });
  }
}
