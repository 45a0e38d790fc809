import { booleanPointInPolygon } from '@turf/turf';
import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../domain/gates';
import { derivePhases } from '../domain/phase';
import type { PlatsenDocument } from '../domain/model';
import type { ColourBy } from '../store/session';
import { iconImageExpression, symbolColourExpression } from './colour-mode';
import { createSourceDeriver, type DeriveInput, type InvestmentProps } from './derive-sources';
import { PHASE_RAMP, RATING_COLOURS, STOPPED_COLOUR } from './encoding';
import { SYMBOL_ALWAYS } from './generalise';
import { evaluate, fixtureDoc, LINDANGEN } from './testing';
import { parseSymbolImageId } from './symbols';

function input(doc: PlatsenDocument): DeriveInput {
  const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
  return { doc, phases, gates: DEFAULT_GATES, visible: null };
}

type Sources = ReturnType<ReturnType<typeof createSourceDeriver>>;

/** How each investment's symbol is drawn: the layers' image expression on its properties, read back from the image name. */
function symbols(sources: Sources, by: ColourBy = { type: 'phase' }): Record<string, ReturnType<typeof parseSymbolImageId>> {
  const image = iconImageExpression({ by, gateCount: DEFAULT_GATES.length });
  return Object.fromEntries(sources.investmentPoints.features.map((f) => [f.properties.id, parseSymbolImageId(String(evaluate(image, f.properties)))]));
}

function shapeProps(sources: Sources): Record<string, InvestmentProps> {
  return Object.fromEntries(sources.investmentShapes.features.map((f) => [f.properties.id, f.properties]));
}

describe('deriveSources', () => {
  const doc = fixtureDoc();

  it('draws every symbol with its kind as shape, its phase as colour and its decision as fill', () => {
    const p = symbols(createSourceDeriver()(input(doc)));
    expect(p.inv_park).toEqual({ shape: 'square', status: 'active', colour: PHASE_RAMP[2] });
    expect(p.inv_street).toEqual({ shape: 'square', status: 'waiting', colour: PHASE_RAMP[0] });
    expect(p.inv_square).toEqual({ shape: 'circle', status: 'stopped', colour: STOPPED_COLOUR });
    expect(p.inv_school).toEqual({ shape: 'circle', status: 'realised', colour: PHASE_RAMP[5] });
  });

  it('carries kind, geometry type, phase and status on every line and polygon', () => {
    const p = shapeProps(createSourceDeriver()(input(doc)));
    expect(p.inv_street).toMatchObject({ kind: 'physical', geomType: 'line', phaseIndex: 0, gateCode: 'G0', status: 'waiting' });
    expect(p.inv_square).toMatchObject({ kind: 'social', geomType: 'polygon', status: 'stopped' });
    // The line and fill colour, as the shape layers compute it.
    const colour = symbolColourExpression({ by: { type: 'phase' }, gateCount: DEFAULT_GATES.length });
    expect([evaluate(colour, p.inv_street!), evaluate(colour, p.inv_square!)]).toEqual([PHASE_RAMP[0], STOPPED_COLOUR]);
  });

  it('draws a whole-area investment as one symbol inside its area, not as a polygon over it', () => {
    const sources = createSourceDeriver()(input(doc));
    const wholeArea = sources.investmentPoints.features.filter((f) => doc.investments[f.properties.id]!.wholeArea);
    expect(wholeArea.map((f) => f.properties.id).sort()).toEqual(['inv_health', 'inv_youth']);
    expect(sources.investmentShapes.features.some((f) => f.properties.wholeArea)).toBe(false);
    const area = { type: 'Polygon' as const, coordinates: [LINDANGEN] };
    for (const f of wholeArea) {
      expect(f.geometry.type).toBe('Point');
      expect(booleanPointInPolygon((f.geometry as Point).coordinates, area)).toBe(true);
    }
    // Two in one area do not sit on top of each other.
    expect((wholeArea[0]!.geometry as Point).coordinates).not.toEqual((wholeArea[1]!.geometry as Point).coordinates);
  });

  it('colours by the latest rating of an aspect when asked, keeping stopped grey', () => {
    const p = symbols(createSourceDeriver()(input(doc)), { type: 'aspect', aspect: 'strategy' });
    expect(p.inv_park!.colour).toBe(RATING_COLOURS.weak);
    expect(p.inv_youth!.colour).toBe(RATING_COLOURS.notAssessed);
    expect(p.inv_square!.colour).toBe(STOPPED_COLOUR);
  });

  it('gives every investment a symbol, and each line and polygon its shape too', () => {
    const sources = createSourceDeriver()(input(doc));
    expect(sources.investmentPoints.features.map((f) => f.properties.id).sort()).toEqual(Object.keys(doc.investments).sort());
    expect(sources.investmentPoints.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(sources.investmentShapes.features.map((f) => f.properties.id).sort()).toEqual(['inv_square', 'inv_street']);
    const symbolOf = (id: string) => sources.investmentPoints.features.find((f) => f.id === id)!;
    expect(symbolOf('inv_park').properties.shapeZoom).toBe(SYMBOL_ALWAYS);
    expect(symbolOf('inv_street').properties.shapeZoom).toBe(sources.investmentShapes.features.find((f) => f.id === 'inv_street')!.properties.shapeZoom);
    expect(booleanPointInPolygon((symbolOf('inv_square').geometry as Point).coordinates, doc.investments.inv_square!.geometry as Polygon)).toBe(true);
  });

  it('keeps only visible symbols in the filtered source, but every symbol, line and polygon in the others', () => {
    const all = input(doc);
    const sources = createSourceDeriver()({ ...all, visible: [doc.investments.inv_park!] });
    expect(sources.filteredPoints.features.map((f) => f.properties.id)).toEqual(['inv_park']);
    expect(sources.investmentPoints.features).toHaveLength(Object.keys(doc.investments).length);
    expect(sources.investmentShapes.features).toHaveLength(2);
    // Without a filter it is all of them, the very same collection.
    const unfiltered = createSourceDeriver()(all);
    expect(unfiltered.filteredPoints).toBe(unfiltered.investmentPoints);
  });

  it('gives areas and their label points', () => {
    const sources = createSourceDeriver()(input(doc));
    expect(sources.areas.features.map((f) => f.properties.name)).toEqual(['Lindängen']);
    const label = sources.areaLabels.features[0]!.geometry.coordinates;
    expect(booleanPointInPolygon(label, { type: 'Polygon', coordinates: [LINDANGEN] })).toBe(true);
  });

  it('returns the same objects for unchanged inputs, and keeps unchanged features when one investment changes', () => {
    const derive = createSourceDeriver();
    const same = input(doc);
    const first = derive(same);
    const again = derive({ ...same });
    expect(again).toEqual(first);
    for (const key of Object.keys(first) as Array<keyof typeof first>) expect(again[key]).toBe(first[key]);
    const edited: PlatsenDocument = {
      ...doc, investments: { ...doc.investments, inv_street: { ...doc.investments.inv_street!, title: 'Renamed' } },
    };
    const next = derive(input(edited));
    expect(next.areas).toBe(first.areas);
    expect(next.investmentShapes).not.toBe(first.investmentShapes);
    const byId = (s: typeof first, id: string) => s.investmentShapes.features.find((f) => f.properties.id === id);
    expect(byId(next, 'inv_square')).toBe(byId(first, 'inv_square'));
    expect(byId(next, 'inv_street')?.properties.title).toBe('Renamed');
  });

  it('keeps every source as it was after an edit the map does not show (a description)', () => {
    const derive = createSourceDeriver();
    const phases = input(doc).phases;
    const first = derive({ ...input(doc), phases });
    const edited: PlatsenDocument = {
      ...doc, investments: { ...doc.investments, inv_park: { ...doc.investments.inv_park!, description: 'Ny text' } },
    };
    const next = derive({ ...input(edited), phases });
    for (const key of Object.keys(first) as Array<keyof typeof first>) expect(next[key]).toBe(first[key]);
  });
});
