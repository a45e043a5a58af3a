import { describe, expect, it } from 'vitest';
import { compareDeputyGroupNames, deputyGroupNumber } from './organisation';

describe('deputy group numbers', () => {
  it('reads Arabic and Chinese numbers in group names', () => {
    expect(['第12组', '第三代表小组', '第十代表小组', '第十二代表小组', '第二十代表小组', '第二十三组', '十组', '第九小组', '联合小组', '狮岭片'].map(deputyGroupNumber)).toEqual([12, 3, 10, 12, 20, 23, 10, 9, undefined, undefined]);
  });

  it('sorts numbered groups first, by number, then the rest by name', () => {
    expect(compareDeputyGroupNames('第二组', '第十组')).toBeLessThan(0);
    expect(compareDeputyGroupNames('第十组', '第二组')).toBeGreaterThan(0);
    expect(compareDeputyGroupNames('联合小组', '第二组')).toBeGreaterThan(0);
    expect(compareDeputyGroupNames('第二组', '联合小组')).toBeLessThan(0);
    expect(compareDeputyGroupNames('第2组', '第二组')).toBe('第2组'.localeCompare('第二组', 'zh-CN', { numeric: true }));
    expect(compareDeputyGroupNames('甲片', '乙片')).toBe('甲片'.localeCompare('乙片', 'zh-CN', { numeric: true }));
    expect(compareDeputyGroupNames('第三组', '第三组')).toBe(0);
  });
});
