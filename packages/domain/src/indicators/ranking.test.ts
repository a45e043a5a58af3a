import { describe, expect, it } from 'vitest';
import { freezeDay, isFreezable, periodsToFreeze } from './ranking';

describe('frozen rankings', () => {
  it('freezes the day after a period ends, or the configured days later', () => {
    expect(freezeDay({ kind: 'month', year: 2026, month: 2 }, null)).toBe('2026-03-01');
    expect(freezeDay({ kind: 'quarter', year: 2026, quarter: 4 }, 10)).toBe('2027-01-11');
    expect(isFreezable({ kind: 'month', year: 2026, month: 10 }, 5, '2026-11-05')).toBe(false);
    expect(isFreezable({ kind: 'month', year: 2026, month: 10 }, 5, '2026-11-06')).toBe(true);
    expect(isFreezable({ kind: 'custom', from: '2026-01-01', to: '2026-01-31' }, null, '2026-12-01')).toBe(false);
  });

  it('lists the standard periods over by today, from the horizon on', () => {
    const periods = periodsToFreeze('2026-01-01', '2026-07-01', null).map((p) => JSON.stringify(p));
    expect(periods).toContain(JSON.stringify({ kind: 'month', year: 2026, month: 6 }));
    expect(periods).toContain(JSON.stringify({ kind: 'quarter', year: 2026, quarter: 2 }));
    expect(periods).toContain(JSON.stringify({ kind: 'half', year: 2026, half: 1 }));
    expect(periods).not.toContain(JSON.stringify({ kind: 'month', year: 2026, month: 7 }));
    expect(periods).not.toContain(JSON.stringify({ kind: 'year', year: 2026 }));
    expect(periods).toHaveLength(6 + 2 + 1);
    expect(periodsToFreeze('2026-01-01', '2026-07-01', 1)).toHaveLength(5 + 1);
  });
});
