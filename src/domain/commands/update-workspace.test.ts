import { describe, expect, it } from 'vitest';
import { updateWorkspace } from './update-workspace';
import { doUndoRedo, expectDomainError, testContext, testInvestment, testWorkspace } from '../test-kit';
import { emptyDocument, workspaceOf } from '../model';

function doc() {
  const d = emptyDocument();
  d.workspace.ws = testWorkspace();
  d.investments.a = testInvestment('a', { kind: 'physical', category: 'Park' });
  return d;
}

describe('updateWorkspace', () => {
  it('renames the workspace and edits categories (trimmed, no duplicates), undoably', () => {
    const applied = doUndoRedo(doc(), updateWorkspace, { name: '  Borås  ', categories: { physical: ['Park', ' Torg ', 'Torg'], social: [] } });
    const ws = workspaceOf(applied.doc)!;
    expect(ws.name).toBe('Borås');
    expect(ws.settings.categories).toEqual({ physical: ['Park', 'Torg'], social: [] });
  });

  it('refuses to drop a category an investment uses, and a blank name', () => {
    expectDomainError(() => updateWorkspace.run(doc(), { categories: { physical: ['Torg'], social: [] } }, testContext()), 'workspace.error.categoryInUse');
    expectDomainError(() => updateWorkspace.run(doc(), { name: '   ' }, testContext()), 'workspace.error.nameRequired');
  });
});

describe('updateWorkspace: the phases residents see', () => {
  it('maps a gate to a resident phase, keeping the rest, undoably', () => {
    const applied = doUndoRedo(doc(), updateWorkspace, { residentPhases: { 'gate-g3': 'decided' } });
    expect(workspaceOf(applied.doc)!.settings.residentPhases).toEqual({
      'gate-g0': 'idea', 'gate-g1': 'planned', 'gate-g2': 'decided', 'gate-g3': 'decided', 'gate-g4': 'ongoing', 'gate-g5': 'done',
    });
  });

  it('refuses an unknown gate or phase, and phases that go back along the gates; nothing changes', () => {
    const d = doc();
    expectDomainError(() => updateWorkspace.run(d, { residentPhases: { 'gate-x': 'idea' } }, testContext()), 'workspace.error.residentPhase');
    expectDomainError(() => updateWorkspace.run(d, { residentPhases: { 'gate-g1': 'soon' as never } }, testContext()), 'workspace.error.residentPhase');
    expectDomainError(() => updateWorkspace.run(d, { residentPhases: { 'gate-g1': 'done' } }, testContext()), 'workspace.error.residentPhaseOrder');
    expect(workspaceOf(d)!.settings.residentPhases).toBeUndefined();
  });
});
