// platsen convert FILE --out OUT.geojson [--crs EPSG:3006] [--swap]
import { resolve } from 'node:path';
import { toWgs84GeoJSON } from '../../domain/io/import-pipeline';
import { EXIT_ERROR, EXIT_OK, UsageError, writeTextAtomic, type CliCommand } from '../command';
import { importFromArgs, ioOptions, printReport } from './validate';

export const convertCommand: CliCommand = {
  name: 'convert',
  usageKey: 'cli.convert.usage',
  summaryKey: 'cli.convert.summary',
  options: { ...ioOptions, out: { type: 'string', short: 'o' } },
  async run(args, ctx) {
    if (typeof args.values.out !== 'string') throw new UsageError('cli.error.missingOut');
    const result = await importFromArgs(args, ctx);
    printReport(args.positionals[0]!, result, ctx, false);
    if (result.features.length === 0) {
      ctx.err(ctx.t('cli.io.noneValid'));
      return EXIT_ERROR;
    }
    await writeTextAtomic(resolve(ctx.cwd, args.values.out), `${JSON.stringify(toWgs84GeoJSON(result.features))}\n`);
    ctx.out(ctx.t('cli.io.written', { n: result.features.length, file: args.values.out, skipped: result.counts.invalid }));
    return EXIT_OK;
  },
};
