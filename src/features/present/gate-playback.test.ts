import { describe, expect, it } from 'vitest';
import { localToday, monthSteps, playbackSpan } from './gate-playback';

describe('gate playback', () => {
  it('steps a month at a time and always ends on the last day', () => {
    expect(monthSteps('2025-11-15', '2026-02-03')).toEqual(['2025-11-15', '2025-12-15', '2026-01-15', '2026-02-03']);
    expect(monthSteps('2026-01-31', '2026-03-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(monthSteps('2026-03-01', '2026-03-01')).toEqual(['2026-03-01']);
  });

  it('runs from the first decision to today, or to a decision planned later', () => {
    expect(playbackSpan(['2025-05-01', '2024-02-10'], '2026-01-01')).toEqual(['2024-02-10', '2026-01-01']);
    expect(playbackSpan(['2024-02-10', '2027-01-01'], '2026-01-01')).toEqual(['2024-02-10', '2027-01-01']);
    expect(playbackSpan([], '2026-01-01')).toBeNull();
  });

  it('dates today where the user is', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
