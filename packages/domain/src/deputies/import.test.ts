import { describe, expect, it } from 'vitest';
import { deputyImportColumnKey, markDuplicateDeputyRows, parseDeputyImportRow, parseDeputyTermNo, parseRosterDate } from './import';

const good = { name: '李秀英', gender: '女', birthDate: '1972/5/3', ethnicity: '汉', party: '中共党员', education: '大专', sector: '农民', levels: '乡镇、县', termNo: '第十八届', constituency: '第二选区', groupName: '第一代表小组' };

describe('roster import rows', () => {
  it('reads Chinese labels, date spellings and term numbers', () => {
    const result = parseDeputyImportRow(good, 2, '2026-07-01');
    expect(result.issues).toEqual([]);
    expect(result.deputy).toMatchObject({ gender: 'female', birthDate: '1972-05-03', ethnicity: '汉族', party: 'cpc', education: 'college', sector: 'farmer', levels: ['township', 'county'], termNo: 18, groupName: '第一代表小组', status: 'serving' });
  });

  it('reports every bad field of a row in both languages', () => {
    const result = parseDeputyImportRow({ ...good, name: '', gender: '未知', birthDate: '1972-13-40', levels: '乡镇、火星' }, 7, '2026-07-01');
    expect(result.deputy).toBeUndefined();
    expect(result.row).toBe(7);
    const paths = result.issues.map((i) => i.path).sort();
    expect(paths).toEqual(['birthDate', 'gender', 'levels', 'name']);
    expect(result.issues.find((i) => i.path === 'gender')!.message.zh).toContain('“未知”不是可选值');
  });

  it('marks repeated people within the file', () => {
    const results = [parseDeputyImportRow(good, 2, '2026-07-01'), parseDeputyImportRow({ ...good, constituency: '第三选区' }, 3, '2026-07-01')];
    markDuplicateDeputyRows(results);
    expect(results[0]!.deputy).toBeDefined();
    expect(results[1]!.deputy).toBeUndefined();
    expect(results[1]!.issues[0]!.message.zh).toContain('与第2行重复');
  });

  it('parses dates, term numbers and headers the way offices write them', () => {
    expect(parseRosterDate('1975年3月12日')).toBe('1975-03-12');
    expect(parseRosterDate('1975.03')).toBe('1975-03-01');
    expect(parseRosterDate('27465')).toBe('1975-03-12');
    expect(parseRosterDate('1975-02-29')).toBeUndefined();
    expect(parseDeputyTermNo('十八')).toBe(18);
    expect(parseDeputyTermNo('第十届')).toBe(10);
    expect(parseDeputyTermNo('第二十一届')).toBe(21);
    expect(parseDeputyTermNo('abc')).toBeUndefined();
    expect(deputyImportColumnKey('姓名*')).toBe('name');
    expect(deputyImportColumnKey('出生年月')).toBe('birthDate');
    expect(deputyImportColumnKey('Birth date')).toBe('birthDate');
  });
});
