import { describe, expect, it } from 'vitest';
import { dutyReportSaveSchema, dutyReportYearRefusal } from './duty-reports';

describe('annual duty report', () => {
  it('is written for this year or the last', () => {
    expect(dutyReportYearRefusal(2026, 2026)).toBeNull();
    expect(dutyReportYearRefusal(2025, 2026)).toBeNull();
    expect(dutyReportYearRefusal(2024, 2026)?.zh).toBe('只能为本年度或上一年度述职');
    expect(dutyReportYearRefusal(2027, 2026)?.en).toBe('a year still to come cannot be reported on');
  });

  it('has a text', () => {
    expect(dutyReportSaveSchema.safeParse({ year: 2026, text: '   ' }).success).toBe(false);
  });
});
