import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, booleanWithin } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES, isReviewComplete, weakPoints } from '../gates';
import { workspaceOf } from '../model';
import { derivePhases } from '../phase';
import { publishSnapshot } from '../publish/snapshot';
import { testInvestment } from '../test-kit';
import { buildDemoDocument, withInventedDemoRecords } from './build-demo';

const delomraden = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/malmo/delomraden.geojson', import.meta.url)), 'utf8'),
) as FeatureCollection;
const NOW = '2026-11-27T09:00:00.000Z';
const doc = buildDemoDocument(delomraden, { now: NOW });
const investments = Object.values(doc.investments);
const reviews = Object.values(doc.reviews);
const phases = derivePhases(investments.map((i) => i.id), reviews, DEFAULT_GATES);

describe('buildDemoDocument', () => {
  it('is a Malmö demo workspace with the default gates and translatable category ids', () => {
    const ws = workspaceOf(doc)!;
    expect(ws).toMatchObject({ name: 'Malmö (demo)', municipality: 'Malmö', isDemo: true });
    expect(ws.settings.gates).toEqual(DEFAULT_GATES);
    expect(ws.settings.categories.physical).toContain('meeting-place');
    expect(ws.settings.categories.social).toContain('integration');
    for (const inv of investments) expect(ws.settings.categories[inv.kind]).toContain(inv.category);
  });

  it('adopts at least four real delområden, each with one programme, in both governance modes', () => {
    const areas = Object.values(doc.areas);
    expect(areas.length).toBeGreaterThanOrEqual(4);
    expect(areas.map((a) => a.name)).toEqual(expect.arrayContaining(['Lindängen', 'Holma', 'Kroksbäck', 'Rosengård Centrum']));
    const programmes = Object.values(doc.programmes);
    for (const a of areas) {
      expect(a.source).toMatchObject({ type: 'adopted', layer: 'malmo-delomraden' });
      expect(programmes.filter((p) => p.areaId === a.id)).toHaveLength(1);
    }
    expect(new Set(programmes.map((p) => p.governanceMode))).toEqual(new Set(['partial', 'full']));
    for (const p of programmes) for (const d of p.programmeGroup) expect(doc.departments[d]).toBeDefined();
  });

  it('has at least 25 investments of both kinds, each described as fictional', () => {
    expect(investments.length).toBeGreaterThanOrEqual(25);
    expect(new Set(investments.map((i) => i.kind))).toEqual(new Set(['physical', 'social']));
    for (const inv of investments) expect(inv.description.startsWith('Fiktivt exempel.')).toBe(true);
    expect(new Set(investments.map((i) => i.visibility))).toEqual(new Set(['public', 'internal']));
  });

  it('links investments to existing departments and goals', () => {
    for (const inv of investments) {
      expect(doc.departments[inv.departmentId!]).toBeDefined();
      for (const g of inv.overallGoalIds) expect(doc.goals[g]).toBeDefined();
    }
  });

  it('places every investment inside the area it belongs to', () => {
    const types = new Set(investments.map((i) => i.geometry.type));
    expect(types).toEqual(new Set(['Point', 'LineString', 'Polygon']));
    for (const inv of investments) {
      const area = doc.areas[inv.areaId!]!;
      if (inv.wholeArea) expect(inv.geometry).toEqual(area.geometry);
      else if (inv.geometry.type === 'Point') expect(booleanPointInPolygon(inv.geometry.coordinates, area.geometry)).toBe(true);
      else expect(booleanWithin(inv.geometry, area.geometry)).toBe(true);
    }
    expect(investments.some((i) => i.wholeArea)).toBe(true);
  });

  it('spreads investments over every gate and every status', () => {
    const states = [...phases.values()];
    expect(new Set(states.map((s) => s.gateIndex))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(states.filter((s) => s.status === 'waiting').length).toBeGreaterThanOrEqual(2);
    expect(states.some((s) => s.status === 'stopped')).toBe(true);
    expect(states.some((s) => s.status === 'realised')).toBe(true);
    expect(states.some((s) => s.gateIndex === 0 && s.lastReview === null)).toBe(true);
  });

  it('records corrections of earlier reviews of the same investment', () => {
    const corrections = reviews.filter((r) => r.correctsReviewId);
    expect(corrections.length).toBeGreaterThanOrEqual(1);
    for (const c of corrections) expect(doc.reviews[c.correctsReviewId!]?.investmentId).toBe(c.investmentId);
  });

  it('gives a reason for every pass against a weak point, with the seed examples among them', () => {
    for (const r of reviews) expect(isReviewComplete(r)).toBe(true);
    const arguedPasses = reviews.filter((r) => r.decision === 'pass' && weakPoints(r).length > 0);
    expect(arguedPasses.some((r) => r.aspects.market.rating === 'weak')).toBe(true);
    expect(arguedPasses.some((r) => r.aspects.economy.rating === 'weak' && r.aspects.market.rating === 'strong')).toBe(true);
  });

  it('dates every review no later than the build date and in a sane order', () => {
    for (const r of reviews) {
      expect(r.date <= NOW.slice(0, 10)).toBe(true);
      if (r.nextReviewDate) expect(r.nextReviewDate > r.date).toBe(true);
    }
  });

  it('follows up every programme with public indicators, each said to be fictional, and one realised investment', () => {
    const indicators = Object.values(doc.indicators);
    for (const p of Object.values(doc.programmes)) {
      expect(indicators.filter((i) => i.programmeId === p.id && i.public).length).toBeGreaterThanOrEqual(1);
    }
    expect(indicators.some((i) => !i.public)).toBe(true);
    for (const i of indicators) {
      expect(i.source.startsWith('Fiktivt exempel')).toBe(true);
      expect(i.baseline!.year).toBeLessThan(i.target!.year);
      const dates = i.measurements.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d <= NOW.slice(0, 10))).toBe(true);
    }
    const realisations = Object.values(doc.realisations);
    expect(realisations.some((r) => r.public)).toBe(true);
    for (const r of realisations) {
      expect(phases.get(r.investmentId)).toMatchObject({ gateIndex: DEFAULT_GATES.length - 1, status: 'realised' });
      expect(doc.investments[r.investmentId]!.visibility).toBe('public');
      expect(r.date <= NOW.slice(0, 10)).toBe(true);
    }
  });

  it('is deterministic: two builds of the same input are equal', () => {
    expect(buildDemoDocument(delomraden, { now: NOW })).toEqual(doc);
  });

  it('refuses input without the demo areas', () => {
    expect(() => buildDemoDocument({ type: 'FeatureCollection', features: [] }, { now: NOW })).toThrow(/LINDÄNGEN/);
  });
});

describe('invented is a property of the demo records, not of the workspace', () => {
  const planners = { ...testInvestment('inv_mine', { title: 'Min nya park', visibility: 'public' }) };
  const withMine = { ...doc, investments: { ...doc.investments, inv_mine: planners } };

  it('marks every demo investment, and a planner\'s own one in the demo workspace is not invented, nor published as such', () => {
    expect(investments.every((i) => i.invented === true)).toBe(true);
    const { snapshot } = publishSnapshot(withMine, { now: NOW });
    const mine = snapshot.investments.find((i) => i.id === 'inv_mine')!;
    expect(mine).toBeDefined();
    expect('invented' in mine).toBe(false);
    expect(snapshot.investments.filter((i) => i.id !== 'inv_mine').every((i) => i.invented === true)).toBe(true);
    // The map as a whole is no longer all invented, so the viewer does not say so of everything.
    expect(snapshot.demo).toBe(false);
    expect(publishSnapshot(doc, { now: NOW }).snapshot.demo).toBe(true);
  });

  it('marks the demo\'s own investments of a demo workspace stored before the flag existed, and nothing else', () => {
    const old = structuredClone(withMine);
    for (const inv of Object.values(old.investments)) delete inv.invented;
    const read = withInventedDemoRecords(old);
    expect(read.investments.inv_mine!.invented).toBeUndefined();
    expect(Object.values(read.investments).filter((i) => i.invented).length).toBe(investments.length);
    // A workspace that already carries the flag, or is no demo, is read as it is.
    expect(withInventedDemoRecords(withMine)).toBe(withMine);
    const notDemo = { ...old, workspace: Object.fromEntries(Object.entries(old.workspace).map(([k, w]) => [k, { ...w, isDemo: false }])) };
    expect(withInventedDemoRecords(notDemo)).toBe(notDemo);
  });
});
