// platsen demo --out FILE.platsen.json [--areas DELOMRADEN.geojson]
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { buildDemoDocument } from '../../domain/demo/build-demo';
import { DomainError } from '../../domain/errors';
import { nowIso } from '../../domain/ids';
import { serializeBackup } from '../../domain/io/backup';
import { EXIT_OK, UsageError, readText, writeTextAtomic, type CliCommand } from '../command';

export const demoCommand: CliCommand = {
  name: 'demo',
  usageKey: 'cli.demo.usage',
  summaryKey: 'cli.demo.summary',
  options: { out: { type: 'string', short: 'o' }, areas: { type: 'string' } },
  async run({ positionals, values }, ctx) {
    if (positionals.length > 0) throw new UsageError('cli.error.extraArguments');
    if (typeof values.out !== 'string') throw new UsageError('cli.error.missingOut');
    // Malmö stad's delområden as published (data/README.md), the same input the demo tests use.
    const areasPath = typeof values.areas === 'string'
      ? resolve(ctx.cwd, values.areas)
      : join(ctx.root, 'data', 'malmo', 'delomraden.geojson');
    const areas = readFeatureCollection(await readText(areasPath), areasPath);
    const now = nowIso();
    const doc = buildDemoDocument(areas, { now });
    await writeTextAtomic(resolve(ctx.cwd, values.out), serializeBackup(doc, now));
    ctx.out(ctx.t('cli.demo.written', {
      file: values.out, areas: Object.keys(doc.areas).length, investments: Object.keys(doc.investments).length,
    }));
    return EXIT_OK;
  },
};

function readFeatureCollection(text: string, path: string): FeatureCollection {
  try {
    const data = JSON.parse(text) as Partial<FeatureCollection>;
    if (data.type === 'FeatureCollection' && Array.isArray(data.features)) return data as FeatureCollection;
  } catch {
    // Reported below like any other file that is not a feature collection.
  }
  throw new DomainError('cli.error.areasFile', { path });
}
