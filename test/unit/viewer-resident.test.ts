// The gate model in residents' words: phases from the snapshot (or the default for older ones),
// status lines, and decisions as sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import type { PublicReview } from '../../src/domain/publish/snapshot-types';
import { decisionSentence, residentPhases, statusText } from '../../src/viewer/resident';

const TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'demo-snapshot.json'), 'utf8');
const demo = parseSnapshot(TEXT);
const review = (gateCode: string, decision: PublicReview['decision']) => ({ ...demo.investments[0]!.reviews[0]!, gateCode, decision });

describe('residents\' words for the gate model', () => {
  it('reads the phases the snapshot carries, and the default from a snapshot published before them', () => {
    expect(residentPhases(demo)).toEqual(['idea', 'planned', 'decided', 'ongoing', 'ongoing', 'done']);
    const older = parseSnapshot(TEXT);
    for (const g of older.gates) delete g.residentPhase;
    expect(residentPhases(older)).toEqual(residentPhases(demo));
    const chosen = parseSnapshot(TEXT);
    chosen.gates[4]!.residentPhase = 'done';
    expect(statusText(chosen, { gateIndex: 4, gateCode: 'G4', status: 'active' }, 'sv')).toBe('Klart');
  });

  it('says where an investment stands in a word or two, paused and stopped plainly', () => {
    expect(statusText(demo, { gateIndex: 3, gateCode: 'G3', status: 'active' }, 'sv')).toBe('Pågår');
    expect(statusText(demo, { gateIndex: 1, gateCode: 'G1', status: 'waiting' }, 'sv')).toBe('Planeras – pausat, väntar på ett nytt beslut');
    expect(statusText(demo, { gateIndex: 2, gateCode: 'G2', status: 'stopped' }, 'en')).toBe('Stopped – will not go ahead');
    expect(statusText(demo, { gateIndex: 5, gateCode: 'G5', status: 'realised' }, 'en')).toBe('Done');
  });

  it('tells each decision as what it meant for the work', () => {
    const say = (code: string, decision: PublicReview['decision'], lang: 'sv' | 'en' = 'sv') => decisionSentence(demo, review(code, decision), lang);
    expect(say('G0', 'pass')).toBe('Arbetet går vidare till planering.');
    expect(say('G1', 'pass')).toBe('Kommunen beslutade att genomföra det.');
    expect(say('G2', 'pass')).toBe('Arbetet kan börja.');
    expect(say('G3', 'pass')).toBe('Arbetet går vidare till nästa steg.');
    expect(say('G4', 'pass')).toBe('Arbetet är klart.');
    expect(say('G5', 'pass', 'en')).toBe('The municipality has followed up what the work achieved.');
    expect(say('G2', 'wait')).toBe('Arbetet pausas i väntan på ett nytt beslut.');
    expect(say('G1', 'stop', 'en')).toBe('The municipality decided to stop the work.');
  });
});
