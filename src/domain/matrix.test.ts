import { describe, expect, it } from 'vitest';
import { csvCell, matrixCsv, nudge, placeAt, quadrantOf } from './matrix';
import type { WorkshopNote } from './model';

describe('quadrants', () => {
  it('reads effort left to right and impact bottom to top; the middle line is hard and large', () => {
    expect(quadrantOf({ effort: 0.1, impact: 0.9 })).toBe('easy-large');
    expect(quadrantOf({ effort: 0.9, impact: 0.9 })).toBe('hard-large');
    expect(quadrantOf({ effort: 0.1, impact: 0.1 })).toBe('easy-small');
    expect(quadrantOf({ effort: 0.9, impact: 0.1 })).toBe('hard-small');
    expect(quadrantOf({ effort: 0.5, impact: 0.5 })).toBe('hard-large');
    expect(quadrantOf({ effort: 0.49, impact: 0.49 })).toBe('easy-small');
  });

  it('moves with arrow keys in small or big steps, stays inside 0..1 and does not drift', () => {
    expect(nudge({ effort: 0.5, impact: 0.5 }, 'ArrowRight')).toEqual({ effort: 0.55, impact: 0.5 });
    expect(nudge({ effort: 0.5, impact: 0.5 }, 'ArrowUp', true)).toEqual({ effort: 0.5, impact: 0.75 });
    expect(nudge({ effort: 0.02, impact: 0.98 }, 'ArrowLeft')).toEqual({ effort: 0, impact: 0.98 });
    expect(nudge({ effort: 0.5, impact: 0.98 }, 'ArrowUp')).toEqual({ effort: 0.5, impact: 1 });
    let place = { effort: 0, impact: 0 };
    for (let i = 0; i < 6; i++) place = nudge(place, 'ArrowRight')!;
    expect(place.effort).toBe(0.3);
    expect(nudge(place, 'Enter')).toBeNull();
  });

  it('turns a pointer position in the box into a place (y grows downwards on screen)', () => {
    expect(placeAt(50, 25, 200, 100)).toEqual({ effort: 0.25, impact: 0.75 });
    expect(placeAt(-10, 130, 200, 100)).toEqual({ effort: 0, impact: 0 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('säg "hej"')).toBe('"säg ""hej"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+46 40 00 00')).toBe("'+46 40 00 00");
    expect(csvCell('-5 kr')).toBe("'-5 kr");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('lists the actions with their place and quadrant, unplaced ones with empty cells', () => {
    const note = (id: string, category: WorkshopNote['category'], text: string, matrix: WorkshopNote['matrix']): WorkshopNote =>
      ({ id, category, text, matrix, position: null, areaId: null, public: false, createdAt: '', updatedAt: '' });
    const csv = matrixCsv([
      note('a', 'action', 'Belys, gångvägen', { effort: 0.2, impact: 0.9 }),
      note('b', 'hope', 'En ny park', null),
      note('c', 'action', '=1+1', null),
    ], {
      header: ['Kategori', 'Text', 'Insats', 'Effekt', 'Kvadrant'],
      category: () => 'Handling',
      quadrant: (q) => `Q:${q}`,
    });
    expect(csv).toBe('\uFEFFKategori,Text,Insats,Effekt,Kvadrant\r\nHandling,"Belys, gångvägen",0.20,0.90,Q:easy-large\r\nHandling,\'=1+1,,,\r\n');
  });
});
