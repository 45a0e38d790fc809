import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { rect, testArea, testDoc, testInvestment, testReview } from '../test-kit';
import { parseSnapshot } from './parse-snapshot';
import { publishSnapshot } from './snapshot';

const NOW = '2026-11-27T09:00:00.000Z';
const doc = testDoc({
  areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
  investments: [testInvestment('inv_a', { visibility: 'public', areaId: 'area_a' })],
  reviews: [testReview('rev_1', { public: true })],
});
doc.programmes.prog_a = {
  id: 'prog_a', createdAt: NOW, updatedAt: NOW, areaId: 'area_a', vision: 'Grönt', commonGoals: '', coordinationFunction: '',
  programmeGroup: [], governanceMode: 'full', values: { goals: null, budget: null, management: null, culture: null, trust: null, leadership: null },
};
doc.indicators.ind_a = {
  id: 'ind_a', createdAt: NOW, updatedAt: NOW, programmeId: 'prog_a', name: 'Trygghet', unit: '%', statistic: null, source: 'Enkät',
  baseline: { value: 41.5, year: 2024 }, target: null, measurements: [{ value: 44, date: '2025-06-30' }], benefitDimension: 'social',
  sdgs: [16], public: true,
};
doc.realisations.real_a = {
  id: 'real_a', createdAt: NOW, updatedAt: NOW, investmentId: 'inv_a', date: '2026-10-01', public: true,
  realised: { environmental: '', social: 'Fler på torget', economic: '' }, degree: { environmental: null, social: 70, economic: null },
};
const { snapshot } = publishSnapshot(doc, { now: NOW });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into any path of the file
type Json = Record<string, any>;

function edited(change: (data: Json) => void): string {
  const data = structuredClone(snapshot) as unknown as Json;
  change(data);
  return JSON.stringify(data);
}

function errorOf(text: string): DomainError {
  try {
    parseSnapshot(text);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('parseSnapshot', () => {
  it('reads back what publishing wrote', () => {
    expect(snapshot.areas[0]!.programme!.indicators).toHaveLength(1);
    expect(snapshot.investments[0]!.realisation).not.toBeNull();
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('ignores fields added later within version 1', () => {
    expect(parseSnapshot(edited((d) => { d.indicators = []; d.investments[0].photo = 'x.jpg'; })).investments).toHaveLength(1);
  });

  it('reads a version 1 snapshot published before indicators and follow-ups were added', () => {
    const older = parseSnapshot(edited((d) => { delete d.areas[0].programme.indicators; delete d.investments[0].realisation; }));
    expect(older.areas[0]!.programme!.indicators).toBeUndefined();
    expect(older.investments[0]!.realisation).toBeUndefined();
  });

  it('reads a snapshot published before resident phases were added, and refuses an unknown phase', () => {
    const older = parseSnapshot(edited((d) => { for (const g of d.gates) delete g.residentPhase; }));
    expect(older.gates.every((g) => g.residentPhase === undefined)).toBe(true);
    expect(errorOf(edited((d) => { d.gates[1].residentPhase = 'soon'; })).params).toEqual({ path: 'gates' });
  });

  it('names the problem: not JSON, not a snapshot, another version', () => {
    expect(errorOf('<html>').code).toBe('snapshot.error.notJson');
    expect(errorOf(edited((d) => { d.format = 'platsen-workspace'; })).code).toBe('snapshot.error.format');
    const version = errorOf(edited((d) => { d.version = 2; }));
    expect([version.code, version.params]).toEqual(['snapshot.error.version', { found: '2', supported: 1 }]);
  });

  it('points to the first damaged field', () => {
    expect(errorOf(edited((d) => { delete d.gates; })).params).toEqual({ path: 'gates' });
    expect(errorOf(edited((d) => { d.areas[0].geometry.coordinates = [[[13, 55.6]]]; })).params).toEqual({ path: 'areas[0].geometry' });
    expect(errorOf(edited((d) => { d.investments[0].phase.status = 'done'; })).params).toEqual({ path: 'investments[0].phase' });
    expect(errorOf(edited((d) => { d.investments[0].reviews[0].aspects.market = null; })).params).toEqual({ path: 'investments[0].reviews' });
    expect(errorOf(edited((d) => { d.investments = [42]; })).params).toEqual({ path: 'investments[0]' });
    expect(errorOf(edited((d) => { d.areas[0].programme.indicators = [{ name: 'x' }]; })).params).toEqual({ path: 'areas[0].programme' });
    expect(errorOf(edited((d) => { d.investments[0].realisation = { date: '2026-01-01' }; })).params).toEqual({ path: 'investments[0].realisation' });
  });
});

describe('parse-snapshot.ts dependencies', () => {
  /** Every module the file loads at run time (type-only imports are erased), followed through relative paths. */
  function runtimeImports(url: URL, seen = new Set<string>()): Set<string> {
    const source = readFileSync(url, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)(?! type)[^'"]*?from '([^']+)'|^import '([^']+)'/gm)) {
      const spec = m[1] ?? m[2]!;
      if (seen.has(spec)) continue;
      seen.add(spec);
      if (spec.startsWith('.')) runtimeImports(new URL(`${spec}.ts`, url), seen);
    }
    return seen;
  }

  it('loads no package at all, so the public viewer bundle stays small', () => {
    const imports = [...runtimeImports(new URL('./parse-snapshot.ts', import.meta.url))];
    expect(imports.length).toBeGreaterThan(2);
    expect(imports.filter((spec) => !spec.startsWith('.'))).toEqual([]);
  });
});
