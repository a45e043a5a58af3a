import { afterEach, describe, expect, it, vi } from 'vitest';
import { citizenContactQuota, constituentContactCreateSchema, constituentContactUpdateSchema, receptionDayCreateSchema, receptionDayUpdateSchema, receptionGaps, checkReceptionDay } from './contacts';

describe('contact quotas and reception gaps', () => {
  it('uses the highest quota among the levels a deputy holds', () => {
    expect(citizenContactQuota(['township'], 3, 10)).toBe(3);
    expect(citizenContactQuota(['township', 'county'], 3, 10)).toBe(10);
    expect(citizenContactQuota(['city'], 5, 3)).toBe(3);
    expect(citizenContactQuota(['township', 'national'], 5, 3)).toBe(5);
    expect(citizenContactQuota([], 5, 3)).toBe(0);
  });

  it('lists past months without a reception day, not the open month', () => {
    expect(receptionGaps(2026, 'monthly', ['2026-01-10', '2026-02-10', '2026-04-10', '2026-05-10', '2026-06-10', '2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10'], '2026-11-25')).toEqual(['2026-03']);
  });

  it('works for quarters and whole past years', () => {
    expect(receptionGaps(2025, 'quarterly', ['2025-02-01', '2025-12-01'], '2026-01-05')).toEqual(['2025-Q2', '2025-Q3']);
    expect(receptionGaps(2025, 'yearly', [], '2026-01-05')).toEqual(['2025']);
    expect(receptionGaps(2025, 'yearly', ['2025-12-31'], '2026-01-05')).toEqual([]);
    expect(receptionGaps(2025, 'half_year', ['2025-07-01'], '2026-01-05')).toEqual(['2025-H1']);
    expect(receptionGaps(2025, 'half_year', ['2025-06-30'], '2026-01-05')).toEqual(['2025-H2']);
  });

  it('counts a reception held on the first or last day of a period, and ignores other years', () => {
    expect(receptionGaps(2025, 'quarterly', ['2025-01-01', '2025-06-30', '2025-07-01', '2025-12-31'], '2026-01-05')).toEqual([]);
    expect(receptionGaps(2025, 'quarterly', ['2024-02-01', '2026-05-01', '2025-03-31'], '2026-06-01')).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    expect(receptionGaps(2024, 'monthly', ['2024-02-29'], '2024-03-01')).toEqual(['2024-01']);
  });

  it('is not short in a period that ends today, and is the day after', () => {
    expect(receptionGaps(2026, 'monthly', [], '2026-01-31')).toEqual([]);
    expect(receptionGaps(2026, 'monthly', [], '2026-02-01')).toEqual(['2026-01']);
    expect(receptionGaps(2026, 'quarterly', [], '2026-03-31')).toEqual([]);
    expect(receptionGaps(2026, 'quarterly', [], '2026-04-01')).toEqual(['2026-Q1']);
    expect(receptionGaps(2026, 'yearly', [], '2026-12-31')).toEqual([]);
  });

  it('counts weeks from 1 January, the last one cut at 31 December', () => {
    const all = receptionGaps(2025, 'weekly', [], '2026-01-01');
    expect(all).toHaveLength(53);
    expect(all[0]).toBe('2025-W01');
    expect(all[52]).toBe('2025-W53');
    // Week 1 is 1–7 January; a reception on the 7th covers it, one on the 8th covers week 2.
    expect(receptionGaps(2025, 'weekly', ['2025-01-07', '2025-01-08'], '2025-01-20')).toEqual([]);
    expect(receptionGaps(2025, 'weekly', ['2025-01-08'], '2025-01-20')).toEqual(['2025-W01']);
    expect(receptionGaps(2025, 'weekly', [], '2025-01-15')).toEqual(['2025-W01', '2025-W02']);
    // Week 53 is 31 December alone, so it is short from 1 January on.
    expect(receptionGaps(2025, 'weekly', [], '2025-12-31')).not.toContain('2025-W53');
    expect(receptionGaps(2025, 'weekly', ['2025-12-30'], '2026-01-01').slice(-2)).toEqual(['2025-W51', '2025-W53']);
  });
});

describe('contact and reception forms', () => {
  afterEach(() => vi.useRealTimers());
  const deputyId = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
  const otherDeputy = '0d3e8a52-1f3b-4a8c-b2a6-4e8d8a1b2c3d';
  const visit = { visitorName: '王大爷', issue: '村道积水', handling: 'answered' };

  it('takes a fixed contact with a blank phone as none', () => {
    expect(constituentContactCreateSchema.parse({ deputyId, name: ' 张三 ', phone: '', address: '' })).toEqual({ deputyId, name: '张三', phone: null, address: null });
    expect(constituentContactCreateSchema.safeParse({ deputyId, name: '张三', phone: 'abc' }).success).toBe(false);
    expect(constituentContactUpdateSchema.parse({ id: deputyId, name: '张三' })).toEqual({ id: deputyId, name: '张三' });
  });

  it('refuses visits on a reception day still to come, and a deputy listed twice', () => {
    expect(receptionDayCreateSchema.parse({ date: '2026-11-25', deputyIds: [deputyId], visits: [visit] }).visits).toEqual([{ ...visit, visitorCount: 1 }]);
    expect(receptionDayCreateSchema.safeParse({ date: '2026-11-26', deputyIds: [deputyId] }).success).toBe(true);
    // "Still to come" is the county's day, which the API gives the check.
    const ahead = receptionDayCreateSchema.parse({ date: '2026-11-26', deputyIds: [deputyId], visits: [visit] });
    expect(checkReceptionDay(ahead, '2026-11-25').map((i) => i.path)).toEqual([['visits']]);
    expect(checkReceptionDay(ahead, '2026-11-26')).toEqual([]);
    expect(checkReceptionDay({ ...ahead, visits: [] }, '2026-11-25')).toEqual([]);
    expect(receptionDayCreateSchema.safeParse({ date: '2026-11-20', deputyIds: [deputyId, otherDeputy, deputyId] }).error?.issues.map((i) => i.path)).toEqual([['deputyIds']]);
    expect(receptionDayUpdateSchema.safeParse({ id: deputyId, version: 1, date: '2026-11-20', deputyIds: [deputyId, otherDeputy] }).success).toBe(true);
    expect(receptionDayCreateSchema.safeParse({ date: '2026-11-20', deputyIds: [] }).success).toBe(false);
  });
});
