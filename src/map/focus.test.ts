import { describe, expect, it } from 'vitest';
import { selectionGeometry } from './focus';
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
});
