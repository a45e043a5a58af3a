import { describe, expect, it } from 'vitest';
import { subjectHomeIssues, subjectHomeOf } from './subject-home';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';

describe('subjectHomeOf', () => {
  it('puts a county campaign over departments in the county home, every other campaign in the townships', () => {
    expect(subjectHomeOf('department', 'county')).toBe('county');
    expect(subjectHomeOf('department', 'township')).toBe('township');
    for (const kind of ['township', 'leadership_team', 'cadre', 'village', 'grid', 'deputy'] as const) expect(subjectHomeOf(kind, 'county')).toBe('township');
  });
});

describe('subjectHomeIssues', () => {
  it('asks a county department of each county-home subject, and no township', () => {
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a }, { countyDepartmentId: b }])).toEqual([]);
    expect(subjectHomeIssues('county', [{ tenantId: a }]).map((i) => i.path)).toEqual([['subjects', 0, 'countyDepartmentId']]);
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a, tenantId: b }]).map((i) => i.path)).toEqual([['subjects', 0, 'tenantId']]);
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a }, { countyDepartmentId: a }]).map((i) => i.path)).toEqual([['subjects', 1, 'countyDepartmentId']]);
  });

  it('asks a township of each township subject, and no county department', () => {
    expect(subjectHomeIssues('township', [{ tenantId: a }])).toEqual([]);
    expect(subjectHomeIssues('township', [{}]).map((i) => i.path)).toEqual([['subjects', 0, 'tenantId']]);
    const [issue] = subjectHomeIssues('township', [{ tenantId: a, countyDepartmentId: b }]);
    expect(issue!.path).toEqual(['subjects', 0, 'countyDepartmentId']);
    expect(issue!.message.zh).toContain('县直部门');
  });
});
