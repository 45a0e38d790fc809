import { describe, expect, it } from 'vitest';
import { area as turfArea, booleanClockwise } from '@turf/turf';
import type { Point, Polygon } from 'geojson';
import { execute, type Command, type CommandContext } from './command';
import { addArea } from './add-area';
import { updateArea } from './update-area';
import { deleteArea } from './delete-area';
import { doUndoRedo as checkUndoRedo } from '../test-kit';
import { adoptAreas } from './adopt-areas';
import { deleteAreaImpact, newProgramme } from '../areas';
import { investmentDefaults } from '../investments';
import { emptyDocument, type Investment, type PlatsenDocument } from '../model';
import { DLAT, DLON, LAT0, LON0, errorOf, fixtureArea, rect, rectRing } from '../spatial/area-fixtures';

const T0 = '2026-01-01T00:00:00.000Z';
const NOW = '2026-02-02T10:00:00.000Z';

function context(): CommandContext {
  let n = 0;
  return { now: NOW, newId: (prefix) => `${prefix}_${++n}` };
}

function pointAt(x: number, y: number): Point {
  return { type: 'Point', coordinates: [LON0 + x * DLON, LAT0 + y * DLAT] };
}

function investment(id: string, fields: Partial<Investment>): Investment {
  return { ...investmentDefaults(), id, title: id, kind: 'physical', category: 'park', geometry: pointAt(0, 0), createdAt: T0, updatedAt: T0, ...fields };
}

/** Lindängen (a 500 m square) with its programme and investments in every attachment state. */
function fixture(): PlatsenDocument {
  const doc = emptyDocument();
  const lindangen = fixtureArea('a', 'Lindängen', rect(0, 0, 500, 500));
  doc.areas = { a: lindangen };
  doc.programmes = { prog_a: { ...newProgramme('a', { now: T0, newId: () => 'prog_a' }) } };
  doc.investments = Object.fromEntries(
    [
      investment('inside', { geometry: pointAt(250, 250), areaId: 'a' }),
      investment('east', { geometry: pointAt(700, 250) }),
      investment('byHand', { geometry: pointAt(700, 250), areaId: 'a', areaOverride: true }),
      investment('whole', { geometry: lindangen.geometry, areaId: 'a', wholeArea: true, kind: 'social' }),
      investment('far', { geometry: pointAt(5000, 5000) }),
    ].map((inv) => [inv.id, inv]),
  );
  return doc;
}

/** The test kit's do -> undo -> redo check, with this file's clock; returns the document after. */
function doUndoRedo<A>(doc: PlatsenDocument, command: Command<A>, args: A): PlatsenDocument {
  return checkUndoRedo(doc, command, args, context()).doc;
}

describe('addArea', () => {
  it('creates the area with normalised geometry and an empty programme, and takes in the investments lying in it', () => {
    const doc = fixture();
    const clockwise = { type: 'Polygon', coordinates: [rectRing(600, 0, 300, 500).reverse()] };
    const next = doUndoRedo(doc, addArea, { name: '  Holma  ', geometry: clockwise });
    const area = next.areas.area_1!;
    expect(area).toMatchObject({ name: 'Holma', description: '', source: { type: 'drawn' }, createdAt: NOW });
    expect(booleanClockwise((area.geometry as Polygon).coordinates[0]!)).toBe(false);
    expect(next.programmes.prog_2).toMatchObject({
      areaId: 'area_1', vision: '', commonGoals: '', coordinationFunction: '', programmeGroup: [], governanceMode: 'partial',
      values: { goals: null, budget: null, management: null, culture: null, trust: null, leadership: null },
    });
    expect(next.investments.east).toMatchObject({ areaId: 'area_1', updatedAt: NOW });
    // Placed by hand, far away or already home: untouched.
    for (const id of ['byHand', 'far', 'inside', 'whole']) expect(next.investments[id]).toBe(doc.investments[id]);
  });

  it('takes an investment into a smaller area drawn inside its current one', () => {
    const next = doUndoRedo(fixture(), addArea, { name: 'Torget', geometry: rect(200, 200, 100, 100) });
    expect(next.investments.inside!.areaId).toBe('area_1');
  });

  it('refuses a missing or too long name and a broken geometry', () => {
    const doc = fixture();
    expect(errorOf(() => execute(doc, addArea, { name: '  ', geometry: rect(0, 0, 100, 100) }, context())).code).toBe('area.error.nameRequired');
    expect(errorOf(() => execute(doc, addArea, { name: 'x'.repeat(121), geometry: rect(0, 0, 100, 100) }, context())).params).toEqual({ max: 120 });
    expect(errorOf(() => execute(doc, addArea, { name: 'Ok', geometry: rect(0, 0, 3, 3) }, context())).code).toBe('geometry.error.sliver');
  });
});

describe('updateArea', () => {
  it('renames without touching geometry, source or investments', () => {
    const doc = fixture();
    const next = doUndoRedo(doc, updateArea, { id: 'a', changes: { name: 'Lindängen centrum', description: 'Kring torget' } });
    expect(next.areas.a).toMatchObject({ name: 'Lindängen centrum', description: 'Kring torget', geometry: doc.areas.a!.geometry, updatedAt: NOW });
    expect(next.investments).toBe(doc.investments);
  });

  it('carries whole-area investments with a new shape and re-attaches the others', () => {
    const doc = fixture();
    doc.areas.a = { ...doc.areas.a!, source: { type: 'adopted', layer: 'malmo-deso', codes: ['1280C1010'] } };
    const wider = rect(0, 0, 800, 500);
    const next = doUndoRedo(doc, updateArea, { id: 'a', changes: { geometry: wider } });
    expect(next.areas.a!.geometry).toEqual(wider);
    expect(next.areas.a!.source).toEqual({ type: 'drawn' });
    expect(next.investments.whole).toMatchObject({ geometry: wider, wholeArea: true, areaId: 'a', updatedAt: NOW });
    expect(next.investments.east!.areaId).toBe('a');
    expect(next.investments.far).toBe(doc.investments.far);
  });

  it('lets go of investments left outside a smaller shape', () => {
    const next = doUndoRedo(fixture(), updateArea, { id: 'a', changes: { geometry: rect(0, 0, 200, 200) } });
    expect(next.investments.inside!.areaId).toBeNull();
    expect(next.investments.byHand!.areaId).toBe('a');
  });

  it('changes nothing when nothing differs, and refuses an unknown area', () => {
    const doc = fixture();
    expect(execute(doc, updateArea, { id: 'a', changes: { name: 'Lindängen ', geometry: rect(0, 0, 500, 500) } }, context())).toBeNull();
    expect(errorOf(() => execute(doc, updateArea, { id: 'nope', changes: { name: 'x' } }, context())).code).toBe('area.error.notFound');
  });
});

describe('deleteArea', () => {
  it('reports what the deletion touches', () => {
    expect(deleteAreaImpact(fixture(), 'a')).toEqual({ investments: 3, wholeArea: 1 });
    expect(deleteAreaImpact(fixture(), 'nope')).toEqual({ investments: 0, wholeArea: 0 });
  });

  it('deletes the area and its programme but keeps every investment, detached', () => {
    const doc = fixture();
    const next = doUndoRedo(doc, deleteArea, { id: 'a' });
    expect(next.areas).toEqual({});
    expect(next.programmes).toEqual({});
    expect(Object.keys(next.investments).sort()).toEqual(Object.keys(doc.investments).sort());
    expect(next.investments.inside).toMatchObject({ areaId: null, updatedAt: NOW });
    expect(next.investments.byHand).toMatchObject({ areaId: null, areaOverride: false });
    expect(next.investments.whole).toMatchObject({ areaId: null, wholeArea: false, geometry: doc.areas.a!.geometry });
    expect(next.investments.far).toBe(doc.investments.far);
  });

  it("deletes the programme's indicators with it (undo brings them back), and no one else's", () => {
    const doc = fixture();
    const indicator = (id: string, programmeId: string) => ({
      id, createdAt: T0, updatedAt: T0, programmeId, name: id, unit: '%', statistic: null, source: '', baseline: null,
      target: null, measurements: [], benefitDimension: null, sdgs: [], public: false,
    });
    doc.indicators = { mine: indicator('mine', 'prog_a'), other: indicator('other', 'prog_b') };
    const next = doUndoRedo(doc, deleteArea, { id: 'a' });
    expect(Object.keys(next.indicators)).toEqual(['other']);
  });

  it('hands investments over to an area that still covers them', () => {
    const doc = fixture();
    doc.areas.big = fixtureArea('big', 'Fosie', rect(-100, -100, 1200, 800));
    const next = doUndoRedo(doc, deleteArea, { id: 'a' });
    expect(next.investments.inside!.areaId).toBe('big');
    expect(next.investments.whole!.areaId).toBe('big');
  });

  it('does nothing for an unknown area', () => {
    expect(execute(fixture(), deleteArea, { id: 'nope' }, context())).toBeNull();
  });
});

describe('adoptAreas', () => {
  it('adopts one reference polygon as an area', () => {
    const next = doUndoRedo(fixture(), adoptAreas, { name: 'Holma', layer: 'malmo-deso', features: [{ code: '1280C1020', geometry: rect(600, 0, 300, 500) }] });
    expect(next.areas.area_1).toMatchObject({ name: 'Holma', source: { type: 'adopted', layer: 'malmo-deso', codes: ['1280C1020'] } });
    expect(next.investments.east!.areaId).toBe('area_1');
  });

  it('merges several reference polygons into one area', () => {
    const features = [
      { code: '1280C1020', geometry: rect(600, 0, 300, 500) },
      { code: '1280C1030', geometry: rect(900, 0, 300, 500) },
      { code: '1280C1020', geometry: rect(600, 0, 300, 500) },
    ];
    const next = doUndoRedo(fixture(), adoptAreas, { name: 'Holma–Kroksbäck', layer: 'malmo-deso', features });
    const area = next.areas.area_1!;
    expect(area.source).toEqual({ type: 'adopted', layer: 'malmo-deso', codes: ['1280C1020', '1280C1030'] });
    expect(area.geometry.type).toBe('Polygon');
    expect(turfArea(area.geometry) / turfArea(rect(600, 0, 600, 500))).toBeCloseTo(1, 3);
  });

  it('refuses to adopt nothing', () => {
    expect(errorOf(() => execute(fixture(), adoptAreas, { name: 'x', layer: 'malmo-deso', features: [] }, context())).code).toBe('area.error.noFeatures');
  });
});
