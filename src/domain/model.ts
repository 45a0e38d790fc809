// The Platsen domain model: a workspace of areas, each with one programme, and the physical and
// social investments placed on the map, judged at gates by the five-step analysis.
// Plain serialisable data: everything here is stored in IndexedDB and in backup files as-is.
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { DivisionStatistic, ImportSource, ReferenceDivision } from './model-divisions';
import type { ResidentPhase } from './resident-phases';

/** Bumped whenever the stored shape of any record changes; persistence keeps every version. */
export const SCHEMA_VERSION = 4;

export type Id = string;
/** ISO 8601 timestamp (UTC), e.g. 2026-11-27T09:30:00.000Z. */
export type Timestamp = string;
/** ISO calendar date, e.g. 2026-11-27. */
export type IsoDate = string;

export interface Stamped {
  id: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface Workspace extends Stamped {
  name: string;
  municipality: string;
  /** SCB's four-digit kommunkod of the municipality (e.g. 1280), when chosen from the list; absent in older workspaces. */
  kommunkod?: string;
  /** true for the bundled demo: its investments are invented examples and the UI says so. */
  isDemo: boolean;
  defaultView: MapView;
  settings: WorkspaceSettings;
}

export interface WorkspaceSettings {
  gates: GateDef[];
  categories: { physical: string[]; social: string[] };
  /**
   * The resident phase (resident-phases.ts) each gate is shown as on the public map, by gate id.
   * Optional, added without a schema change: absent (older records and backups) or missing a gate
   * means that gate's default by position.
   */
  residentPhases?: Record<Id, ResidentPhase>;
}

export type AreaGeometry = Polygon | MultiPolygon;

export type { DivisionPart, DivisionStatistic, ImportSource, ReferenceDivision, StatisticSource } from './model-divisions';

export type AreaSource =
  | { type: 'drawn' }
  /** `layer`: a bundled ReferenceLayerId, or the id of a ReferenceDivision of the workspace. */
  | { type: 'adopted'; layer: ReferenceLayerId | Id; codes: string[] }
  | ({ type: 'imported' } & ImportSource);

/** Reference boundary layers bundled with the app. */
export type ReferenceLayerId = 'malmo-delomraden' | 'malmo-deso' | 'malmo-regso' | 'boras-deso' | 'boras-regso';

export interface Area extends Stamped {
  name: string;
  description: string;
  geometry: AreaGeometry;
  source: AreaSource;
}

export type GovernanceMode = 'partial' | 'full';
export const HARD_VALUES = ['goals', 'budget', 'management'] as const;
export const SOFT_VALUES = ['culture', 'trust', 'leadership'] as const;
export type HardValue = (typeof HARD_VALUES)[number];
export type SoftValue = (typeof SOFT_VALUES)[number];
/** 1–5, or null when not yet rated. */
export type ValueScore = 1 | 2 | 3 | 4 | 5 | null;

export interface Programme extends Stamped {
  areaId: Id;
  vision: string;
  commonGoals: string;
  coordinationFunction: string;
  /** Department ids taking part in the programme group. */
  programmeGroup: Id[];
  governanceMode: GovernanceMode;
  values: Record<HardValue | SoftValue, ValueScore>;
}

export type InvestmentKind = 'physical' | 'social';
export type InvestmentGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;
export type Visibility = 'public' | 'internal';
export const BENEFIT_DIMENSIONS = ['environmental', 'social', 'economic'] as const;
export type BenefitDimension = (typeof BENEFIT_DIMENSIONS)[number];
/** Agenda 2030 goal number, 1–17. */
export type SdgNumber = number;

export interface Budget {
  /** One-off investment, SEK. */
  investment: number;
  /** Yearly operating cost, SEK. */
  operatingPerYear: number;
  /** External funding (EU, state, foundations), SEK. */
  externalFunding: number;
}

export interface Investment extends Stamped {
  title: string;
  kind: InvestmentKind;
  category: string;
  geometry: InvestmentGeometry;
  /** Covers its whole area (many social investments do): geometry follows the area's. */
  wholeArea: boolean;
  /** The area it belongs to: set automatically from its geometry, or by the user's override. */
  areaId: Id | null;
  areaOverride: boolean;
  description: string;
  departmentId: Id | null;
  partners: string[];
  budget: Budget;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  expectedBenefits: Record<BenefitDimension, string>;
  sdgs: SdgNumber[];
  overallGoalIds: Id[];
  visibility: Visibility;
  internalNotes: string;
  /**
   * True only on the bundled demo's own investments: invented examples, labelled so in the editor
   * and in a published snapshot. A property of the record, not of the workspace, so what a planner
   * adds to the demo workspace is never called invented. Absent means false (added within schema 3).
   */
  invented?: boolean;
}

export interface GateDef {
  id: Id;
  /** Short code shown on symbols and columns, e.g. G2. */
  code: string;
  name: { sv: string; en: string };
}

export const ASPECTS = ['strategy', 'benefits', 'market', 'economy', 'governance'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const RATINGS = ['strong', 'positive', 'neutral', 'weak', 'negative', 'notAssessed'] as const;
export type Rating = (typeof RATINGS)[number];
export type Decision = 'pass' | 'wait' | 'stop';

export interface AspectAssessment {
  rating: Rating;
  comment: string;
}

export interface GateReview extends Stamped {
  investmentId: Id;
  /** The gate the review was made at; kept even if the gate model changes later. */
  gateId: Id;
  gateCode: string;
  date: IsoDate;
  aspects: Record<Aspect, AspectAssessment>;
  /** Benefits in three dimensions, each rated on the same scale. */
  benefitRatings: Record<BenefitDimension, Rating>;
  decision: Decision;
  /** Required when passing while any aspect is weak, negative or not assessed. */
  reason: string;
  decidedBy: string;
  nextReviewDate: IsoDate | null;
  /** A correction is a new review referring to the one it corrects (reviews are append-only). */
  correctsReviewId: Id | null;
  /** Review comments and the deciding body are internal unless marked public. */
  public: boolean;
}

export interface OverallGoal extends Stamped {
  title: string;
  description: string;
}

export interface Department extends Stamped {
  name: string;
  /** Short name, e.g. SBK, FRI. */
  short: string;
}

/** A measurable benefit of a programme: baseline, target and follow-up (the seed's MÄT). */
export interface Indicator extends Stamped {
  programmeId: Id;
  name: string;
  unit: string;
  /** A statistic key of the bundled SCB data (e.g. 'unemp'), or null when entered by hand. */
  statistic: string | null;
  source: string;
  baseline: { value: number; year: number } | null;
  target: { value: number; year: number } | null;
  measurements: Array<{ value: number; date: IsoDate }>;
  benefitDimension: BenefitDimension | null;
  sdgs: SdgNumber[];
  public: boolean;
}

/** At the last gate: what an investment's benefits turned out to be, against what was expected. */
export interface BenefitRealisation extends Stamped {
  investmentId: Id;
  date: IsoDate;
  realised: Record<BenefitDimension, string>;
  /** How well each expected benefit was realised: 0 (not at all) to 100 (fully), null when not judged. */
  degree: Record<BenefitDimension, number | null>;
  public: boolean;
}

export const NOTE_CATEGORIES = [
  'proud', 'obstacle-organisational', 'obstacle-economic', 'obstacle-cultural', 'obstacle-courage', 'hope', 'action',
] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

/** A workshop note pinned on the map during a meeting; never published unless chosen. */
export interface WorkshopNote extends Stamped {
  category: NoteCategory;
  text: string;
  position: [number, number] | null;
  areaId: Id | null;
  /** Only action notes: place on the effort/impact matrix, each 0 (easy / small) to 1 (hard / large). */
  matrix: { effort: number; impact: number } | null;
  public: boolean;
  /** An invented example (the demo's): the UI says so. Absent on everything a user makes. */
  invented?: boolean;
}

export interface TourScene {
  id: Id;
  focus: { type: 'area' | 'investment'; id: Id } | null;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  caption: string;
  asOf: IsoDate | null;
  /** Which investment kinds and phases are shown; empty = all. */
  filter: { kinds: InvestmentKind[]; gateIndexes: number[] };
  layers: { areas: boolean; investments: boolean; notes: boolean };
}

export interface Tour extends Stamped {
  title: string;
  scenes: TourScene[];
  /** An invented example (the demo's): the UI says so. Absent on everything a user makes. */
  invented?: boolean;
}

/** The tables of a workspace document. Each is a map id -> record. */
export interface PlatsenDocument {
  workspace: Record<Id, Workspace>;
  areas: Record<Id, Area>;
  programmes: Record<Id, Programme>;
  investments: Record<Id, Investment>;
  reviews: Record<Id, GateReview>;
  goals: Record<Id, OverallGoal>;
  departments: Record<Id, Department>;
  indicators: Record<Id, Indicator>;
  realisations: Record<Id, BenefitRealisation>;
  notes: Record<Id, WorkshopNote>;
  tours: Record<Id, Tour>;
  divisions: Record<Id, ReferenceDivision>;
  divisionStats: Record<Id, DivisionStatistic>;
}

export type TableName = keyof PlatsenDocument;
export const TABLES: readonly TableName[] = [
  'workspace', 'areas', 'programmes', 'investments', 'reviews', 'goals', 'departments',
  'indicators', 'realisations', 'notes', 'tours', 'divisions', 'divisionStats',
];
export type RecordOf<T extends TableName> = PlatsenDocument[T][Id];
export type AnyRecord = RecordOf<TableName>;

export function emptyDocument(): PlatsenDocument {
  return {
    workspace: {}, areas: {}, programmes: {}, investments: {}, reviews: {}, goals: {}, departments: {},
    indicators: {}, realisations: {}, notes: {}, tours: {}, divisions: {}, divisionStats: {},
  };
}

/** The single workspace record of a document (a document holds exactly one). */
export function workspaceOf(doc: PlatsenDocument): Workspace | undefined {
  return Object.values(doc.workspace)[0];
}
