import { describe, expect, it } from 'vitest';
import { investmentsGeometry, selectionGeometry, workspaceGeometry } from './focus';
import { fixtureDoc, LINDANGEN } from './testing';

describe('selectionGeometry', () => {
  const doc = fixtureDoc();

  it('is the area, the investment, or the area a whole-area investment covers', () => {
    expect(selectionGeometry(doc, { type: 'area', ids: ['area_lindangen'] })).toEqual({ type: 'Polygon', coordinates: [LINDANGEN] });
    expect(selectionGeometry(doc, { type: 'investment', ids: ['inv_park'] })).toEqual(doc.investments.inv_park!.geometry);
    expect(selectionGeometry(doc, { type: 'investment', ids: ['inv_youth'] })).toEqual(doc.areas.area_lindangen!.geometry);
  });

  it('joins several selected investments and skips ids that no longer exist', () => {
    const g = selectionGeometry(doc, { type: 'investment', ids: ['inv_park', 'gone', 'inv_street'] });
    expect(g).toEqual({ type: 'GeometryCollection', geometries: [doc.investments.inv_park!.geometry, doc.investments.inv_street!.geometry] });
    expect(selectionGeometry(doc, { type: 'investment', ids: ['gone'] })).toBeNull();
    expect(selectionGeometry(doc, null)).toBeNull();
  });

  it('shows the filter\'s results and the whole workspace with the shapes the map draws them with', () => {
    const area = doc.areas.area_lindangen!.geometry;
    expect(investmentsGeometry(doc, [doc.investments.inv_park!, doc.investments.inv_youth!]))
      .toEqual({ type: 'GeometryCollection', geometries: [doc.investments.inv_park!.geometry, area] });
    expect(investmentsGeometry(doc, [])).toBeNull();
    const all = workspaceGeometry(doc) as { geometries: unknown[] };
    expect(all.geometries).toHaveLength(1 + Object.keys(doc.investments).length);
    expect(all.geometries[0]).toEqual(area);
  });
});
