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
