// What a well-formed record of each table looks like in a backup file (after migration to the
// current schema). Typed by TableName, so a new table cannot be added to the model without saying
// here how its records are checked.
import { ASPECTS, BENEFIT_DIMENSIONS, NOTE_CATEGORIES, RATINGS, type TableName } from '../model';
import {
  AREA_GEOMETRY_TYPES, INVESTMENT_GEOMETRY_TYPES, arrayOf, bool, finite, geometryOf, int, nullable, obj, oneOf,
  optional, recordOf, shape, str, type Spec,
} from './structure-checks';

const stamped: Spec = { createdAt: str, updatedAt: str };
const rating = oneOf(...RATINGS);

const gate = shape({ id: str, code: str, name: shape({ sv: str, en: str }) });

export const RECORD_SPECS: Record<TableName, Spec> = {
  workspace: {
    ...stamped, name: str, municipality: str, isDemo: bool,
    defaultView: shape({ center: (v) => arrayOf(finite)(v) && (v as unknown[]).length === 2, zoom: finite }),
    settings: shape({ gates: arrayOf(gate), categories: shape({ physical: arrayOf(str), social: arrayOf(str) }) }),
  },
  areas: {
    ...stamped, name: str, description: str, geometry: geometryOf(AREA_GEOMETRY_TYPES),
    source: shape({ type: oneOf('drawn', 'adopted', 'imported') }),
  },
  programmes: {
    ...stamped, areaId: str, vision: str, commonGoals: str, coordinationFunction: str, programmeGroup: arrayOf(str),
    governanceMode: oneOf('partial', 'full'), values: obj,
  },
  investments: {
    ...stamped, title: str, kind: oneOf('physical', 'social'), category: str,
    geometry: geometryOf(INVESTMENT_GEOMETRY_TYPES), wholeArea: bool, areaId: nullable(str), areaOverride: bool,
    description: str, departmentId: nullable(str), partners: arrayOf(str),
    budget: shape({ investment: finite, operatingPerYear: finite, externalFunding: finite }),
    startDate: nullable(str), endDate: nullable(str), expectedBenefits: recordOf(BENEFIT_DIMENSIONS, str),
    sdgs: arrayOf(int), overallGoalIds: arrayOf(str), visibility: oneOf('public', 'internal'), internalNotes: str,
    invented: optional(bool),
  },
  reviews: {
    ...stamped, investmentId: str, gateId: str, gateCode: str, date: str,
    aspects: recordOf(ASPECTS, shape({ rating, comment: str })), benefitRatings: recordOf(BENEFIT_DIMENSIONS, rating),
    decision: oneOf('pass', 'wait', 'stop'), reason: str, decidedBy: str, nextReviewDate: nullable(str),
    correctsReviewId: nullable(str), public: bool,
  },
  goals: { ...stamped, title: str, description: str },
  departments: { ...stamped, name: str, short: str },
  indicators: { ...stamped, programmeId: str, name: str, unit: str, measurements: arrayOf(obj), public: bool },
  realisations: { ...stamped, investmentId: str, date: str, realised: recordOf(BENEFIT_DIMENSIONS, str), public: bool },
  notes: { ...stamped, category: oneOf(...NOTE_CATEGORIES), text: str, areaId: nullable(str), public: bool },
  tours: { ...stamped, title: str, scenes: arrayOf(obj) },
  divisions: {
    ...stamped, name: str, kind: oneOf('deso', 'regso', 'other'), source: shape({ file: str, importedAt: str }), codeField: str,
    attribution: str, parts: arrayOf(shape({ code: str, name: str, geometry: geometryOf(AREA_GEOMETRY_TYPES) })),
  },
  divisionStats: { ...stamped, divisionId: str, key: str, values: obj, source: shape({ table: str, title: str, year: str, file: str }) },
};
