import { describe, expect, it } from 'vitest';
import { cardLines, cardSize } from './note-cards';

describe('note cards', () => {
  it('breaks a note between words into lines of at most the given length', () => {
    expect(cardLines('Tre förvaltningar har var sin budget för samma torg.', 26)).toEqual(['Tre förvaltningar har var', 'sin budget för samma torg.']);
    expect(cardLines('  kort  ')).toEqual(['kort']);
  });

  it('ends a note too long for the card with an ellipsis, and cuts a word longer than a line', () => {
    const lines = cardLines('ett två tre fyra fem sex sju åtta nio tio elva tolv', 10, 2);
    expect(lines).toEqual(['ett två', 'tre fyra…']);
    expect(cardLines('Bostadsförsörjningsprogrammet', 10, 3)).toEqual(['Bostadsför', 'sörjningsp', 'rogrammet']);
    const cut = cardLines('a'.repeat(40), 10, 2);
    expect(cut).toEqual(['a'.repeat(10), `${'a'.repeat(9)}…`]);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('grows with the text and the text size', () => {
    const small = cardSize('Hopp', ['kort'], 13);
    const wide = cardSize('Hopp', ['en mycket längre rad text'], 13);
    const tall = cardSize('Hopp', ['kort', 'kort', 'kort'], 13);
    expect(wide.width).toBeGreaterThan(small.width);
    expect(tall.height).toBeGreaterThan(small.height);
    expect(cardSize('Hopp', ['kort'], 20).height).toBeGreaterThan(small.height);
  });
});
