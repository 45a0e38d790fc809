// Reads a public snapshot for the viewer. Kept free of turf and every other heavy dependency: the
// public map's bundle includes this file. Checks every field the viewer relies on, so a damaged or
// hand-edited file gives a clear message instead of a blank map.
import { DomainError } from '../errors';
import { ASPECTS, BENEFIT_DIMENSIONS, RATINGS } from '../model';
import {
  AREA_GEOMETRY_TYPES, INVESTMENT_GEOMETRY_TYPES, arrayOf, bool, finite, firstBadField, geometryOf, int, isObject,
  nullable, oneOf, optional, recordOf, shape, str, type Spec,
} from '../io/structure-checks';
import { RESIDENT_PHASES } from '../resident-phases';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type PublicSnapshot } from './snapshot-types';

const rating = oneOf(...RATINGS);
/** A field added within version 1: snapshots published before it lack it. */
const yearValue = nullable(shape({ value: finite, year: int }));

const INDICATOR = shape({
  id: str, name: str, unit: str, source: str, baseline: yearValue, target: yearValue,
  measurements: arrayOf(shape({ value: finite, date: str })), benefitDimension: nullable(oneOf(...BENEFIT_DIMENSIONS)),
  sdgs: arrayOf(int),
});

const REALISATION = shape({
  date: str, realised: recordOf(BENEFIT_DIMENSIONS, str), degree: recordOf(BENEFIT_DIMENSIONS, nullable(finite)),
});

const TOP: Spec = {
  publishedAt: str,
  workspace: shape({
    name: str, municipality: str,
    defaultView: shape({ center: (v) => arrayOf(finite)(v) && (v as unknown[]).length === 2, zoom: finite }),
  }),
  gates: arrayOf(shape({ code: str, name: shape({ sv: str, en: str }), residentPhase: optional(oneOf(...RESIDENT_PHASES)) })),
  areas: Array.isArray,
  investments: Array.isArray,
  attribution: arrayOf(str),
  demo: bool,
};

const AREA: Spec = {
  id: str, name: str, description: str, geometry: geometryOf(AREA_GEOMETRY_TYPES),
  programme: nullable(shape({
    vision: str, commonGoals: str, governanceMode: oneOf('partial', 'full'), indicators: optional(arrayOf(INDICATOR)),
  })),
};

const REVIEW = shape({
  date: str, gateCode: str, decision: oneOf('pass', 'wait', 'stop'), reason: str, decidedBy: str,
  aspects: recordOf(ASPECTS, shape({ rating, comment: str })), benefitRatings: recordOf(BENEFIT_DIMENSIONS, rating),
});

const INVESTMENT: Spec = {
  id: str, title: str, kind: oneOf('physical', 'social'), category: str, geometry: geometryOf(INVESTMENT_GEOMETRY_TYPES),
  wholeArea: bool, areaId: nullable(str), description: str, department: nullable(str), partners: arrayOf(str),
  budget: shape({ investment: finite, operatingPerYear: finite, externalFunding: finite }),
  startDate: nullable(str), endDate: nullable(str), expectedBenefits: recordOf(BENEFIT_DIMENSIONS, str),
  sdgs: arrayOf(int), goals: arrayOf(str),
  phase: shape({ gateIndex: int, gateCode: str, status: oneOf('active', 'waiting', 'stopped', 'realised') }),
  reviews: arrayOf(REVIEW),
  realisation: optional(nullable(REALISATION)),
  invented: optional(oneOf(true)),
};

export function parseSnapshot(text: string): PublicSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('snapshot.error.notJson');
  }
  if (!isObject(data) || data.format !== SNAPSHOT_FORMAT) throw new DomainError('snapshot.error.format');
  if (data.version !== SNAPSHOT_VERSION) {
    throw new DomainError('snapshot.error.version', { found: String(data.version), supported: SNAPSHOT_VERSION });
  }
  check(data, TOP, '');
  (data.areas as unknown[]).forEach((a, i) => check(a, AREA, `areas[${i}]`));
  (data.investments as unknown[]).forEach((inv, i) => check(inv, INVESTMENT, `investments[${i}]`));
  return data as unknown as PublicSnapshot;
}

function check(value: unknown, spec: Spec, at: string): void {
  if (!isObject(value)) throw new DomainError('snapshot.error.structure', { path: at });
  const field = firstBadField(value, spec);
  if (field !== null) throw new DomainError('snapshot.error.structure', { path: at ? `${at}.${field}` : field });
}
