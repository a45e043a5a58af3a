import { z } from 'zod';
import { addDays, dayOf } from '../time/days';
import { toFieldIssues, type FieldIssue } from '../common/validation-issues';
import { DEPUTY_FIELD_LABELS } from './field-labels';
import { ruleIssue } from './common';
import { PRESIDIUM_ROLE_LABELS } from './congress-terms';
import {
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  DEPUTY_STATUS_LABELS,
  checkDeputy,
  deputyCreateSchema,
  type DeputyCreate,
} from './deputy';

/**
 * Importing a deputy roster from Excel, the way offices hand rosters over. The browser reads
 * the sheet into rows of text keyed by column; this module turns a row into a deputy (the
 * same schema the form uses) or a list of field issues, on both sides. The server adds what
 * needs the database: group and station names, duplicates of existing deputies.
 */
export interface DeputyImportColumn {
  key: string;
  zh: string;
  en: string;
  required: boolean;
  /** What the template's example row shows. */
  example: string;
  /** Extra header spellings accepted when reading a sheet. */
  aliases?: string[];
}

export const DEPUTY_IMPORT_COLUMNS: readonly DeputyImportColumn[] = [
  { key: 'name', zh: '姓名', en: 'Name', required: true, example: '张明华' },
  { key: 'gender', zh: '性别', en: 'Gender', required: true, example: '男' },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', required: true, example: '1975-03-12', aliases: ['出生年月'] },
  { key: 'ethnicity', zh: '民族', en: 'Ethnicity', required: true, example: '汉族' },
  { key: 'party', zh: '政治面貌', en: 'Party affiliation', required: true, example: '中共党员', aliases: ['党派'] },
  { key: 'education', zh: '学历', en: 'Education', required: false, example: '大专', aliases: ['文化程度'] },
  { key: 'sector', zh: '代表构成', en: 'Sector', required: true, example: '农民', aliases: ['职业类别', '界别'] },
  { key: 'levels', zh: '代表层级', en: 'Levels', required: true, example: '乡镇人大代表、县人大代表', aliases: ['代表级别'] },
  { key: 'termNo', zh: '届次', en: 'Term', required: true, example: '18' },
  { key: 'constituency', zh: '选区', en: 'Constituency', required: true, example: '第三选区（狮岭村）' },
  { key: 'groupName', zh: '代表小组', en: 'Deputy group', required: false, example: '第一代表小组' },
  { key: 'stationName', zh: '联络站', en: 'Liaison station', required: false, example: '', aliases: ['代表联络站', '代表之家'] },
  { key: 'presidiumRole', zh: '主席团职务', en: 'Presidium role', required: false, example: '' },
  { key: 'status', zh: '状态', en: 'Status', required: false, example: '在任' },
  { key: 'electedOn', zh: '当选日期', en: 'Elected on', required: false, example: '2021-12-28' },
  { key: 'workplace', zh: '工作单位及职务', en: 'Workplace and post', required: false, example: '狮岭村党支部书记', aliases: ['工作单位'] },
  { key: 'phone', zh: '联系电话', en: 'Phone', required: false, example: '13800000000', aliases: ['电话', '手机'] },
  { key: 'address', zh: '住址', en: 'Address', required: false, example: '' },
  { key: 'note', zh: '备注', en: 'Note', required: false, example: '' },
];

export const DEPUTY_IMPORT_MAX_ROWS = 2000;

/** A sheet row as text: column key → cell text. */
export type DeputyImportRow = Record<string, string>;

export const deputyImportSchema = z.object({
  rows: z.array(z.record(z.string().max(40), z.string().max(1000))).min(1).max(DEPUTY_IMPORT_MAX_ROWS),
  /** Sheet row number of rows[0] (2 when the header is row 1); reports name sheet rows. */
  firstRowNumber: z.number().int().min(1).default(2),
});
export type DeputyImportInput = z.input<typeof deputyImportSchema>;

/** Finds the column key of a header cell (Chinese, English or an alias, ignoring '*' and spaces). */
export function deputyImportColumnKey(header: string): string | undefined {
  const clean = header.replace(/[*＊\s]/g, '').toLowerCase();
  return DEPUTY_IMPORT_COLUMNS.find((c) => [c.zh, c.en, c.key, ...(c.aliases ?? [])].some((h) => h.replace(/\s/g, '').toLowerCase() === clean))?.key;
}

function lookup<K extends string>(labels: Record<K, { zh: string; en: string }>, text: string, aliases: Record<string, K> = {}): K | undefined {
  const clean = text.trim().toLowerCase();
  if (!clean) return undefined;
  if (clean in aliases) return aliases[clean];
  return (Object.keys(labels) as K[]).find((k) => k === clean || labels[k].zh === text.trim() || labels[k].en.toLowerCase() === clean);
}

const LEVEL_ALIASES: Record<string, keyof typeof DEPUTY_LEVEL_LABELS> = {
  乡镇: 'township', 镇: 'township', 乡: 'township', 乡级: 'township', 镇人大代表: 'township', 乡人大代表: 'township', 县: 'county', 县级: 'county', 区: 'county', 区人大代表: 'county', 市: 'city', 市级: 'city', 省: 'province', 省级: 'province', 全国: 'national',
};
const GENDER_ALIASES: Record<string, keyof typeof DEPUTY_GENDER_LABELS> = { m: 'male', f: 'female', 男性: 'male', 女性: 'female' };
const PARTY_ALIASES: Record<string, keyof typeof DEPUTY_PARTY_LABELS> = { 党员: 'cpc', 中共: 'cpc', 预备党员: 'cpc_probationary', 无党派: 'non_party', 民革: 'rcck', 民盟: 'cdl', 民建: 'cndca', 民进: 'capd', 农工党: 'cpwdp', 致公党: 'zhi_gong', 九三学社: 'jiusan', 台盟: 'taiwan_league' };
const EDUCATION_ALIASES: Record<string, keyof typeof DEPUTY_EDUCATION_LABELS> = { 本科: 'undergraduate', 大学: 'undergraduate', 硕士: 'postgraduate', 博士: 'postgraduate', 专科: 'college', 高中: 'secondary', 中专: 'secondary', 小学: 'primary' };
const SECTOR_ALIASES: Record<string, keyof typeof DEPUTY_SECTOR_LABELS> = { 干部: 'cadre', 专业技术: 'professional', 企业: 'business', 企业家: 'business', 解放军: 'military' };
const STATUS_ALIASES: Record<string, keyof typeof DEPUTY_STATUS_LABELS> = { 补选: 'by_elected', 正常: 'serving' };
const ROLE_ALIASES: Record<string, keyof typeof PRESIDIUM_ROLE_LABELS> = { 人大主席: 'chair', 人大副主席: 'vice_chair', 成员: 'member' };

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 18, 第十八届, 十八 → 18. */
export function parseDeputyTermNo(text: string): number | undefined {
  const t = text.trim().replace(/^第/, '').replace(/届$/, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || !t) return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CHINESE_DIGITS[tens] : undefined;
  return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (ones ? CHINESE_DIGITS[ones]! : 0);
}

/**
 * 1975-03-12, 1975/3/12, 1975.3.12, 1975年3月12日, an Excel day number, or a month only
 * (1975.03, 1975年3月: rosters often give 出生年月) → ISO day; undefined when not a real day.
 */
export function parseRosterDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4,5}(\.0+)?$/.test(t) && Number(t) > 10000 && Number(t) < 80000) {
    // Excel's day numbers count from 1899-12-30.
    return addDays('1899-12-30', Math.round(Number(t)));
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月?)$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+Z?$/.exec(t);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return dayOf(date);
}

/** A row made into a deputy, with the group and station still as names. */
export type ImportedDeputyRow = Omit<DeputyCreate, 'groupId' | 'stationId'> & { groupName: string | null; stationName: string | null };

export interface DeputyImportRowResult {
  /** The sheet row number. */
  row: number;
  name: string;
  deputy?: ImportedDeputyRow;
  issues: FieldIssue[];
}

/** Parses one row with the deputy form's schema; enumerations accept their Chinese or English labels. */
/** One roster row checked as the form would check it; `today` is the county's day (no deputy born or elected after it). */
export function parseDeputyImportRow(raw: DeputyImportRow, rowNumber: number, today: string): DeputyImportRowResult {
  const text = (key: string) => (raw[key] ?? '').trim();
  const issues: z.core.$ZodIssue[] = [];
  const enumValue = <K extends string>(key: string, labels: Record<K, { zh: string; en: string }>, aliases: Record<string, K>) => {
    if (!text(key)) return undefined;
    const value = lookup(labels, text(key), aliases);
    if (!value) issues.push(ruleIssue([key], text(key), `“${text(key)}”不是可选值（可选：${Object.values<{ zh: string }>(labels).map((l) => l.zh).join('、')}）`, `"${text(key)}" is not one of: ${Object.values<{ en: string }>(labels).map((l) => l.en).join(', ')}`));
    return value;
  };
  const dateValue = (key: string) => {
    if (!text(key)) return undefined;
    const value = parseRosterDate(text(key));
    if (!value) issues.push(ruleIssue([key], text(key), `“${text(key)}”不是有效日期（如 1975-03-12）`, `"${text(key)}" is not a valid date (e.g. 1975-03-12)`));
    return value;
  };
  // Separated by 、 , ; / or spaces; an English label keeps its space ("County deputy").
  const levelTexts = text('levels')
    .split(/[、,，;；/]+/)
    .flatMap((piece) => (lookup(DEPUTY_LEVEL_LABELS, piece, LEVEL_ALIASES) ? [piece.trim()] : piece.split(/\s+/)))
    .filter(Boolean);
  const levels = levelTexts.map((l) => {
    const level = lookup(DEPUTY_LEVEL_LABELS, l, LEVEL_ALIASES);
    if (!level) issues.push(ruleIssue(['levels'], l, `“${l}”不是代表层级（可选：乡镇、县、市、省、全国）`, `"${l}" is not a level (township, county, city, province, national)`));
    return level;
  });
  const termNo = text('termNo') ? parseDeputyTermNo(text('termNo')) : undefined;
  if (text('termNo') && termNo === undefined) issues.push(ruleIssue(['termNo'], text('termNo'), `“${text('termNo')}”不是届次（如 18 或 第十八届）`, `"${text('termNo')}" is not a term number`));
  const status = enumValue('status', DEPUTY_STATUS_LABELS, STATUS_ALIASES);
  if (status && status !== 'serving' && status !== 'by_elected') {
    issues.push(ruleIssue(['status'], text('status'), '导入名册仅限在任或补选代表', 'only serving or by-elected deputies can be imported'));
  }

  const candidate = {
    name: text('name'),
    gender: enumValue('gender', DEPUTY_GENDER_LABELS, GENDER_ALIASES),
    birthDate: dateValue('birthDate'),
    ethnicity: text('ethnicity') && !/族$/.test(text('ethnicity')) ? `${text('ethnicity')}族` : text('ethnicity'),
    party: enumValue('party', DEPUTY_PARTY_LABELS, PARTY_ALIASES),
    education: enumValue('education', DEPUTY_EDUCATION_LABELS, EDUCATION_ALIASES) ?? null,
    sector: enumValue('sector', DEPUTY_SECTOR_LABELS, SECTOR_ALIASES),
    levels: levels.every(Boolean) ? levels : [],
    termNo,
    constituency: text('constituency'),
    presidiumRole: enumValue('presidiumRole', PRESIDIUM_ROLE_LABELS, ROLE_ALIASES) ?? null,
    status: status === 'by_elected' ? 'by_elected' : 'serving',
    electedOn: dateValue('electedOn') ?? null,
    workplace: text('workplace') || null,
    phone: text('phone') || null,
    address: text('address') || null,
    note: text('note') || null,
  };
  const parsed = deputyCreateSchema.safeParse(candidate);
  // A field already reported (e.g. an unknown gender) is not reported again as missing.
  const reported = new Set(issues.map((i) => String(i.path[0])));
  if (!parsed.success) issues.push(...parsed.error.issues.filter((i) => !reported.has(String(i.path[0])) || i.code === 'custom'));
  else issues.push(...checkDeputy(parsed.data, today));
  const unique = issues.filter((issue, i) => issues.findIndex((o) => o.path.join('.') === issue.path.join('.') && o.message === issue.message) === i);
  const result: DeputyImportRowResult = { row: rowNumber, name: text('name'), issues: toFieldIssues(unique, DEPUTY_FIELD_LABELS) };
  if (parsed.success && unique.length === 0) {
    const { groupId: _g, stationId: _s, ...deputy } = parsed.data;
    result.deputy = { ...deputy, groupName: text('groupName') || null, stationName: text('stationName') || null };
  }
  return result;
}

/** The key two roster entries must not share: same person in the same term. */
export const deputyIdentityKey = (d: { name: string; birthDate: string; termNo: number }) => `${d.termNo}|${d.name.trim()}|${d.birthDate}`;

/** Marks rows repeating an earlier row of the same file (same name, birth date and term). */
export function markDuplicateDeputyRows(results: DeputyImportRowResult[]): void {
  const seen = new Map<string, number>();
  for (const result of results) {
    if (!result.deputy) continue;
    const key = deputyIdentityKey(result.deputy);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, result.row);
      continue;
    }
    result.issues.push(...toFieldIssues([ruleIssue(['name'], result.name, `与第${first}行重复（姓名、出生日期、届次相同）`, `repeats row ${first} (same name, birth date and term)`)], DEPUTY_FIELD_LABELS));
    delete result.deputy;
  }
}
