import { describe, expect, it } from 'vitest';
import { citizenContactQuota, receptionGaps } from './contacts';

describe('contact quotas and reception gaps', () => {
  it('uses the highest quota among the levels a deputy holds', () => {
    expect(citizenContactQuota(['township'], 3, 10)).toBe(3);
    expect(citizenContactQuota(['township', 'county'], 3, 10)).toBe(10);
    expect(citizenContactQuota(['city'], 5, 3)).toBe(3);
  });

  it('lists past months without a reception day, not the open month', () => {
    expect(receptionGaps(2026, 'monthly', ['2026-01-10', '2026-02-10', '2026-04-10', '2026-05-10', '2026-06-10', '2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10'], '2026-11-25')).toEqual(['2026-03']);
  });

  it('works for quarters and whole past years', () => {
    expect(receptionGaps(2025, 'quarterly', ['2025-02-01', '2025-12-01'], '2026-01-05')).toEqual(['2025-Q2', '2025-Q3']);
    expect(receptionGaps(2025, 'yearly', [], '2026-01-05')).toEqual(['2025']);
  });
});

describe('deputy group order', () => {
  it('sorts groups by the number in their names', async () => {
    const { compareDeputyGroupNames } = await import('./organisation');
    expect(['第二代表小组', '第十代表小组', '第一代表小组', '联合小组', '第十一代表小组', '第3组'].sort(compareDeputyGroupNames)).toEqual([
      '第一代表小组',
      '第二代表小组',
      '第3组',
      '第十代表小组',
      '第十一代表小组',
      '联合小组',
    ]);
  });
});
