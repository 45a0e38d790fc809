// How the demo programmes follow up what they achieve: invented indicators (every source says it is
// a fictional example) and the benefit follow-up of the one investment that has passed the last gate.
// Public unless marked otherwise, so the public map shows the feature; one internal indicator shows
// what publishing leaves out.
import type { BenefitDimension, IsoDate } from '../model';
import type { DemoAreaSlug } from './demo-areas';

export interface DemoIndicator {
  area: DemoAreaSlug;
  name: string;
  unit: string;
  source: string;
  baseline: readonly [value: number, year: number];
  target: readonly [value: number, year: number];
  measurements: ReadonlyArray<readonly [value: number, date: IsoDate]>;
  dimension: BenefitDimension;
  sdgs: readonly number[];
  internal?: boolean;
}

const FICTIONAL = 'Fiktivt exempel';
const EMPLOYMENT = 'Andel förvärvsarbetande 20–64 år';
const SCB = `${FICTIONAL} (i ett riktigt program: SCB, registerbaserad arbetsmarknadsstatistik)`;
const SAFETY_SURVEY = `${FICTIONAL} (i ett riktigt program: stadens trygghetsmätning)`;

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    area: 'lindangen', name: EMPLOYMENT, unit: '%', source: SCB, baseline: [58.4, 2022], target: [65, 2028],
    measurements: [[59.6, '2023-11-30'], [61.1, '2024-11-30']], dimension: 'economic', sdgs: [8],
  },
  {
    area: 'lindangen', name: 'Andel boende som undviker centrumtorget kvällstid', unit: '%', source: SAFETY_SURVEY,
    baseline: [41, 2023], target: [20, 2028], measurements: [[33, '2025-10-15'], [27, '2026-03-15']], dimension: 'social', sdgs: [5, 11, 16],
  },
  {
    area: 'holma', name: 'Andel elever i årskurs 9 behöriga till gymnasiet', unit: '%',
    source: `${FICTIONAL} (i ett riktigt program: Skolverket)`, baseline: [68, 2022], target: [80, 2028],
    measurements: [[71, '2024-06-30'], [73.5, '2025-06-30']], dimension: 'social', sdgs: [4],
  },
  {
    area: 'kroksback', name: EMPLOYMENT, unit: '%', source: SCB, baseline: [55.2, 2022], target: [62, 2028],
    measurements: [[56, '2023-11-30'], [57.3, '2024-11-30']], dimension: 'economic', sdgs: [8],
  },
  {
    area: 'kroksback', name: 'Anmälda vattenskador i källare efter skyfall', unit: 'st',
    source: `${FICTIONAL} (uppgifter från fastighetsägarna, som inte får spridas)`, baseline: [14, 2021], target: [0, 2028],
    measurements: [[6, '2026-08-20']], dimension: 'environmental', sdgs: [11, 13], internal: true,
  },
  {
    area: 'rosengard_centrum', name: 'Besökare på torget en vardagskväll (räkning kl. 18–20)', unit: 'personer',
    source: `${FICTIONAL} (programgruppens egna räkningar)`, baseline: [420, 2023], target: [700, 2028],
    measurements: [[480, '2025-09-18'], [560, '2026-09-17']], dimension: 'social', sdgs: [11],
  },
  {
    area: 'herrgarden', name: EMPLOYMENT, unit: '%', source: SCB, baseline: [45.1, 2022], target: [52, 2028],
    measurements: [[46, '2023-11-30'], [47.2, '2024-11-30']], dimension: 'economic', sdgs: [8],
  },
];

export interface DemoRealisation {
  /** The investment's slug. */
  investment: string;
  date: IsoDate;
  /** Environmental, social, economic. */
  realised: readonly [string, string, string];
  degree: readonly [number | null, number | null, number | null];
}

export const DEMO_REALISATIONS: readonly DemoRealisation[] = [
  {
    investment: 'lindangen_02', date: '2026-10-15',
    realised: [
      'Belysningen runt torget använder drygt 40 procent mindre energi än den gamla.',
      'Andelen boende som undviker torget kvällstid har minskat från 41 till 27 procent, och fler kvinnor rör sig där på kvällen.',
      'Skadegörelseärendena vid torget har halverats; hur mycket som beror på belysningen går ännu inte att säga.',
    ],
    degree: [90, 75, 50],
  },
];
