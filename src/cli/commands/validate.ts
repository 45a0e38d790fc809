// platsen validate FILE [--crs EPSG:3006] [--swap] [--all]
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DomainError } from '../../domain/errors';
import { parseCrsCode } from '../../domain/io/crs';
import { checkFileSize } from '../../domain/io/detect-format';
import { readAny, type ImportResult } from '../../domain/io/import-pipeline';
import { parseXmlStrict } from '../../domain/io/parse-xml';
import { openSqliteNode } from '../sqlite-node';
import '../../i18n/strings/io';
import { EXIT_ERROR, EXIT_OK, UsageError, type CliCommand, type CliContext, type ParsedArgs } from '../command';

const SHOWN_PROBLEMS = 30;

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    // The size is checked before reading: a 2 GB file is refused without filling the memory.
    checkFileSize((await stat(path)).size);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DomainError('cli.error.notFound', { path });
    throw new DomainError('cli.error.read', { path, reason: (e as Error).message });
  }
}

/** Reads the one input file named on the command line with the user's --crs and --swap answers. */
export async function importFromArgs({ positionals, values }: ParsedArgs, ctx: CliContext): Promise<ImportResult> {
  if (positionals.length === 0) throw new UsageError('cli.error.missingInput');
  if (positionals.length > 1) throw new UsageError('cli.error.extraArguments');
  const path = resolve(ctx.cwd, positionals[0]!);
  if (values.crs !== undefined && !/^(EPSG:)?\d+$/i.test(String(values.crs))) throw new UsageError('cli.io.badCrs');
  return readAny({ name: basename(path), bytes: await readBytes(path) }, {
    parseXml: parseXmlStrict,
    openSqlite: openSqliteNode,
    layer: typeof values.layer === 'string' ? values.layer : undefined,
    crs: values.crs === undefined ? undefined : parseCrsCode(String(values.crs)),
    swapAxes: values.swap === true ? true : undefined,
  });
}

/** Format, system and how it was found, counts, then the problems (the first 30 unless `all`). */
export function printReport(name: string, r: ImportResult, ctx: CliContext, all: boolean): void {
  const { t } = ctx;
  ctx.out(t('cli.io.file', { name }));
  ctx.out(t('cli.io.format', { format: t(`io.format.${r.format}`) }));
  if (r.layers && r.layers.length > 1) ctx.out(t('cli.io.layers', { layer: r.layer ?? '', layers: r.layers.map((l) => l.name).join(', ') }));
  ctx.out(t('cli.io.crs', { crs: r.crs.label, how: t(`io.crs.source.${r.crs.source}`) }));
  if (r.crs.source === 'guessed') ctx.out(t('cli.io.guessWarning', { code: r.crs.crs }));
  if (r.crs.swapSuspected && !r.crs.swapApplied) ctx.out(t('io.crs.swapSuspected'));
  const { total, valid, invalid, notes } = r.counts;
  ctx.out(t('cli.io.counts', { total, valid, invalid, notes }));
  if (r.problems.length === 0) return;
  ctx.out(t('cli.io.problemsTitle'));
  const shown = all ? r.problems : r.problems.slice(0, SHOWN_PROBLEMS);
  for (const p of shown) {
    const message = t(p.code, p.params);
    if (p.featureIndex < 0) ctx.out(t('cli.io.fileNote', { message }));
    else ctx.out(t(p.severity === 'error' ? 'cli.io.featureError' : 'cli.io.featureNote', { n: String(p.featureIndex + 1), message }));
  }
  if (shown.length < r.problems.length) ctx.out(t('cli.io.moreProblems', { n: r.problems.length - shown.length }));
}

export const ioOptions = { crs: { type: 'string' }, swap: { type: 'boolean' }, layer: { type: 'string' } } as const;

export const validateCommand: CliCommand = {
  name: 'validate',
  usageKey: 'cli.validate.usage',
  summaryKey: 'cli.validate.summary',
  options: { ...ioOptions, all: { type: 'boolean' } },
  async run(args, ctx) {
    const result = await importFromArgs(args, ctx);
    printReport(args.positionals[0]!, result, ctx, args.values.all === true);
    const ok = result.counts.invalid === 0;
    ctx.out(ctx.t(ok ? 'cli.io.valid' : 'cli.io.invalid'));
    return ok ? EXIT_OK : EXIT_ERROR;
  },
};
