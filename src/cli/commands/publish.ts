// platsen publish WORKSPACE.platsen.json --out SNAPSHOT.json
import { resolve } from 'node:path';
import { DomainError } from '../../domain/errors';
import { nowIso } from '../../domain/ids';
import { parseBackup } from '../../domain/io/backup';
import { publishSnapshot, type PublishReport } from '../../domain/publish/snapshot';
import { hasKey } from '../../i18n/translate';
import { EXIT_OK, UsageError, readText, writeTextAtomic, type CliCommand, type CliContext } from '../command';

export const publishCommand: CliCommand = {
  name: 'publish',
  usageKey: 'cli.publish.usage',
  summaryKey: 'cli.publish.summary',
  options: { out: { type: 'string', short: 'o' } },
  async run({ positionals, values }, ctx) {
    const [input, ...rest] = positionals;
    if (!input) throw new UsageError('cli.error.missingInput');
    if (rest.length > 0) throw new UsageError('cli.error.extraArguments');
    if (typeof values.out !== 'string') throw new UsageError('cli.error.missingOut');
    const from = resolve(ctx.cwd, input);
    const to = resolve(ctx.cwd, values.out);
    if (from === to) throw new DomainError('cli.error.sameFile', { path: to });

    const doc = parseBackup(await readText(from));
    const { snapshot, report } = publishSnapshot(doc, { now: nowIso() });
    // Compact: every visitor of the public map downloads this file.
    await writeTextAtomic(to, `${JSON.stringify(snapshot)}\n`);
    ctx.out(ctx.t('publish.report.written', { file: values.out }));
    for (const line of reportLines(report, ctx)) ctx.out(line);
    return EXIT_OK;
  },
};

export function reportLines(report: PublishReport, ctx: Pick<CliContext, 't'>): string[] {
  const { t } = ctx;
  const lines = [
    t('publish.report.investments', report.investments),
    t('publish.report.reviews', {
      published: report.reviews.published, notPublic: report.reviews.notPublic,
      superseded: report.reviews.superseded, unpublished: report.reviews.ofUnpublishedInvestments,
    }),
    t('publish.report.areas', { published: report.areas.published, without: report.areas.withoutPublicInvestments }),
    t('publish.report.indicators', {
      published: report.indicators.published, notPublic: report.indicators.notPublic, unpublished: report.indicators.ofUnpublishedProgrammes,
    }),
    t('publish.report.realisations', {
      published: report.realisations.published, notPublic: report.realisations.notPublic,
      earlier: report.realisations.earlier, unpublished: report.realisations.ofUnpublishedInvestments,
    }),
    t('publish.report.internalNotes', { count: report.internalNotesLeftOut }),
  ];
  const left = Object.entries(report.notPublished).map(([table, n]) => {
    const key = `publish.table.${table}`;
    return hasKey(key) ? t(key, { n }) : `${n} ${table}`;
  });
  if (left.length > 0) lines.push(t('publish.report.notPublished', { list: left.join(', ') }));
  if (report.investments.published === 0) lines.push(t('publish.report.noPublicInvestments'));
  return lines;
}
