// platsen help: every command's usage and what it does, in the chosen language.
import { EXIT_OK, type CliCommand, type CliContext } from '../command';

export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    usageKey: 'cli.help.usageLine',
    summaryKey: 'cli.help.summary',
    options: {},
    async run(_args, ctx) {
      for (const line of helpLines(commands(), ctx)) ctx.out(line);
      return EXIT_OK;
    },
  };
}

/** One command's usage and what it does, for `platsen COMMAND --help`. */
export function commandHelpLines(command: CliCommand, { t }: Pick<CliContext, 't'>): string[] {
  return [t('cli.help.usage'), `  ${t(command.usageKey)}`, `      ${t(command.summaryKey)}`, '', t('cli.help.options'), t('cli.help.exitCodes')];
}

export function helpLines(commands: readonly CliCommand[], { t }: Pick<CliContext, 't'>): string[] {
  return [
    t('cli.help.title'),
    '',
    t('cli.help.usage'),
    ...commands.flatMap((c) => [`  ${t(c.usageKey)}`, `      ${t(c.summaryKey)}`]),
    '',
    t('cli.help.options'),
    t('cli.help.exitCodes'),
  ];
}
