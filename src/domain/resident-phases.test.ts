import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from './gates';
import { defaultResidentPhases, phasesInOrder, residentPhasesOf } from './resident-phases';

describe('resident phases', () => {
  it('gives the default gate model the five plain phases, in order', () => {
    expect(defaultResidentPhases(6)).toEqual(['idea', 'planned', 'decided', 'ongoing', 'ongoing', 'done']);
    expect(residentPhasesOf(DEFAULT_GATES, undefined)).toEqual(defaultResidentPhases(6));
  });

  it('fits any number of gates: first the idea, last done, planning and decision before the work', () => {
    expect(defaultResidentPhases(1)).toEqual(['idea']);
    expect(defaultResidentPhases(2)).toEqual(['idea', 'done']);
    expect(defaultResidentPhases(3)).toEqual(['idea', 'ongoing', 'done']);
    expect(defaultResidentPhases(4)).toEqual(['idea', 'planned', 'ongoing', 'done']);
    expect(defaultResidentPhases(5)).toEqual(['idea', 'planned', 'decided', 'ongoing', 'done']);
    for (let n = 1; n < 12; n++) expect(phasesInOrder(defaultResidentPhases(n))).toBe(true);
  });

  it('takes the workspace\'s choice per gate id, ignoring what is not a phase (a hand-edited backup)', () => {
    const setting = { 'gate-g3': 'decided', 'gate-g4': 'banana', 'gate-gone': 'done' };
    expect(residentPhasesOf(DEFAULT_GATES, setting)).toEqual(['idea', 'planned', 'decided', 'decided', 'ongoing', 'done']);
  });

  it('knows when phases go back', () => {
    expect(phasesInOrder(['idea', 'done', 'planned'])).toBe(false);
    expect(phasesInOrder(['idea', 'idea', 'planned'])).toBe(true);
  });
});
