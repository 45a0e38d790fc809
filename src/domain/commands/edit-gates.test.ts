import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { addGate, moveGate, removeGate, renameGate } from './edit-gates';
import { DEFAULT_GATES } from '../gates';
import { workspaceOf, type PlatsenDocument } from '../model';
import { doUndoRedo, expectDomainError, testContext, testDoc, testInvestment, testReview, testWorkspace } from '../test-kit';

const codes = (doc: PlatsenDocument) => workspaceOf(doc)!.settings.gates.map((g) => g.code);
const base = () => testDoc({ investments: [testInvestment('inv_a')] });

describe('rename a gate', () => {
  it('changes the Swedish and English names and the code, and stamps the workspace', () => {
    const { doc } = doUndoRedo(base(), renameGate, { id: 'gate-g1', code: ' F1 ', name: { sv: ' Förstudie och dialog ' } });
    const ws = workspaceOf(doc)!;
    expect(ws.settings.gates[1]).toEqual({ id: 'gate-g1', code: 'F1', name: { sv: 'Förstudie och dialog', en: 'Pre-study' } });
    expect(ws.updatedAt).toBe(testContext().now);
    const { doc: en } = doUndoRedo(doc, renameGate, { id: 'gate-g1', name: { en: 'Pre-study and dialogue' } });
    expect(workspaceOf(en)!.settings.gates[1]!.name).toEqual({ sv: 'Förstudie och dialog', en: 'Pre-study and dialogue' });
  });

  it('leaves the gate code recorded on past reviews as it was', () => {
    const doc = testDoc({ investments: [testInvestment('inv_a')], reviews: [testReview('r1', { gateId: 'gate-g0', gateCode: 'G0' })] });
    const { doc: after, patch } = doUndoRedo(doc, renameGate, { id: 'gate-g0', code: 'Idé' });
    expect(after.reviews.r1!.gateCode).toBe('G0');
    expect(patch.reviews).toBeUndefined();
  });

  it('refuses a blank code or name, a code another gate has, and an unknown gate', () => {
    const doc = base();
    const ctx = testContext();
    expectDomainError(() => execute(doc, renameGate, { id: 'gate-g1', code: '  ' }, ctx), 'gates.error.codeRequired');
    expectDomainError(() => execute(doc, renameGate, { id: 'gate-g1', name: { en: '' } }, ctx), 'gates.error.nameRequired');
    expectDomainError(() => execute(doc, renameGate, { id: 'gate-g1', code: 'g2' }, ctx), 'gates.error.codeTaken', { code: 'g2' });
    expectDomainError(() => execute(doc, renameGate, { id: 'gate-x', code: 'GX' }, ctx), 'gates.error.notFound', { id: 'gate-x' });
  });

  it('is no edit at all when nothing changes', () => {
    expect(execute(base(), renameGate, { id: 'gate-g2', code: 'G2', name: { sv: 'Planering' } }, testContext())).toBeNull();
  });
});

describe('add a gate', () => {
  it('inserts it at the given position with a new id', () => {
    const { doc } = doUndoRedo(base(), addGate, { index: 3, code: 'G2b', name: { sv: 'Upphandling', en: 'Procurement' } });
    expect(codes(doc)).toEqual(['G0', 'G1', 'G2', 'G2b', 'G3', 'G4', 'G5']);
    expect(workspaceOf(doc)!.settings.gates[3]).toEqual({ id: 'gate_1', code: 'G2b', name: { sv: 'Upphandling', en: 'Procurement' } });
  });

  it('appends when no position is given and clamps positions outside the list', () => {
    const name = { sv: 'Uppföljning', en: 'Follow-up' };
    expect(codes(doUndoRedo(base(), addGate, { code: 'G6', name }).doc).at(-1)).toBe('G6');
    expect(codes(doUndoRedo(base(), addGate, { index: 99, code: 'G6', name }).doc).at(-1)).toBe('G6');
    expect(codes(doUndoRedo(base(), addGate, { index: -1, code: 'P', name }).doc)[0]).toBe('P');
  });

  it('refuses a code that is already in use', () => {
    expectDomainError(() => execute(base(), addGate, { code: 'G3', name: { sv: 'a', en: 'b' } }, testContext()), 'gates.error.codeTaken');
  });
});

describe('reorder gates', () => {
  it('moves a gate to an index', () => {
    const { doc } = doUndoRedo(base(), moveGate, { id: 'gate-g4', to: 1 });
    expect(codes(doc)).toEqual(['G0', 'G4', 'G1', 'G2', 'G3', 'G5']);
    expect(codes(doUndoRedo(base(), moveGate, { id: 'gate-g0', to: 5 }).doc)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G0']);
  });

  it('moves a gate one step up or down', () => {
    expect(codes(doUndoRedo(base(), moveGate, { id: 'gate-g2', to: 1 }).doc)).toEqual(['G0', 'G2', 'G1', 'G3', 'G4', 'G5']);
    expect(codes(doUndoRedo(base(), moveGate, { id: 'gate-g2', to: 3 }).doc)).toEqual(['G0', 'G1', 'G3', 'G2', 'G4', 'G5']);
  });

  it('does nothing when moving the first gate up or the last one down', () => {
    expect(execute(base(), moveGate, { id: 'gate-g0', to: -1 }, testContext())).toBeNull();
    expect(execute(base(), moveGate, { id: 'gate-g5', to: 6 }, testContext())).toBeNull();
  });
});

describe('remove a gate', () => {
  it('removes a gate no review refers to', () => {
    const doc = testDoc({ investments: [testInvestment('inv_a')], reviews: [testReview('r1', { gateId: 'gate-g0' })] });
    const { doc: after } = doUndoRedo(doc, removeGate, { id: 'gate-g4' });
    expect(codes(after)).toEqual(['G0', 'G1', 'G2', 'G3', 'G5']);
  });

  it('refuses to remove a gate that reviews refer to, saying how many', () => {
    const doc = testDoc({
      investments: [testInvestment('inv_a'), testInvestment('inv_b')],
      reviews: [
        testReview('r1', { gateId: 'gate-g1', investmentId: 'inv_a' }),
        testReview('r2', { gateId: 'gate-g1', investmentId: 'inv_b' }),
        testReview('r3', { gateId: 'gate-g2', investmentId: 'inv_a' }),
      ],
    });
    expectDomainError(() => execute(doc, removeGate, { id: 'gate-g1' }, testContext()), 'gates.error.inUse', { count: 2 });
  });

  it('keeps at least one gate', () => {
    const doc = testDoc({ workspace: testWorkspace({ settings: { gates: [DEFAULT_GATES[0]!], categories: { physical: [], social: [] } } }) });
    expectDomainError(() => execute(doc, removeGate, { id: 'gate-g0' }, testContext()), 'gates.error.lastGate');
  });

  it('refuses an unknown gate and a document without a workspace', () => {
    expectDomainError(() => execute(base(), removeGate, { id: 'gate-x' }, testContext()), 'gates.error.notFound');
    const noWorkspace = { ...base(), workspace: {} };
    expectDomainError(() => execute(noWorkspace, removeGate, { id: 'gate-g1' }, testContext()), 'gates.error.noWorkspace');
  });
});
