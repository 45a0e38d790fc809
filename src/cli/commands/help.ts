// platsen help: every command's usage and what it does, in the chosen language. It lists commands
// by name (their texts are the keys cli.<name>.usage and cli.<name>.summary), so help loads none of
// the commands' modules and starts as fast as Node does.
import { EXIT_OK, type CliCommand, type CliContext } from '../command';

export function helpCommand(names: () => readonly string[]): CliCommand {
  return {
    name: 'help',
    usageKey: 'cli.help.usage',
    summaryKey: 'cli.help.summary',
    options: {},
    async run(_args, ctx) {
      for (const line of helpLines(names(), ctx)) ctx.out(line);
      return EXIT_OK;
    },
  };
}

/** One command's usage and what it does, for `platsen COMMAND --help`. */
export function commandHelpLines(command: CliCommand, { t }: Pick<CliContext, 't'>): string[] {
  return [t('cli.help.heading'), `  ${t(command.usageKey)}`, `      ${t(command.summaryKey)}`, '', t('cli.help.options'), t('cli.help.exitCodes')];
}

export function helpLines(names: readonly string[], { t }: Pick<CliContext, 't'>): string[] {
  return [
    t('cli.help.title'),
    '',
    t('cli.help.heading'),
    ...names.flatMap((name) => [`  ${t(`cli.${name}.usage`)}`, `      ${t(`cli.${name}.summary`)}`]),
    '',
    t('cli.help.options'),
    t('cli.help.exitCodes'),
  ];
}
