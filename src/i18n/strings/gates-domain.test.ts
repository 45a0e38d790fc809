import { describe, expect, it } from 'vitest';
import { gatesDomainStrings } from './gates-domain';
import { hasKey, translate } from '../translate';
import { addInvestment } from '../../domain/commands/add-investment';
import { deleteInvestments } from '../../domain/commands/delete-investments';
import { duplicateInvestment } from '../../domain/commands/duplicate-investment';
import { addGate, moveGate, removeGate, renameGate } from '../../domain/commands/edit-gates';
import { recordGateReview } from '../../domain/commands/record-gate-review';
import { replaceDocument } from '../../domain/commands/replace-document';
import { updateInvestments } from '../../domain/commands/update-investments';
import { updateProgramme } from '../../domain/commands/update-programme';
import { ASPECTS, BENEFIT_DIMENSIONS, RATINGS } from '../../domain/model';

describe('gate and investment strings', () => {
  it('name every aspect, rating, decision, status and benefit dimension in both languages', () => {
    const keys = [
      ...ASPECTS.map((a) => `aspect.${a}`), ...RATINGS.map((r) => `rating.${r}`),
      ...['pass', 'wait', 'stop'].map((d) => `decision.${d}`),
      ...['active', 'waiting', 'stopped', 'realised'].map((s) => `status.${s}`),
      ...BENEFIT_DIMENSIONS.map((d) => `benefit.${d}`),
    ];
    for (const key of keys) expect(hasKey(key), key).toBe(true);
    expect(translate('sv', 'rating.notAssessed')).toBe('Ej bedömd');
    expect(translate('en', 'aspect.market')).toBe('Market');
  });

  it('label every investment, review, programme and gate command for undo and redo', () => {
    const commands = [addInvestment, updateInvestments, deleteInvestments, duplicateInvestment, recordGateReview,
      updateProgramme, replaceDocument, renameGate, addGate, moveGate, removeGate];
    for (const c of commands) expect(hasKey(c.label), c.label).toBe(true);
    expect(translate('sv', 'command.addInvestment')).toBe('Lägg till investering');
  });

  it('use the same placeholders in Swedish and English, and no empty text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { sv, en }] of Object.entries(gatesDomainStrings)) {
      expect(sv.trim() && en.trim(), key).toBeTruthy();
      expect(placeholders(sv), key).toEqual(placeholders(en));
    }
    expect(translate('en', 'gates.error.inUse', { count: 3 })).toContain('(3)');
  });
});
