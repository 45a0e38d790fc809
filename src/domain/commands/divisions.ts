// Reference divisions imported from files (saved by importFeatures with target 'division'): their
// statistics from SCB files, and deleting one, which takes its statistics with it (areas already
// adopted from it keep their shape and codes).
import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { DivisionStatistic, StatisticSource } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';
import { isStatKey, type StatKey } from '../stats/statistics';

export const deleteDivision = defineCommand<{ id: string }>('command.deleteDivision', (doc, { id }) => {
  if (!doc.divisions[id]) throw new DomainError('division.error.notFound');
  const patch = deleteInto(emptyDraft(), 'divisions', id);
  const stats = Object.values(doc.divisionStats).filter((s) => s.divisionId === id).map((s) => s.id);
  return stats.length ? deleteInto(patch, 'divisionStats', ...stats) : patch;
});

export interface ImportStatisticsArgs {
  divisionId: string;
  source: Omit<StatisticSource, 'importedAt'>;
  /** Values by region code (vintage suffix removed) per statistic; codes not in the division are left out. */
  statistics: Array<{ key: StatKey; values: Record<string, number | null> }>;
}

/** One import, one undo step: a record per statistic, replacing what the division had for that statistic. */
export const importStatistics = defineCommand<ImportStatisticsArgs>('command.importStatistics', (doc, args, ctx) => {
  const division = doc.divisions[args.divisionId];
  if (!division) throw new DomainError('division.error.notFound');
  if (!args.statistics.length) throw new DomainError('stats.error.nothingMapped');
  const codes = new Set(division.parts.map((p) => p.code));
  const records: DivisionStatistic[] = args.statistics.map(({ key, values }) => {
    if (!isStatKey(key)) throw new DomainError('stats.error.unknownStatistic', { key: String(key).slice(0, 40) });
    const kept = Object.fromEntries(Object.entries(values).filter(([code]) => codes.has(code)));
    if (Object.keys(kept).length === 0) throw new DomainError('stats.error.noMatch', { division: division.name });
    const id = `${division.id}:${key}`;
    const createdAt = doc.divisionStats[id]?.createdAt ?? ctx.now;
    return { id, createdAt, updatedAt: ctx.now, divisionId: division.id, key, values: kept, source: { ...args.source, importedAt: ctx.now } };
  });
  return putInto(emptyDraft(), 'divisionStats', ...records);
});
