// The indicator form's fields as typed (text), and their reading into an indicator's fields. Numbers
// may be written the Swedish way (12,5 and 12 500) or with a decimal point (12.5); a comma is always
// a decimal sign, as in Swedish, so 12,500 means twelve and a half.
import type { IndicatorFields } from '../../domain/commands/indicators';
import type { BenefitDimension, Indicator } from '../../domain/model';
import { isStatKey, type StatKey } from '../../domain/stats/statistics';

export interface IndicatorDraft {
  name: string;
  unit: string;
  sourceKind: 'statistic' | 'manual';
  statistic: StatKey | '';
  source: string;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
  benefitDimension: BenefitDimension | '';
  sdgs: number[];
  public: boolean;
}

export type DraftFields = Omit<IndicatorFields, 'programmeId'>;
/** A message key and the i18n key of the field it is about. */
export type DraftError = { key: string; field: string };

export function emptyDraft(): IndicatorDraft {
  return {
    name: '', unit: '', sourceKind: 'manual', statistic: '', source: '', baselineValue: '', baselineYear: '',
    targetValue: '', targetYear: '', benefitDimension: '', sdgs: [], public: false,
  };
}

export function draftOf(ind: Indicator): IndicatorDraft {
  return {
    name: ind.name, unit: ind.unit, sourceKind: ind.statistic ? 'statistic' : 'manual',
    statistic: ind.statistic && isStatKey(ind.statistic) ? ind.statistic : '', source: ind.source,
    baselineValue: ind.baseline ? String(ind.baseline.value) : '', baselineYear: ind.baseline ? String(ind.baseline.year) : '',
    targetValue: ind.target ? String(ind.target.value) : '', targetYear: ind.target ? String(ind.target.year) : '',
    benefitDimension: ind.benefitDimension ?? '', sdgs: ind.sdgs, public: ind.public,
  };
}

/** A number as typed; null when empty, NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.');
  if (!cleaned) return null;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : NaN;
}

function point(value: string, year: string, field: string): { value: number; year: number } | null | DraftError {
  const v = parseNumber(value);
  const y = parseNumber(year);
  if (v === null && y === null) return null;
  if (v === null || y === null) return { key: 'indicators.error.pair', field };
  if (Number.isNaN(v)) return { key: 'indicators.error.number', field };
  if (!Number.isInteger(y)) return { key: 'indicators.error.year', field };
  return { value: v, year: y };
}

const isError = (x: unknown): x is DraftError => typeof x === 'object' && x !== null && 'key' in x;

/** The indicator's fields, or the first thing to correct. Rules about the whole (a name, year order) stay with the command. */
export function readDraft(d: IndicatorDraft): { ok: true; fields: DraftFields } | { ok: false; error: DraftError } {
  const baseline = point(d.baselineValue, d.baselineYear, 'indicators.baseline');
  if (isError(baseline)) return { ok: false, error: baseline };
  const target = point(d.targetValue, d.targetYear, 'indicators.target');
  if (isError(target)) return { ok: false, error: target };
  const statistic = d.sourceKind === 'statistic' && d.statistic ? d.statistic : null;
  return {
    ok: true,
    fields: {
      name: d.name, unit: d.unit.trim(), statistic, source: d.source.trim(), baseline, target,
      benefitDimension: d.benefitDimension || null, sdgs: [...d.sdgs].sort((a, b) => a - b), public: d.public,
    },
  };
}
