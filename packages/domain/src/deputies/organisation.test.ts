import { describe, expect, it } from 'vitest';
import { compareDeputyGroupNames, deputyGroupCreateSchema, deputyGroupListSchema, deputyGroupNumber, deputyGroupUpdateSchema, deputyMembersSetSchema, liaisonStationCreateSchema, liaisonStationListSchema, liaisonStationUpdateSchema } from './organisation';

describe('deputy group numbers', () => {
  it('reads Arabic and Chinese numbers in group names', () => {
    expect(['第12组', '第三代表小组', '第十代表小组', '第十二代表小组', '第二十代表小组', '第二十三组', '十组', '第九小组', '联合小组', '狮岭片'].map(deputyGroupNumber)).toEqual([12, 3, 10, 12, 20, 23, 10, 9, undefined, undefined]);
  });

  it('sorts groups by the number in their names', () => {
    expect(['第二代表小组', '第十代表小组', '第一代表小组', '联合小组', '第十一代表小组', '第3组'].sort(compareDeputyGroupNames)).toEqual([
      '第一代表小组',
      '第二代表小组',
      '第3组',
      '第十代表小组',
      '第十一代表小组',
      '联合小组',
    ]);
  });

  it('sorts numbered groups first, by number, then the rest by name', () => {
    expect(compareDeputyGroupNames('第二组', '第十组')).toBeLessThan(0);
    expect(compareDeputyGroupNames('第十组', '第二组')).toBeGreaterThan(0);
    expect(compareDeputyGroupNames('联合小组', '第二组')).toBeGreaterThan(0);
    expect(compareDeputyGroupNames('第二组', '联合小组')).toBeLessThan(0);
    expect(compareDeputyGroupNames('第2组', '第二组')).toBe('第2组'.localeCompare('第二组', 'zh-CN', { numeric: true }));
    expect(compareDeputyGroupNames('甲片', '乙片')).toBe('甲片'.localeCompare('乙片', 'zh-CN', { numeric: true }));
    expect(compareDeputyGroupNames('第三组', '第三组')).toBe(0);
    // Numbered before unnumbered even where the names alone sort the other way.
    expect(compareDeputyGroupNames('阿里片', '第二组')).toBeGreaterThan(0);
    expect(compareDeputyGroupNames('第二组', '阿里片')).toBeLessThan(0);
    // Unnumbered names compare numbers in them as numbers.
    expect(compareDeputyGroupNames('A片2', 'A片10')).toBeLessThan(0);
  });
});

describe('groups and stations', () => {
  const id = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';

  it('takes a group with a trimmed name and optional leader and station', () => {
    expect(deputyGroupCreateSchema.parse({ name: ' 第一代表小组 ', area: '' })).toEqual({ name: '第一代表小组', area: null });
    expect(deputyGroupCreateSchema.safeParse({ name: ' ' }).success).toBe(false);
    expect(deputyGroupUpdateSchema.parse({ id, version: 0, name: '第二组' })).toEqual({ id, version: 0, name: '第二组' });
    expect(deputyGroupUpdateSchema.safeParse({ id, version: -1, name: '第二组' }).success).toBe(false);
    expect(deputyGroupListSchema.safeParse({ sortBy: 'memberCount' }).success).toBe(true);
    expect(deputyGroupListSchema.safeParse({ sortBy: 'leader' }).success).toBe(false);
  });

  it('takes a station of a known kind, and members up to 2000', () => {
    expect(liaisonStationCreateSchema.parse({ name: '狮岭联络站', kind: 'station' })).toEqual({ name: '狮岭联络站', kind: 'station' });
    expect(liaisonStationCreateSchema.safeParse({ name: '狮岭联络站', kind: 'office' }).success).toBe(false);
    expect(liaisonStationUpdateSchema.safeParse({ id, version: -1, name: 'x', kind: 'home' }).success).toBe(false);
    expect(liaisonStationListSchema.parse({ kind: 'room', sortBy: 'kind' })).toMatchObject({ kind: 'room', sortBy: 'kind' });
    expect(deputyMembersSetSchema.safeParse({ id, deputyIds: Array.from({ length: 2000 }, () => id) }).success).toBe(true);
    expect(deputyMembersSetSchema.safeParse({ id, deputyIds: Array.from({ length: 2001 }, () => id) }).success).toBe(false);
  });
});
