import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statsStrings } from './stats';
import './gates-domain';
import { hasKey, translate } from '../translate';
import { addIndicator, addMeasurement, deleteIndicator, updateIndicator } from '../../domain/commands/indicators';
import { recordRealisation } from '../../domain/commands/record-realisation';
import { STATISTICS } from '../../domain/stats/statistics';

const domain = new URL('../../domain/', import.meta.url);

describe('statistics and indicator strings', () => {
  it('name every statistic, unit and method in both languages', () => {
    for (const s of STATISTICS) {
      expect(hasKey(s.label), s.label).toBe(true);
      expect(hasKey(`stat.unit.${s.unit}`), s.unit).toBe(true);
    }
    for (const m of ['exact', 'population-weighted', 'area-weighted']) expect(hasKey(`stat.method.${m}`), m).toBe(true);
    expect(translate('sv', 'stat.income')).toBe('Medelinkomst (tkr)');
    expect(translate('en', 'stat.low_econ')).toBe('Share with low economic standard');
    expect(translate('sv', 'stat.source')).toBe('Källa: SCB (CC0)');
  });

  it('label the commands for undo and redo and explain every rule they enforce', () => {
    for (const c of [addIndicator, updateIndicator, deleteIndicator, addMeasurement, recordRealisation]) expect(hasKey(c.label), c.label).toBe(true);
    const sources = ['commands/indicators.ts', 'commands/record-realisation.ts'].map((f) => readFileSync(new URL(f, domain), 'utf8'));
    const codes = sources.flatMap((s) => [...s.matchAll(/new DomainError\('([^']+)'/g)].map((m) => m[1]!));
    expect(codes.length).toBeGreaterThan(10);
    // Unknown investments and programmes reuse the investment and programme messages.
    for (const code of codes) expect(hasKey(code), code).toBe(true);
    expect(codes.filter((c) => !(c in statsStrings))).toEqual(['programme.error.notFound', 'investment.error.notFound']);
  });

  it('use the same placeholders in Swedish and English, and no empty text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { sv, en }] of Object.entries(statsStrings)) {
      expect(sv.trim() && en.trim(), key).toBeTruthy();
      expect(placeholders(sv), key).toEqual(placeholders(en));
    }
    expect(translate('en', 'stat.coverage', { percent: 62.5 })).toBe('DeSO areas cover 62.5% of the area');
  });
});
