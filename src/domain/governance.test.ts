import { describe, expect, it } from 'vitest';
import { gateDecisionRight, hasRole, mayRecordRealisation, type Actor } from './governance';
import type { Programme } from './model';
import { testInvestment } from './test-kit';

const programme = (mode: Programme['governanceMode']): Pick<Programme, 'areaId' | 'governanceMode'> => ({ areaId: 'area_a', governanceMode: mode });
const doc = (mode: Programme['governanceMode']) => ({ programmes: { p: programme(mode) as Programme } });
const inv = testInvestment('inv_a', { areaId: 'area_a', departmentId: 'dep_park' });
const actor = (role: Actor['role'], departmentId: string | null = null): Actor => ({ role, departmentId });

describe('who decides at a gate', () => {
  it('under full governance: the programme group (and admins), whatever their department', () => {
    expect(gateDecisionRight(doc('full'), inv, actor('programme', 'dep_other'))).toBe('decides');
    expect(gateDecisionRight(doc('full'), inv, actor('editor', 'dep_park'))).toBe('none');
    expect(gateDecisionRight(doc('full'), inv, actor('admin'))).toBe('decides');
  });

  it('under partial governance: the owning department\'s members; the programme group from elsewhere does not', () => {
    expect(gateDecisionRight(doc('partial'), inv, actor('editor', 'dep_park'))).toBe('decides');
    expect(gateDecisionRight(doc('partial'), inv, actor('programme', 'dep_other'))).toBe('none');
    expect(gateDecisionRight(doc('partial'), inv, actor('reader', 'dep_park'))).toBe('none');
  });

  it('outside any programme or without an owning department: the programme group', () => {
    const orphan = testInvestment('inv_b', { areaId: null, departmentId: 'dep_park' });
    expect(gateDecisionRight(doc('partial'), orphan, actor('editor', 'dep_park'))).toBe('none');
    expect(gateDecisionRight(doc('partial'), { ...inv, departmentId: null }, actor('programme'))).toBe('decides');
  });

  it('orders the roles and gives benefits realisation to the programme group', () => {
    expect(hasRole('admin', 'programme') && hasRole('programme', 'editor') && hasRole('editor', 'reader')).toBe(true);
    expect(hasRole('editor', 'programme')).toBe(false);
    expect(mayRecordRealisation(actor('editor'))).toBe(false);
    expect(mayRecordRealisation(actor('programme'))).toBe(true);
  });
});
