import { describe, expect, it } from 'vitest';
import { countyHomeChoiceIssue, countyHomeSubjectName, subjectHomeIssues, subjectHomeOf } from './subject-home';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';

describe('subjectHomeOf', () => {
  it('puts a county campaign over departments in the county home, every other campaign in the townships', () => {
    expect(subjectHomeOf('department', 'county')).toBe('county');
    expect(subjectHomeOf('department', 'township')).toBe('township');
    for (const kind of ['township', 'leadership_team', 'cadre', 'village', 'grid', 'deputy'] as const) expect(subjectHomeOf(kind, 'county')).toBe('township');
  });

  it('puts a county campaign over county departments’ leadership teams or cadres in the county home, only when created so', () => {
    expect(subjectHomeOf('leadership_team', 'county', true)).toBe('county');
    expect(subjectHomeOf('cadre', 'county', true)).toBe('county');
    expect(subjectHomeOf('leadership_team', 'county', false)).toBe('township');
    expect(subjectHomeOf('cadre', 'township', true)).toBe('township');
    for (const kind of ['township', 'village', 'grid', 'deputy'] as const) expect(subjectHomeOf(kind, 'county', true)).toBe('township');
  });

  it('lets only the county choose the county home, and only for a kind it holds', () => {
    expect(countyHomeChoiceIssue('cadre', 'county')).toBeNull();
    expect(countyHomeChoiceIssue('leadership_team', 'county')).toBeNull();
    expect(countyHomeChoiceIssue('cadre', 'township')!.path).toEqual(['ofCountyDepartments']);
    expect(countyHomeChoiceIssue('village', 'county')!.message.en).toContain('county department');
  });
});

describe('subjectHomeIssues', () => {
  it('asks a county department of each county-home subject, and no township', () => {
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a }, { countyDepartmentId: b }], 'department')).toEqual([]);
    expect(subjectHomeIssues('county', [{ tenantId: a }], 'department').map((i) => i.path)).toEqual([['subjects', 0, 'countyDepartmentId']]);
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a, tenantId: b }], 'leadership_team').map((i) => i.path)).toEqual([['subjects', 0, 'tenantId']]);
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a }, { countyDepartmentId: a }], 'department').map((i) => i.path)).toEqual([['subjects', 1, 'countyDepartmentId']]);
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a }, { countyDepartmentId: a }], 'leadership_team').map((i) => i.path)).toEqual([['subjects', 1, 'countyDepartmentId']]);
  });

  it('allows several cadres of one department, each named once', () => {
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a, personName: '张三' }, { countyDepartmentId: a, personName: '李四' }, { countyDepartmentId: b, personName: '张三' }], 'cadre')).toEqual([]);
    const [missing] = subjectHomeIssues('county', [{ countyDepartmentId: a, personName: '  ' }], 'cadre');
    expect(missing!.path).toEqual(['subjects', 0, 'personName']);
    expect(missing!.message).toEqual({ zh: '请填写干部姓名', en: 'enter the cadre’s name' });
    expect(subjectHomeIssues('county', [{ countyDepartmentId: a, personName: '张三' }, { countyDepartmentId: a, personName: ' 张三' }], 'cadre').map((i) => i.path)).toEqual([['subjects', 1, 'personName']]);
  });

  it('asks a township of each township subject, and no county department', () => {
    expect(subjectHomeIssues('township', [{ tenantId: a }], 'cadre')).toEqual([]);
    expect(subjectHomeIssues('township', [{}], 'township').map((i) => i.path)).toEqual([['subjects', 0, 'tenantId']]);
    const [issue] = subjectHomeIssues('township', [{ tenantId: a, countyDepartmentId: b }], 'cadre');
    expect(issue!.path).toEqual(['subjects', 0, 'countyDepartmentId']);
    expect(issue!.message.zh).toContain('县直部门');
  });
});

describe('countyHomeSubjectName', () => {
  it('names a department, its leadership team and a cadre with the department', () => {
    expect(countyHomeSubjectName('department', '县交通运输局')).toBe('县交通运输局');
    expect(countyHomeSubjectName('leadership_team', '县交通运输局')).toBe('县交通运输局领导班子');
    expect(countyHomeSubjectName('cadre', '县交通运输局', ' 张伟 ')).toBe('张伟（县交通运输局）');
  });
});
