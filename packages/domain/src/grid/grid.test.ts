import { describe, expect, it } from 'vitest';
import { gridGaps, gridMemberAddSchema, type GridStaffing } from './grid';

const full: GridStaffing = { level: 4, areaDescription: '狮岭村全域', duties: '发现、制止、上报', tasks: '每周巡查', rewardsPenalties: '纳入村考核', roles: ['head', 'supervisor'] };
const rules = { fiveFixesRequired: true, supervisorsPerLevel4: 1, directOwnersPerLevel3: 2 };

describe('grid gaps', () => {
  it('finds nothing missing on a staffed level-4 grid with its five fixes', () => {
    expect(gridGaps(full, rules)).toEqual([]);
  });

  it('names each missing fix, the head and the supervisors', () => {
    expect(gridGaps({ ...full, duties: ' ', tasks: null, roles: [] }, rules)).toEqual(['people', 'duties', 'tasks', 'head', 'supervisors']);
  });

  it('asks a level-3 grid for its directly responsible deputy heads', () => {
    const township = { ...full, level: 3, roles: ['head', 'deputy_head'] as const };
    expect(gridGaps({ ...township, roles: [...township.roles] }, rules)).toEqual(['direct_owners']);
    expect(gridGaps({ ...township, roles: ['head', 'deputy_head', 'deputy_head'] }, rules)).toEqual([]);
  });

  it('asks nothing of a rule left unset or a five-fixes rule turned off', () => {
    expect(gridGaps({ ...full, duties: null, roles: ['head'] }, { fiveFixesRequired: false, supervisorsPerLevel4: null, directOwnersPerLevel3: null })).toEqual([]);
  });

  it('lets a cell go without a head', () => {
    expect(gridGaps({ ...full, level: 5, roles: ['worker'] }, rules)).toEqual([]);
  });
});

describe('grid member', () => {
  it('is a user or a named person', () => {
    const gridId = '00000000-0000-4000-8000-000000000001';
    expect(gridMemberAddSchema.safeParse({ gridId, role: 'worker', userId: '00000000-0000-4000-8000-000000000002' }).success).toBe(true);
    expect(gridMemberAddSchema.safeParse({ gridId, role: 'supervisor', name: '王芳', phone: '139 0000 0000' }).success).toBe(true);
    expect(gridMemberAddSchema.safeParse({ gridId, role: 'supervisor' }).success).toBe(false);
    expect(gridMemberAddSchema.safeParse({ gridId, role: 'supervisor', name: '王芳', phone: 'call me' }).success).toBe(false);
  });
});
