// `npx platsen`: a small dispatcher over one module per command (commands/). bin/platsen.mjs runs
// the build of this file (npm run build → dist-node/), so the command line uses exactly the app's
// domain code. To add a command, write commands/<name>.ts exporting a CliCommand, give it the
// message keys cli.<name>.usage and cli.<name>.summary, and list it in COMMANDS.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isDomainError } from '../domain/errors';
import '../i18n/strings/cli';
import '../i18n/strings/io';
import '../i18n/strings/publish';
import '../i18n/strings/sync';
import { translate } from '../i18n/translate';
import type { Lang } from '../store/session';
import { EXIT_ERROR, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliContext, type CliIo } from './command';
import { commandHelpLines, helpCommand } from './commands/help';

/**
 * Each command's module is imported only when that command runs: most pull in the domain's
 * geometry and import code (and `serve` the whole server), which `platsen help` never needs.
 */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  publish: async () => (await import('./commands/publish')).publishCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  convert: async () => (await import('./commands/convert')).convertCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  help: async () => helpCommand(() => Object.keys(COMMANDS)),
};

/** Loads a command by name; undefined for a name that is not a command. */
export function loadCommand(name: string): Promise<CliCommand> | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name]!() : undefined;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = chosenLang(argv, io.env);
  const t: CliContext['t'] = (key, params) => translate(lang ?? 'sv', key, params);
  if (lang === null) {
    io.err(t('cli.error.usage', { problem: t('cli.error.lang'), usage: 'platsen help' }));
    return EXIT_USAGE;
  }
  const ctx: CliContext = { ...io, lang, root: ROOT, t };
  const [name = 'help', ...rest] = argv;
  const wantsHelp = name === '--help' || name === '-h';
  const command = await loadCommand(wantsHelp ? 'help' : name);
  if (!command) {
    io.err(t('cli.error.unknownCommand', { name }));
    return EXIT_USAGE;
  }
  // `platsen publish --help`: what command-line users try first. It wins over any other argument.
  if (!wantsHelp && rest.some((a) => a === '--help' || a === '-h')) {
    for (const line of commandHelpLines(command, ctx)) io.out(line);
    return EXIT_OK;
  }
  try {
    const { positionals, values } = parseArgs({
      args: [...rest],
      options: { ...command.options, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    return await command.run({ positionals, values }, ctx);
  } catch (e) {
    return report(e, command, ctx);
  }
}

function report(e: unknown, command: CliCommand, ctx: CliContext): number {
  const { t } = ctx;
  const problem = e instanceof UsageError ? t(e.problemKey) : parseArgsProblem(e, t);
  if (problem !== null) {
    ctx.err(t('cli.error.usage', { problem, usage: t(command.usageKey) }));
    return EXIT_USAGE;
  }
  ctx.err(isDomainError(e) ? t(e.code, e.params) : t('cli.error.unexpected', { message: String((e as Error)?.message ?? e) }));
  return EXIT_ERROR;
}

/** node:util parseArgs refusals, in the user's language; null for any other error. */
function parseArgsProblem(e: unknown, t: CliContext['t']): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (!(e instanceof TypeError) || !code?.startsWith('ERR_PARSE_ARGS')) return null;
  // Node names the option in quotes: "Unknown option '--bogus'", "Option '-o, --out <value>' argument missing".
  const option = /--[\w-]+/.exec(e.message)?.[0] ?? /'(-[^' ,]+)/.exec(e.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.error.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.error.optionValue', { option });
  return e.message;
}

/**
 * `--lang sv|en` wins; otherwise the locale environment (LC_ALL, LC_MESSAGES, LANG, in POSIX order)
 * chooses English when it starts with "en", else Swedish. null for an unknown --lang value.
 */
export function chosenLang(argv: readonly string[], env: CliIo['env']): Lang | null {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const value = argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
    return value === 'sv' || value === 'en' ? value : null;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.startsWith('en') ? 'en' : 'sv';
}
