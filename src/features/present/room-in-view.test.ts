import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDemoDocument } from '../../domain/demo/build-demo';
import { DEFAULT_GATES } from '../../domain/gates';
import { derivePhases } from '../../domain/phase';
import { bboxOf } from '../../map/planar';
import { summariseView } from './room-in-view';

const delomraden = JSON.parse(readFileSync(new URL('../../../data/malmo/delomraden.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const doc = buildDemoDocument(delomraden, { now: '2026-11-27T09:00:00.000Z' });
const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
const all = Object.values(doc.investments);
const lindangen = bboxOf(doc.areas.area_lindangen!.geometry);

describe('summariseView', () => {
  it('counts only what lies in view, by kind, status and phase', () => {
    const inView = all.filter((i) => i.areaId === 'area_lindangen');
    const s = summariseView(doc, all, phases, lindangen, DEFAULT_GATES.length, { type: 'phase' });
    expect(s.total).toBe(inView.length);
    expect(s.kinds.physical + s.kinds.social).toBe(inView.length);
    expect(s.statuses.waiting).toBe(inView.filter((i) => phases.get(i.id)!.status === 'waiting').length);
    expect(s.gates.reduce((a, b) => a + b, 0)).toBe(inView.filter((i) => phases.get(i.id)!.status !== 'stopped').length);
  });

  it('counts only what the filter shows, and nothing where nothing is', () => {
    const social = all.filter((i) => i.kind === 'social');
    expect(summariseView(doc, social, phases, lindangen, DEFAULT_GATES.length, { type: 'phase' }).kinds.physical).toBe(0);
    expect(summariseView(doc, all, phases, [0, 0, 1, 1], DEFAULT_GATES.length, { type: 'phase' }).total).toBe(0);
  });

  it('counts the ratings of the aspect the colour shows', () => {
    const s = summariseView(doc, all, phases, [-180, -90, 180, 90], DEFAULT_GATES.length, { type: 'aspect', aspect: 'market' });
    const weak = all.filter((i) => phases.get(i.id)!.status !== 'stopped' && phases.get(i.id)!.lastReview?.aspects.market.rating === 'weak').length;
    expect(weak).toBeGreaterThan(0);
    expect(s.ratings[3]).toBe(weak);
  });
});
