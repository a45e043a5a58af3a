import { describe, expect, it } from 'vitest';
import { COUNTY_SUBJECT_GRID_LEVELS, countySubjectOptionsSchema, subjectOptionKindOf, subjectReferenceIssues } from './subject-options';

const a = '11111111-1111-4111-8111-111111111111';

describe('subjectOptionKindOf', () => {
  it('offers townships for a township campaign, their rows for the others', () => {
    expect(subjectOptionKindOf('township')).toBeNull();
    expect(subjectOptionKindOf('grid')).toBe('grid');
    expect(subjectOptionKindOf('village')).toBe('village');
    expect(subjectOptionKindOf('deputy')).toBe('deputy');
    for (const kind of ['department', 'leadership_team', 'cadre'] as const) expect(subjectOptionKindOf(kind)).toBe('unit');
  });
});

describe('countySubjectOptionsSchema', () => {
  it('starts at the seed-000 levels and bounds the page', () => {
    expect(COUNTY_SUBJECT_GRID_LEVELS).toEqual([3, 4]);
    expect(countySubjectOptionsSchema.parse({ kind: 'grid' })).toEqual({ kind: 'grid', page: 1, pageSize: 100 });
    expect(countySubjectOptionsSchema.safeParse({ kind: 'grid', pageSize: 201 }).success).toBe(false);
    expect(countySubjectOptionsSchema.safeParse({ kind: 'grid', levels: [2] }).success).toBe(false);
    expect(countySubjectOptionsSchema.safeParse({ kind: 'township' }).success).toBe(false);
  });
});

describe('subjectReferenceIssues', () => {
  it('asks a grid, village, deputy or department campaign for its row', () => {
    expect(subjectReferenceIssues('grid', [{ gridId: a }])).toEqual([]);
    expect(subjectReferenceIssues('grid', [{}])[0]).toMatchObject({ path: ['subjects', 0, 'gridId'], message: { zh: '请选择网格', en: 'choose the grid' } });
    expect(subjectReferenceIssues('village', [{ villageId: a }, {}])[0]!.path).toEqual(['subjects', 1, 'villageId']);
    expect(subjectReferenceIssues('deputy', [{}])[0]!.path).toEqual(['subjects', 0, 'deputyId']);
    expect(subjectReferenceIssues('department', [{}])[0]!.path).toEqual(['subjects', 0, 'handlingUnitId']);
  });

  it('refuses a row of another kind', () => {
    expect(subjectReferenceIssues('grid', [{ villageId: a }])[0]).toMatchObject({ path: ['subjects', 0, 'villageId'], message: { en: 'this campaign does not appraise a village' } });
    expect(subjectReferenceIssues('township', [{ gridId: a }])[0]!.path).toEqual(['subjects', 0, 'gridId']);
    expect(subjectReferenceIssues('deputy', [{ deputyId: a, handlingUnitId: a }])[0]!.path).toEqual(['subjects', 0, 'handlingUnitId']);
  });

  it('lets a leadership team or cadre be the township’s own (no unit) or a unit’s; a township names nothing', () => {
    expect(subjectReferenceIssues('leadership_team', [{}, { handlingUnitId: a }])).toEqual([]);
    expect(subjectReferenceIssues('cadre', [{}, { handlingUnitId: a }])).toEqual([]);
    expect(subjectReferenceIssues('township', [{}])).toEqual([]);
  });
});
