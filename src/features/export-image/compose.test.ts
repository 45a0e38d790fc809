import { describe, expect, it } from 'vitest';
import { LEGEND_WIDTH, PRINT_WIDTH, printScale } from './compose';

describe('printScale', () => {
  it('makes the image at least as wide as print needs, in quarter steps', () => {
    for (const width of [300, 640, 900, 1280, 1540, 2500]) {
      const scale = printScale(width);
      expect((width + LEGEND_WIDTH) * scale).toBeGreaterThanOrEqual(PRINT_WIDTH);
      expect((scale * 4) % 1).toBe(0);
      expect((width + LEGEND_WIDTH) * (scale - 0.25)).toBeLessThan(PRINT_WIDTH);
    }
  });

  it('never goes below the screen’s own sharpness', () => {
    expect(printScale(3000, 2)).toBe(2);
  });
});
