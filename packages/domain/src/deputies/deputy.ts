import { refinedBy, type DayCheck } from '../common/validation-issues';
import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { yearsBetween } from '../time/days';
import { isoDay, optionalText, phoneSchema, requiredText, ruleIssue, type Labels } from './common';
import { PRESIDIUM_ROLES } from './congress-terms';

/** Deputies (人大代表) on a township's roster: the enumerations and their labels. */
export const DEPUTY_GENDERS = ['male', 'female'] as const;
export type DeputyGender = (typeof DEPUTY_GENDERS)[number];
export const DEPUTY_GENDER_LABELS: Labels<DeputyGender> = { male: { zh: '男', en: 'Male' }, female: { zh: '女', en: 'Female' } };

/** One person may sit in several congresses: a township deputy who is also a county deputy. */
export const DEPUTY_LEVELS = ['township', 'county', 'city', 'province', 'national'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];
export const DEPUTY_LEVEL_LABELS: Labels<DeputyLevel> = {
  township: { zh: '乡镇人大代表', en: 'Township deputy' },
  county: { zh: '县人大代表', en: 'County deputy' },
  city: { zh: '市人大代表', en: 'City deputy' },
  province: { zh: '省人大代表', en: 'Provincial deputy' },
  national: { zh: '全国人大代表', en: 'National deputy' },
};

export const DEPUTY_STATUSES = ['serving', 'by_elected', 'resigned', 'removed', 'deceased'] as const;
export type DeputyStatus = (typeof DEPUTY_STATUSES)[number];
export const DEPUTY_STATUS_LABELS: Labels<DeputyStatus> = {
  serving: { zh: '在任', en: 'Serving' },
  by_elected: { zh: '补选在任', en: 'Serving (by-elected)' },
  resigned: { zh: '辞职', en: 'Resigned' },
  removed: { zh: '罢免', en: 'Removed' },
  deceased: { zh: '去世', en: 'Deceased' },
};
/** Statuses in which a deputy holds office (counted in quotas, rosters, attendance). */
export const SERVING_STATUSES: readonly DeputyStatus[] = ['serving', 'by_elected'];
export const isServing = (status: DeputyStatus) => SERVING_STATUSES.includes(status);

export const DEPUTY_PARTIES = ['cpc', 'cpc_probationary', 'rcck', 'cdl', 'cndca', 'capd', 'cpwdp', 'zhi_gong', 'jiusan', 'taiwan_league', 'non_party', 'masses'] as const;
export type DeputyParty = (typeof DEPUTY_PARTIES)[number];
export const DEPUTY_PARTY_LABELS: Labels<DeputyParty> = {
  cpc: { zh: '中共党员', en: 'CPC member' },
  cpc_probationary: { zh: '中共预备党员', en: 'CPC probationary member' },
  rcck: { zh: '民革党员', en: 'RCCK' },
  cdl: { zh: '民盟盟员', en: 'China Democratic League' },
  cndca: { zh: '民建会员', en: 'CNDCA' },
  capd: { zh: '民进会员', en: 'CAPD' },
  cpwdp: { zh: '农工党党员', en: "Peasants and Workers' Democratic Party" },
  zhi_gong: { zh: '致公党党员', en: 'China Zhi Gong Party' },
  jiusan: { zh: '九三学社社员', en: 'Jiusan Society' },
  taiwan_league: { zh: '台盟盟员', en: 'Taiwan Democratic Self-Government League' },
  non_party: { zh: '无党派人士', en: 'Non-party' },
  masses: { zh: '群众', en: 'No affiliation' },
};

export const DEPUTY_EDUCATIONS = ['postgraduate', 'undergraduate', 'college', 'secondary', 'junior', 'primary'] as const;
export type DeputyEducation = (typeof DEPUTY_EDUCATIONS)[number];
export const DEPUTY_EDUCATION_LABELS: Labels<DeputyEducation> = {
  postgraduate: { zh: '研究生', en: 'Postgraduate' },
  undergraduate: { zh: '大学本科', en: 'Undergraduate' },
  college: { zh: '大专', en: 'College' },
  secondary: { zh: '高中（中专）', en: 'Upper secondary' },
  junior: { zh: '初中', en: 'Lower secondary' },
  primary: { zh: '小学及以下', en: 'Primary or less' },
};

/** 代表构成: the composition categories rosters are reported by (工人、农民、干部、专业技术人员…). */
export const DEPUTY_SECTORS = ['worker', 'farmer', 'cadre', 'professional', 'business', 'military', 'other'] as const;
export type DeputySector = (typeof DEPUTY_SECTORS)[number];
export const DEPUTY_SECTOR_LABELS: Labels<DeputySector> = {
  worker: { zh: '工人', en: 'Worker' },
  farmer: { zh: '农民', en: 'Farmer' },
  cadre: { zh: '党政干部', en: 'Cadre' },
  professional: { zh: '专业技术人员', en: 'Professional' },
  business: { zh: '企业负责人', en: 'Business manager' },
  military: { zh: '军人', en: 'Military' },
  other: { zh: '其他', en: 'Other' },
};


/** Deputies must be 18 on election day (选举法: 年满十八周岁). */
export const DEPUTY_MIN_AGE = 18;

export const deputyFieldsSchema = z.object({
  name: requiredText(30),
  gender: z.enum(DEPUTY_GENDERS),
  birthDate: isoDay,
  ethnicity: requiredText(20),
  party: z.enum(DEPUTY_PARTIES),
  education: z.enum(DEPUTY_EDUCATIONS).nullable().optional(),
  sector: z.enum(DEPUTY_SECTORS),
  levels: z.array(z.enum(DEPUTY_LEVELS)).min(1).max(DEPUTY_LEVELS.length),
  termNo: z.number().int().min(1).max(99),
  constituency: requiredText(50),
  groupId: z.uuid().nullable().optional(),
  stationId: z.uuid().nullable().optional(),
  presidiumRole: z.enum(PRESIDIUM_ROLES).nullable().optional(),
  electedOn: isoDay.nullable().optional(),
  workplace: optionalText(100),
  phone: phoneSchema,
  address: optionalText(100),
  note: optionalText(500),
});

/** Checks across fields: dates make sense, a level is not listed twice. `today` is an ISO day. */
export const checkDeputy: DayCheck<z.infer<typeof deputyFieldsSchema> & { status?: DeputyStatus }> = (input, today) => {
  const issues: z.core.$ZodIssue[] = [];
  if ((today !== null && input.birthDate > today) || input.birthDate < '1900-01-01') {
    issues.push(ruleIssue(['birthDate'], input.birthDate, '出生日期不合理', 'is not a plausible birth date'));
  } else if (input.electedOn && yearsBetween(input.birthDate, input.electedOn) < DEPUTY_MIN_AGE) {
    issues.push(ruleIssue(['electedOn'], input.electedOn, `当选时应年满${DEPUTY_MIN_AGE}周岁`, `the deputy must be ${DEPUTY_MIN_AGE} or older when elected`));
  }
  if (today !== null && input.electedOn && input.electedOn > today) issues.push(ruleIssue(['electedOn'], input.electedOn, '不能晚于今天', 'cannot be in the future'));
  if (new Set(input.levels).size !== input.levels.length) issues.push(ruleIssue(['levels'], input.levels, '代表层级重复', 'lists a level twice'));
  if (input.status === 'by_elected' && !input.electedOn) issues.push(ruleIssue(['electedOn'], null, '补选代表须填写当选日期', 'is required for a by-elected deputy'));
  return issues;
};

/** A new roster entry: serving, or by-elected (补选) with the election day. */
export const deputyCreateSchema = refinedBy(deputyFieldsSchema.extend({ status: z.enum(['serving', 'by_elected']).default('serving') }), checkDeputy);
export type DeputyCreate = z.infer<typeof deputyCreateSchema>;
export type DeputyCreateInput = z.input<typeof deputyCreateSchema>;

/** Editing the particulars; the status changes only through a transition (deputyStatusChangeSchema). */
export const deputyUpdateSchema = refinedBy(deputyFieldsSchema.extend({ id: z.uuid(), version: z.number().int().min(0) }), checkDeputy);
export type DeputyUpdate = z.infer<typeof deputyUpdateSchema>;

export const DEPUTY_SORT_FIELDS = ['name', 'birthDate', 'termNo', 'constituency', 'status', 'groupName', 'electedOn', 'createdAt'] as const;
export const deputyListSchema = listQuerySchema(DEPUTY_SORT_FIELDS).extend({
  status: z.enum(DEPUTY_STATUSES).optional(),
  /** Serving (serving + by-elected) or left (resigned, removed, deceased). */
  serving: z.boolean().optional(),
  level: z.enum(DEPUTY_LEVELS).optional(),
  sector: z.enum(DEPUTY_SECTORS).optional(),
  gender: z.enum(DEPUTY_GENDERS).optional(),
  groupId: z.uuid().optional(),
  stationId: z.uuid().optional(),
  presidium: z.boolean().optional(),
  termNo: z.number().int().min(1).max(99).optional(),
});
export type DeputyListQuery = z.infer<typeof deputyListSchema>;
