// Indicators measure what a programme achieves (the seed's MÄT): a baseline, a target and the
// follow-up measurements, optionally tied to one of the bundled SCB statistics.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import { isIsoDate } from '../investments';
import type { Id, Indicator, IsoDate } from '../model';
import { BENEFIT_DIMENSIONS } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';
import { isStatKey } from '../stats/statistics';

export type IndicatorFields = Omit<Indicator, 'id' | 'createdAt' | 'updatedAt' | 'measurements'>;
/** A new indicator: its programme and name are required, everything else has a blank default. */
export type NewIndicator = Pick<IndicatorFields, 'programmeId' | 'name'> & Partial<IndicatorFields>;
/** Measurements may be replaced as a whole (to correct or remove one); they are kept sorted. */
export type IndicatorChanges = Partial<Omit<Indicator, 'id' | 'programmeId' | 'createdAt' | 'updatedAt'>>;
export type Measurement = Indicator['measurements'][number];

const MAX_NAME = 200;
const MAX_TEXT = 2_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function checkPoint(point: { value: number; year: number } | null, field: 'baseline' | 'target'): void {
  if (!point) return;
  if (!Number.isFinite(point.value)) throw new DomainError('indicator.error.value', { field });
  if (!Number.isInteger(point.year) || point.year < MIN_YEAR || point.year > MAX_YEAR) {
    throw new DomainError('indicator.error.year', { field, min: MIN_YEAR, max: MAX_YEAR });
  }
}

function checkMeasurement(m: Measurement): void {
  if (!Number.isFinite(m.value)) throw new DomainError('indicator.error.value', { field: 'measurement' });
  if (!isIsoDate(m.date)) throw new DomainError('indicator.error.date', { value: m.date });
}

/** By date; measurements of the same date keep the order they were entered in (stable sort). */
function sortedByDate(measurements: Measurement[]): Measurement[] {
  return [...measurements].sort((a, b) => a.date.localeCompare(b.date));
}

/** Refuses values that would make the indicator meaningless; returns it tidied (name trimmed, measurements sorted). */
function validated(ind: Indicator): Indicator {
  const name = ind.name.trim();
  if (!name) throw new DomainError('indicator.error.nameRequired');
  if (name.length > MAX_NAME) throw new DomainError('indicator.error.nameTooLong', { max: MAX_NAME });
  if (ind.unit.length > MAX_TEXT || ind.source.length > MAX_TEXT) throw new DomainError('indicator.error.textTooLong', { max: MAX_TEXT });
  if (ind.statistic !== null && !isStatKey(ind.statistic)) throw new DomainError('indicator.error.unknownStatistic', { value: ind.statistic });
  checkPoint(ind.baseline, 'baseline');
  checkPoint(ind.target, 'target');
  if (ind.baseline && ind.target && ind.target.year < ind.baseline.year) throw new DomainError('indicator.error.yearOrder');
  if (ind.benefitDimension !== null && !BENEFIT_DIMENSIONS.includes(ind.benefitDimension)) {
    throw new DomainError('indicator.error.benefitDimension', { value: String(ind.benefitDimension) });
  }
  if (ind.sdgs.some((n) => !Number.isInteger(n) || n < 1 || n > 17)) throw new DomainError('indicator.error.sdg');
  ind.measurements.forEach(checkMeasurement);
  return { ...ind, name, sdgs: [...new Set(ind.sdgs)], measurements: sortedByDate(ind.measurements) };
}

/** Optional fields passed as undefined mean "not given", not "erase": keep the default or old value. */
function given<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

export const addIndicator = defineCommand<NewIndicator>('command.addIndicator', (doc, fields, ctx) => {
  if (!doc.programmes[fields.programmeId]) throw new DomainError('programme.error.notFound', { id: fields.programmeId });
  const indicator: Indicator = {
    unit: '', statistic: null, source: '', baseline: null, target: null, benefitDimension: null, sdgs: [], public: false,
    ...given(fields),
    measurements: [],
    id: ctx.newId('ind'), createdAt: ctx.now, updatedAt: ctx.now,
  };
  return putInto(emptyDraft(), 'indicators', validated(indicator));
});

function existing(indicators: Record<Id, Indicator>, id: Id): Indicator {
  const old = indicators[id];
  if (!old) throw new DomainError('indicator.error.notFound', { id });
  return old;
}

export const updateIndicator = defineCommand<{ id: Id; changes: IndicatorChanges }>('command.updateIndicator', (doc, { id, changes }, ctx) => {
  const old = existing(doc.indicators, id);
  return putInto(emptyDraft(), 'indicators', validated({ ...old, ...given(changes), updatedAt: ctx.now }));
});

export const deleteIndicator = defineCommand<{ id: Id }>('command.deleteIndicator', (doc, { id }) => {
  existing(doc.indicators, id);
  return deleteInto(emptyDraft(), 'indicators', id);
});

export const addMeasurement = defineCommand<{ indicatorId: Id; value: number; date: IsoDate }>('command.addMeasurement', (doc, { indicatorId, value, date }, ctx) => {
  const old = existing(doc.indicators, indicatorId);
  const measurement = { value, date };
  checkMeasurement(measurement);
  const next = { ...old, measurements: sortedByDate([...old.measurements, measurement]), updatedAt: ctx.now };
  return putInto(emptyDraft(), 'indicators', next);
});
