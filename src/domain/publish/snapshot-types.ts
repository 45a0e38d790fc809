// The public snapshot, version 1: everything the public, read-only map shows, and nothing else.
// A planner publishes it from a workspace (snapshot.ts); the viewer reads it with
// parse-snapshot.ts. The same shape is described for other tools as a JSON Schema in
// public/schema/snapshot-v1.schema.json (a test keeps the two in step).
//
// Versioning: `version` changes only when an existing field changes meaning or shape, or is removed.
// New fields may be added within version 1; readers must ignore fields they do not know.
//
// What is public, and why:
// - Investments marked `visibility: 'public'` only. Internal investments are left out entirely.
// - Never an investment's internal notes, its overall goals' descriptions, or any department data
//   beyond its name.
// - Gate reviews marked `public` only, and only those still in force (a corrected review is
//   replaced by its correction). A public review carries its comments, reason and deciding body:
//   marking it public is the programme group's decision to explain itself to residents.
// - The phase of a public investment is derived from all its reviews in force, public or not: where
//   an investment stands is public information even when the discussion behind it is not.
// - Every area is published, with or without public investments: its name, boundary, description and
//   its programme's vision, common goals and governance mode are what the municipality says openly
//   about a place (the seed: what is planned for a place should be visible to those who live there).
//   The programme's coordination function, programme group and hard/soft value scores are internal.
// - A programme's indicators marked `public` only: how the programme measures what it achieves
//   (baseline, target, measurements) is what it promises residents. Whether an indicator comes from
//   a bundled statistic is an editor detail and stays out; the `source` text names the source.
// - Of a public investment's benefit follow-ups (realisations), the latest one marked `public`: what
//   came true, next to what was expected. Follow-ups of internal investments never.
// - Workshop notes and tours are not part of version 1.
//
// Added within version 1 (absent in snapshots published before; readers take absent as none):
// `PublicProgramme.indicators` and `PublicInvestment.realisation`; and `PublicGate.residentPhase`
// (absent: the default by the gate's position, defaultResidentPhases).
import type {
  Aspect, AspectAssessment, AreaGeometry, BenefitDimension, Budget, Decision, GovernanceMode, Id, InvestmentGeometry,
  InvestmentKind, IsoDate, MapView, Rating, SdgNumber, Timestamp,
} from '../model';
import type { PhaseStatus } from '../phase';
import type { ResidentPhase } from '../resident-phases';

export const SNAPSHOT_FORMAT = 'platsen-public-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface PublicSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  publishedAt: Timestamp;
  workspace: {
    name: string;
    municipality: string;
    /** Where the public map opens. */
    defaultView: MapView;
  };
  /** The workspace's gate model in order; `phase.gateIndex` indexes this list. */
  gates: PublicGate[];
  /** Sorted by id. */
  areas: PublicArea[];
  /** Sorted by id. */
  investments: PublicInvestment[];
  /** Credits the map must show for the published data (e.g. the source of adopted area boundaries). */
  attribution: string[];
  /** True when every published investment is an invented demo example: the viewer says so once for the map. */
  demo: boolean;
}

export interface PublicGate {
  code: string;
  name: { sv: string; en: string };
  /** How the public map names this phase for residents (the workspace's setting). Added within v1: may be absent. */
  residentPhase?: ResidentPhase;
}

export interface PublicArea {
  id: Id;
  name: string;
  description: string;
  geometry: AreaGeometry;
  /** null when the area has no programme yet. */
  programme: PublicProgramme | null;
}

export interface PublicProgramme {
  vision: string;
  commonGoals: string;
  governanceMode: GovernanceMode;
  /** Public indicators in the order the programme group added them. Added within v1: may be absent. */
  indicators?: PublicIndicator[];
}

/** How a programme measures a benefit: where it started, where it aims, what was measured since. */
export interface PublicIndicator {
  id: Id;
  name: string;
  unit: string;
  /** Where the figures come from, in the planner's words (e.g. "SCB" or "Trygghetsmätningen"). */
  source: string;
  baseline: { value: number; year: number } | null;
  target: { value: number; year: number } | null;
  /** Oldest first. */
  measurements: Array<{ value: number; date: IsoDate }>;
  benefitDimension: BenefitDimension | null;
  /** Agenda 2030 goal numbers, 1–17. */
  sdgs: SdgNumber[];
}

/** A public investment's latest public benefit follow-up. */
export interface PublicRealisation {
  date: IsoDate;
  /** What came true, per dimension (may be empty). */
  realised: Record<BenefitDimension, string>;
  /** How well each expected benefit was realised: 0 (not at all) to 100 (fully), null when not judged. */
  degree: Record<BenefitDimension, number | null>;
}

export interface PublicInvestment {
  id: Id;
  title: string;
  kind: InvestmentKind;
  /** A category id (translated by the viewer as `category.<id>`) or a workspace's own category name. */
  category: string;
  geometry: InvestmentGeometry;
  /** Covers its whole area; the geometry is then the area's. */
  wholeArea: boolean;
  /** One of `areas[].id`, or null when the investment lies outside every area. */
  areaId: Id | null;
  description: string;
  /** Name of the responsible department (förvaltning), or null. */
  department: string | null;
  /** Partner organisations (property owners, associations, authorities); never private persons. */
  partners: string[];
  /** SEK. */
  budget: Budget;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  expectedBenefits: Record<BenefitDimension, string>;
  /** Agenda 2030 goal numbers, 1–17. */
  sdgs: SdgNumber[];
  /** Titles of the municipality's overall goals the investment serves (titles only). */
  goals: string[];
  phase: PublicPhase;
  /** Public reviews still in force, oldest first. */
  reviews: PublicReview[];
  /** The latest public benefit follow-up, or null. Added within v1: may be absent. */
  realisation?: PublicRealisation | null;
  /** True for an invented example (the bundled demo's own records); absent for real ones. Added within v1. */
  invented?: true;
}

export interface PublicPhase {
  /** Index into `gates`. */
  gateIndex: number;
  gateCode: string;
  status: PhaseStatus;
}

export interface PublicReview {
  date: IsoDate;
  gateCode: string;
  decision: Decision;
  /** Why the group decided so (required when passing against a weak aspect); may be empty. */
  reason: string;
  decidedBy: string;
  /** The five-step analysis: a rating and a comment per aspect. */
  aspects: Record<Aspect, AspectAssessment>;
  benefitRatings: Record<BenefitDimension, Rating>;
}
