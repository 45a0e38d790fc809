// Deciding which system a file's numbers are in. A declaration wins; without one, every position
// votes by its ranges (so one stray value cannot flip a whole file), and the majority decides.
import { DomainError } from '../errors';
import { SWEREF_LOCAL_ZONES, type CrsCode } from './crs';
import type { CrsInfo, ReadResult } from './types';

type Family = 'geo' | 'tm' | 'local' | 'rt90' | 'other';

interface Tally {
  family: Record<Family, number>;
  /** Per family: positions that only fit with the axes swapped. */
  swapped: Record<Family, number>;
  sample: [number, number] | null;
}

/** Sweden's northings in every SWEREF 99 and RT90 grid. */
const isSwedishNorthing = (n: number) => n >= 6_000_000 && n <= 7_800_000;

function projectedFamily(e: number, n: number): Family | null {
  if (!isSwedishNorthing(n)) return null;
  if (e >= 250_000 && e <= 1_200_000) return 'tm';
  if (e >= 50_000 && e < 250_000) return 'local';
  if (e > 1_200_000 && e <= 1_900_000) return 'rt90';
  return null;
}

/** Latitude 54–70 in x and longitude 10–25 in y: a Swedish position written as (lat, lon). */
const looksLikeSwedishLatLon = (x: number, y: number) => x >= 54 && x <= 70 && y >= 10 && y <= 25;

function vote(t: Tally, x: number, y: number): void {
  t.sample ??= [x, y];
  if (Math.abs(x) <= 360 && Math.abs(y) <= 360) {
    t.family.geo++;
    if (looksLikeSwedishLatLon(x, y)) t.swapped.geo++;
    return;
  }
  const straight = projectedFamily(x, y);
  if (straight) {
    t.family[straight]++;
    return;
  }
  const reversed = projectedFamily(y, x);
  if (reversed) {
    t.family[reversed]++;
    t.swapped[reversed]++;
    return;
  }
  t.family.other++;
}

const MAX_DEPTH = 4;

function walk(t: Tally, coords: unknown, depth: number): void {
  if (!Array.isArray(coords) || depth > MAX_DEPTH) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    if (Number.isFinite(coords[0]) && Number.isFinite(coords[1])) vote(t, coords[0], coords[1]);
    return;
  }
  for (const c of coords) walk(t, c, depth + 1);
}

/** Counts positions by the family of systems their ranges fit. Never throws. */
export function tallyPositions(features: unknown[]): Tally {
  const zero = (): Record<Family, number> => ({ geo: 0, tm: 0, local: 0, rt90: 0, other: 0 });
  const t: Tally = { family: zero(), swapped: zero(), sample: null };
  for (const f of features) {
    const g = (f as { geometry?: { coordinates?: unknown } } | null)?.geometry;
    if (g && typeof g === 'object') walk(t, g.coordinates, 0);
  }
  return t;
}

function winner(t: Tally): Family | null {
  let best: Family | null = null;
  for (const f of Object.keys(t.family) as Family[]) {
    if (t.family[f] > 0 && (best === null || t.family[f] > t.family[best])) best = f;
  }
  return best;
}

const swappedMajority = (t: Tally, f: Family) => t.swapped[f] * 2 > t.family[f];

export interface CrsChoice {
  /** The user's choice: confirms or overrides a declaration or a guess. */
  crs?: CrsCode;
  /** The user's answer to a suspected (lat, lon) order. */
  swapAxes?: boolean;
}

/**
 * Decides the source system of a read file. Throws DomainError 'io.error.crsUnknown' when the
 * positions fit no supported system and nothing was declared or chosen.
 */
export function detectCrs(read: Pick<ReadResult, 'features' | 'declared'>, choice: CrsChoice = {}): CrsInfo {
  const t = tallyPositions(read.features);
  const fam = winner(t);
  const projectedSwap = fam !== null && fam !== 'geo' && fam !== 'other' && swappedMajority(t, fam);
  const geoSwap = fam === 'geo' && swappedMajority(t, 'geo');
  const base = (crs: CrsCode | null, source: CrsInfo['source'], needsConfirmation: boolean): CrsInfo => ({
    crs,
    source,
    needsConfirmation: needsConfirmation || (geoSwap && choice.swapAxes === undefined),
    swapSuspected: geoSwap,
    swapApplied: choice.swapAxes ?? projectedSwap,
    candidates: crs ? [crs] : [],
  });

  if (choice.crs) return base(choice.crs, 'user', false);
  if (read.declared) return base(read.declared.crs, read.declared.source, false);
  switch (fam) {
    case null:
    case 'geo':
      return base('EPSG:4326', 'default', false);
    case 'tm':
      return base('EPSG:3006', 'guessed', true);
    case 'rt90':
      return base('EPSG:3021', 'guessed', true);
    case 'local':
      return { ...base(null, 'guessed', true), candidates: [...SWEREF_LOCAL_ZONES, 'EPSG:3006'] };
    case 'other': {
      const [x, y] = t.sample ?? [0, 0];
      throw new DomainError('io.error.crsUnknown', { x, y });
    }
  }
}
