import { describe, expect, it } from 'vitest';
import { testDoc, testInvestment, testWorkspace } from '../../domain/test-kit';
import { backupDue } from './backup-reminder';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const edited = (n: number, at: string) => Array.from({ length: n }, (_, i) => testInvestment(`i${i}`, { updatedAt: at }));

describe('backupDue', () => {
  const ws = testWorkspace({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

  it('reminds when the last backup is over a week old and something changed since', () => {
    const doc = testDoc({ workspace: ws, investments: edited(1, '2026-03-15T00:00:00.000Z') });
    expect(backupDue(doc, '2026-03-10T00:00:00.000Z', NOW)).toEqual({ due: true, edits: 1 });
  });

  it('does not remind when nothing changed since an old backup, or the backup is recent', () => {
    const doc = testDoc({ workspace: ws, investments: edited(3, '2026-03-15T00:00:00.000Z') });
    expect(backupDue(doc, '2026-03-16T00:00:00.000Z', NOW).due).toBe(false);
    expect(backupDue(doc, '2026-03-14T00:00:00.000Z', NOW)).toEqual({ due: false, edits: 3 });
  });

  it('without any backup, reminds only after enough edits', () => {
    expect(backupDue(testDoc({ workspace: ws, investments: edited(19, '2026-02-01T00:00:00.000Z') }), null, NOW).due).toBe(false);
    expect(backupDue(testDoc({ workspace: ws, investments: edited(20, '2026-02-01T00:00:00.000Z') }), null, NOW)).toEqual({ due: true, edits: 20 });
  });
});
