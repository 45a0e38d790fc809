import { describe, expect, it } from 'vitest';
import { CLEAR_MARGIN, clearPadding } from './clear-view';

const MAP = { left: 380, top: 80, right: 1366, bottom: 768 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('clearPadding', () => {
  it('gives up each box with the strip that costs the least map: a wide one at the bottom, a tall one at the side', () => {
    const legendFolded = box(390, 720, 310, 36);
    const zoomButtons = box(1326, 90, 30, 130);
    expect(clearPadding(MAP, [legendFolded, zoomButtons])).toEqual({
      top: CLEAR_MARGIN, left: CLEAR_MARGIN, bottom: 768 - 720 + CLEAR_MARGIN, right: 1366 - 1326 + CLEAR_MARGIN,
    });
    const legendOpen = box(390, 260, 310, 496);
    expect(clearPadding(MAP, [legendOpen]).left).toBe(700 - 380 + CLEAR_MARGIN);
  });

  it('counts the largest box on a side once, and nothing outside the map (the panel beside it)', () => {
    const p = clearPadding(MAP, [box(390, 720, 310, 36), box(700, 728, 220, 30), box(0, 80, 380, 688)]);
    expect(p.bottom).toBe(48 + CLEAR_MARGIN);
    expect(p.left).toBe(CLEAR_MARGIN);
  });

  it('always leaves two fifths of the map to show a target in', () => {
    const p = clearPadding(MAP, [box(380, 80, 900, 20), box(380, 100, 900, 650)]);
    expect(p.top + p.bottom).toBeLessThanOrEqual((768 - 80) * 0.6 + 1);
  });

  it('keeps at least a base on each side, as the public map does for area names', () => {
    const base = { top: 30, right: 70, bottom: 30, left: 70 };
    expect(clearPadding(MAP, [box(1266, 90, 90, 130)], { margin: 12, base })).toEqual({ top: 30, right: 112, bottom: 30, left: 70 });
  });
});
