import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDemoDocument } from '../../domain/demo/build-demo';
import { DEFAULT_GATES } from '../../domain/gates';
import { derivePhases } from '../../domain/phase';
import '../../i18n/strings';
import { translate } from '../../i18n/translate';
import { explain, type ExplainContext } from './explain';

const delomraden = JSON.parse(readFileSync(new URL('../../../data/malmo/delomraden.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const doc = buildDemoDocument(delomraden, { now: '2026-11-27T09:00:00.000Z' });
const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
const context = (lang: 'sv' | 'en'): ExplainContext => ({ doc, phases, gates: DEFAULT_GATES, lang, t: (k, p) => translate(lang, k, p) });

describe('explain', () => {
  it('says a note in full, with its category and area in words, and that the demo invented it', () => {
    const note = doc.notes.note_lindangen_hinder_2!;
    expect(explain({ type: 'note', id: note.id }, context('sv'))).toEqual({
      kicker: 'Hinder: ekonomiskt', title: note.text, text: null, noteCategory: 'obstacle-economic',
      facts: [{ label: 'Område', value: 'Lindängen' }], invented: true,
    });
    expect(explain({ type: 'note', id: note.id }, context('en'))!.kicker).toBe('Obstacle: economic');
  });

  it('gives an investment its kind, phase in words (with waiting or stopped), area and department', () => {
    const waiting = [...phases].find(([, p]) => p.status === 'waiting')![0];
    const inv = doc.investments[waiting]!;
    const said = explain({ type: 'investment', id: inv.id }, context('sv'))!;
    const gate = DEFAULT_GATES[phases.get(inv.id)!.gateIndex]!;
    expect(said.title).toBe(inv.title);
    expect(said.kicker).toMatch(/^(Fysisk|Social) investering · /);
    expect(said.facts).toEqual([
      { label: 'Fas', value: `${gate.code} ${gate.name.sv} · avvaktar` },
      { label: 'Område', value: doc.areas[inv.areaId!]!.name },
      { label: 'Förvaltning', value: doc.departments[inv.departmentId!]!.name },
    ]);
  });

  it('sums up an area: its programme vision and what is in it', () => {
    const said = explain({ type: 'area', id: 'area_lindangen' }, context('sv'))!;
    expect(said.title).toBe('Lindängen');
    expect(said.text).toBe(doc.programmes.prog_lindangen!.vision);
    expect(said.facts).toEqual([{ label: 'Investeringar', value: '9' }, { label: 'Workshoplappar', value: String(Object.keys(doc.notes).length) }]);
  });

  it('says nothing about what no longer exists', () => {
    expect(explain({ type: 'note', id: 'gone' }, context('sv'))).toBeNull();
    expect(explain({ type: 'investment', id: 'gone' }, context('sv'))).toBeNull();
    expect(explain({ type: 'area', id: 'gone' }, context('sv'))).toBeNull();
  });
});
