// Where the statistics of this workspace come from: a division imported from a file with SCB
// statistics attached (any municipality), else the DeSO statistics bundled for Malmö and Borås.
import { useMemo } from 'react';
import { usePlatsen } from '../../app/store-context';
import type { DivisionStatistic, ReferenceDivision } from '../../domain/model';
import type { DesoFeature } from '../../domain/stats/deso-index';
import { divisionFeatures, statsDivision } from '../../domain/stats/division-stats';
import { useDeso, type Loadable } from './deso-data';

export interface DivisionStats {
  division: ReferenceDivision;
  stats: DivisionStatistic[];
  features: DesoFeature[];
}

/** The division whose statistics are shown, as features like the bundled DeSO; null when none has any. */
export function useDivisionStats(): DivisionStats | null {
  const divisions = usePlatsen((s) => s.doc.divisions);
  const divisionStats = usePlatsen((s) => s.doc.divisionStats);
  return useMemo(() => {
    const picked = statsDivision({ divisions, divisionStats });
    return picked && { ...picked, features: divisionFeatures(picked.division, picked.stats) };
  }, [divisions, divisionStats]);
}

export interface StatFeatures {
  features: readonly DesoFeature[];
  /** The division the figures belong to; null for the bundled DeSO statistics. */
  division: DivisionStats | null;
}

/** The features to aggregate from; the bundled file is loaded only when no division has statistics (and `need`). */
export function useStatFeatures(need: boolean): Loadable<StatFeatures> {
  const division = useDivisionStats();
  const bundled = useDeso(need && !division ? 'all' : null);
  const ready = useMemo(() => (division ? { features: division.features, division } : null), [division]);
  if (ready) return { status: 'ready', data: ready };
  if (bundled.status !== 'ready') return bundled;
  return { status: 'ready', data: { features: bundled.data, division: null } };
}

/** "SCB TAB6574 Folkmängd… 2024; …": each imported table once, with its year. */
export function sourceLine(stats: readonly DivisionStatistic[]): string {
  const tables = new Map(stats.map((s) => [`${s.source.table}|${s.source.year}`, s.source]));
  return [...tables.values()].map((s) => [s.table, s.title, s.year].filter(Boolean).join(', ')).join('; ');
}

/** The source line under imported figures: SCB's credit and each table with its year. */
export function sourceText(t: (key: string, params?: Record<string, string | number>) => string, stats: readonly DivisionStatistic[]): string {
  return t('stat.sourceImported', { tables: sourceLine(stats) });
}
