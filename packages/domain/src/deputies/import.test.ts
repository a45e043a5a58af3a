import { describe, expect, it } from 'vitest';
import { deputyIdentityKey, deputyImportColumnKey, deputyImportSchema, markDuplicateDeputyRows, parseDeputyImportRow, parseDeputyTermNo, parseRosterDate } from './import';

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

describe('roster import details', () => {
  it('reads the English labels the English template offers, levels included', () => {
    const result = parseDeputyImportRow({ ...good, gender: 'Female', party: 'CPC member', education: 'College', sector: 'Farmer', levels: 'Township deputy, County deputy', status: 'Serving' }, 2, '2026-07-01');
    expect(result.issues).toEqual([]);
    expect(result.deputy).toMatchObject({ gender: 'female', party: 'cpc', education: 'college', sector: 'farmer', levels: ['township', 'county'], status: 'serving' });
    expect(deputyImportColumnKey('Birth date*')).toBe('birthDate');
  });

  it('takes English labels, keys and aliases of enumerations, in any case', () => {
    const result = parseDeputyImportRow({ ...good, gender: 'Male', party: 'non_party', education: '本科', sector: 'Cadre', levels: 'township,county；市/Province 全国', presidiumRole: '人大主席', status: '补选', electedOn: '2024-06-20' }, 2, '2026-07-01');
    expect(result.issues).toEqual([]);
    expect(result.deputy).toMatchObject({ gender: 'male', party: 'non_party', education: 'undergraduate', sector: 'cadre', levels: ['township', 'county', 'city', 'province', 'national'], presidiumRole: 'chair', status: 'by_elected', electedOn: '2024-06-20' });
    expect(parseDeputyImportRow({ ...good, gender: 'f', party: ' 民盟 ', sector: 'business' }, 2, '2026-07-01').deputy).toMatchObject({ gender: 'female', party: 'cdl', sector: 'business' });
    expect(parseDeputyImportRow({ ...good, gender: '男', party: 'CPC member' }, 2, '2026-07-01').deputy).toMatchObject({ gender: 'male', party: 'cpc' });
  });

  it('leaves optional fields empty as null, and keeps an ethnicity that already ends in 族', () => {
    const { education: _e, groupName: _g, ...rest } = good;
    const result = parseDeputyImportRow({ ...rest, ethnicity: '土家族', phone: ' ', workplace: '' }, 4, '2026-07-01');
    expect(result.issues).toEqual([]);
    expect(result.deputy).toMatchObject({ ethnicity: '土家族', education: null, presidiumRole: null, electedOn: null, workplace: null, phone: null, address: null, note: null, groupName: null, stationName: null, status: 'serving' });
    expect(parseDeputyImportRow({ ...good, stationName: ' 狮岭联络站 ', phone: '0731-1234567', note: '连任' }, 2, '2026-07-01').deputy).toMatchObject({ stationName: '狮岭联络站', phone: '0731-1234567', note: '连任' });
  });

  it('imports only serving or by-elected deputies, and a by-elected one needs the election day', () => {
    const resigned = parseDeputyImportRow({ ...good, status: '辞职' }, 3, '2026-07-01');
    expect(resigned.deputy).toBeUndefined();
    expect(resigned.issues.map((i) => i.path)).toEqual(['status']);
    expect(parseDeputyImportRow({ ...good, status: '正常' }, 3, '2026-07-01').deputy?.status).toBe('serving');
    expect(parseDeputyImportRow({ ...good, status: '补选' }, 3, '2026-07-01').issues.map((i) => i.path)).toEqual(['electedOn']);
  });

  it('reports a bad term number, a bad election day and a missing required field once each', () => {
    const result = parseDeputyImportRow({ ...good, termNo: '第十八', electedOn: '去年', constituency: '' }, 5, '2026-07-01');
    expect(result.issues.map((i) => i.path).sort()).toEqual(['constituency', 'electedOn']);
    const bad = parseDeputyImportRow({ ...good, termNo: '十八届届', gender: '', levels: '' }, 5, '2026-07-01');
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['gender', 'levels', 'termNo']);
    expect(bad.name).toBe('李秀英');
    const unknown = parseDeputyImportRow({ ...good, levels: '火星、木星' }, 5, '2026-07-01');
    expect(unknown.issues.map((i) => i.path)).toEqual(['levels', 'levels']);
    expect(unknown.issues.map((i) => i.message.en)).toEqual([expect.stringContaining('"火星"'), expect.stringContaining('"木星"')]);
  });

  it('says which values an enumeration takes', () => {
    const issue = parseDeputyImportRow({ ...good, sector: '学生' }, 2, '2026-07-01').issues[0]!;
    expect(issue.path).toBe('sector');
    expect(issue.message.zh).toContain('工人、农民、党政干部');
    expect(issue.message.en).toContain('Worker, Farmer, Cadre');
  });

  it('treats a row as the same person when name, birth date and term match', () => {
    expect(deputyIdentityKey({ name: ' 李秀英 ', birthDate: '1972-05-03', termNo: 18 })).toBe('18|李秀英|1972-05-03');
    const results = [
      parseDeputyImportRow(good, 2, '2026-07-01'),
      parseDeputyImportRow({ ...good, termNo: '17' }, 3, '2026-07-01'),
      parseDeputyImportRow({ ...good, birthDate: '1972-05-04' }, 4, '2026-07-01'),
      parseDeputyImportRow({ ...good, gender: '?' }, 5, '2026-07-01'),
      parseDeputyImportRow({ ...good, constituency: '第四选区' }, 6, '2026-07-01'),
      parseDeputyImportRow({ ...good, constituency: '第五选区' }, 7, '2026-07-01'),
    ];
    markDuplicateDeputyRows(results);
    expect(results.map((r) => r.deputy !== undefined)).toEqual([true, true, true, false, false, false]);
    expect(results[3]!.issues.map((i) => i.path)).toEqual(['gender']);
    expect(results[4]!.issues.map((i) => [i.path, i.message.en])).toEqual([['name', 'Name: repeats row 2 (same name, birth date and term)']]);
    expect(results[5]!.issues[0]!.message.en).toContain('repeats row 2');
  });

  it('reads headers with stars, spaces and either language', () => {
    expect(deputyImportColumnKey(' 姓 名 ＊')).toBe('name');
    expect(deputyImportColumnKey('PHONE')).toBe('phone');
    expect(deputyImportColumnKey('termNo')).toBe('termNo');
    expect(deputyImportColumnKey('Workplace and post')).toBe('workplace');
    expect(deputyImportColumnKey('代表之家')).toBe('stationName');
    expect(deputyImportColumnKey('爱好')).toBeUndefined();
  });

  it('reads every way offices write a term number', () => {
    expect(['18', '第18届', '9', '十', '第十一届', '二十', '九十九', '一', '第五届'].map(parseDeputyTermNo)).toEqual([18, 18, 9, 10, 11, 20, 99, 1, 5]);
    expect(['', '第届', '一百', '十十', '123', '二一'].map(parseDeputyTermNo)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads every way offices write a day, and refuses days that do not exist', () => {
    expect(parseRosterDate('1975/3/12')).toBe('1975-03-12');
    expect(parseRosterDate(' 1975.3.12 ')).toBe('1975-03-12');
    expect(parseRosterDate('1975年3月')).toBe('1975-03-01');
    expect(parseRosterDate('1975-03-12T00:00:00.000Z')).toBe('1975-03-12');
    expect(parseRosterDate('27465.0')).toBe('1975-03-12');
    expect(parseRosterDate('10001')).toBe('1927-05-19');
    expect(parseRosterDate('79999')).toBe('2119-01-10');
    expect(parseRosterDate('10000')).toBeUndefined();
    expect(parseRosterDate('80000')).toBeUndefined();
    expect(parseRosterDate('1975')).toBeUndefined();
    expect(parseRosterDate('1975-04-31')).toBeUndefined();
    expect(parseRosterDate('1975-13')).toBeUndefined();
    expect(parseRosterDate('3/12/1975')).toBeUndefined();
    expect(parseRosterDate('1975-03-12x')).toBeUndefined();
  });

  it('keeps workplace and address, skips empty level entries, and words a bad term', () => {
    expect(parseDeputyImportRow({ ...good, workplace: ' 狮岭村党支部书记 ', address: '狮岭村3组' }, 2, '2026-07-01').deputy).toMatchObject({ workplace: '狮岭村党支部书记', address: '狮岭村3组' });
    expect(parseDeputyImportRow({ ...good, levels: '乡镇、、县,' }, 2, '2026-07-01').deputy?.levels).toEqual(['township', 'county']);
    const term = parseDeputyImportRow({ ...good, termNo: '十八届届' }, 2, '2026-07-01').issues;
    expect(term.map((i) => [i.path, i.message.zh])).toEqual([['termNo', '届次：“十八届届”不是届次（如 18 或 第十八届）']]);
  });

  it('reads term and day texts only whole, with their words around them', () => {
    expect([' 第18届 ', '18届', '第18', '第十八', '十八届'].map(parseDeputyTermNo)).toEqual([18, 18, 18, 18, 18]);
    expect(['18 届', 'x18', '18x', '第第18'].map(parseDeputyTermNo)).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseRosterDate('27465.00')).toBe('1975-03-12');
    expect(['127465', 'x27465', '27465x', '27465.5'].map(parseRosterDate)).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseRosterDate('1975-03-12T08:00:00Z')).toBe('1975-03-12');
    expect(parseRosterDate('1975-03-12T08:00:00.000')).toBe('1975-03-12');
    expect(['x1975-03-12T08:00:00Z', '1975-03-12T08:00:00Zx', 'x1975-03-12', '1975-03-12 日期'].map(parseRosterDate)).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseRosterDate('1975 年 3 月 12 日')).toBe('1975-03-12');
    expect(parseRosterDate('1975-3-1x')).toBeUndefined();
  });

  it('takes 1 to 2000 rows and numbers them from row 2 unless told', () => {
    expect(deputyImportSchema.parse({ rows: [{ name: '李' }] }).firstRowNumber).toBe(2);
    expect(deputyImportSchema.safeParse({ rows: [] }).success).toBe(false);
    expect(deputyImportSchema.safeParse({ rows: Array.from({ length: 2001 }, () => ({})) }).success).toBe(false);
    expect(deputyImportSchema.safeParse({ rows: [{}], firstRowNumber: 0 }).success).toBe(false);
  });
});
