import type { TenantKind } from '../tenancy/tenant';
import type { StandardPeriodKind } from './periods';
import { APPRAISAL_INDICATORS } from './appraisal-definitions';
import { GRID_INDICATORS } from './grid-definitions';

/**
 * The indicators of the county dashboards, as data: one record each. The SQL that counts them,
 * the "how is this computed" text, the drill-down to the records and the tests all read the
 * same record (compile.ts, explain.ts). A rate is the count of its numerator's records over the
 * count of its denominator's records, each set with its own source and filters; never a ratio
 * of figures computed elsewhere.
 *
 * Filters are SQL predicates over the set's source, with placeholders the compiler binds:
 * {tenant} the township, {start} and {end} the period's first and last day, {startAt} and
 * {afterEnd} its first instant and the first instant after it (compare instants with these, not
 * with functions of {start}: row-level security keeps an index from serving those), {tz} the county's
 * time zone, {param.<name>} a rule value (declared in `params`, resolved for the township on
 * the period's last day). Instants ("...At" columns) count on their county day:
 * app_local_day(instant, {tz}). The source's own alias is `r`; its township filter is added by
 * the compiler.
 */

/**
 * How a value is read: a percentage of the denominator, a count, a count per denominator record,
 * points (the numerator's measure in hundredths of a point) per denominator record, a rank (the
 * numerator's ranks per denominator record: the mean rank), or the median or 90th-percentile
 * hours of the numerator's records (durations.ts).
 */
export type IndicatorUnit = 'percent' | 'count' | 'per_group' | 'points' | 'rank' | 'median_hours' | 'p90_hours';
export const DURATION_UNITS: readonly IndicatorUnit[] = ['median_hours', 'p90_hours'];
export const isDurationUnit = (unit: IndicatorUnit) => DURATION_UNITS.includes(unit);
export type IndicatorArea = 'deputies' | 'congress' | 'suggestions' | 'supervision' | 'grid' | 'appraisal';

export interface RecordSet {
  descriptionZh: string;
  descriptionEn: string;
  /** The table the records are rows of (triggers on it mark the value table dirty). */
  source: string;
  /** FROM clause: the source as `r`, and any joins (with their own tenant equality). */
  from: string;
  where: readonly string[];
  /** SQL of the record's unique key within the township (text). */
  key: string;
  /** SQL of the day the record is placed on for the period (shown in the drill-down, orders it). */
  day: string;
  /** SQL of the text that names the record in the drill-down. */
  label: string;
  /**
   * SQL of the whole number each record adds to the figure (an appraisal result its score in
   * hundredths); without it each record adds 1, a count. The drill-down lists the same records.
   */
  measure?: string;
}

export interface RuleParam {
  /** The placeholder's name: {param.<name>}. */
  name: string;
  ruleKey: string;
  sqlType: 'int' | 'text';
}

/** A rule that says how many records a period asks for: so many a quarter, or a year. */
export interface RuleRequirement {
  ruleKey: string;
  per: 'quarter' | 'year';
}

export interface IndicatorDefinition {
  id: string;
  area: IndicatorArea;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  numerator: RecordSet;
  /** None for a count: the value is the numerator's count. */
  denominator: RecordSet | null;
  unit: IndicatorUnit;
  /** A duration indicator's SQL of each numerator record's hours (the records are counted per band of them). */
  hours?: string;
  higherIsBetter: boolean;
  /** The shortest period the figure means something for (a yearly duty report is not a monthly figure). */
  grain: StandardPeriodKind;
  asOfZh: string;
  asOfEn: string;
  /** The tenant kinds it applies to; others show "not applicable" and are left out of rankings and totals. */
  appliesTo: readonly TenantKind[];
  params: readonly RuleParam[];
  /** The target, when a rule sets it (sessions a year); otherwise the county's settings do. */
  requirement?: RuleRequirement;
  /** The county's weight and target before it sets its own (settings); 0 and null mean none. */
  defaultWeight: number;
  defaultTarget: number | null;
  /**
   * A longer period's figure is the sum of its months' (numerator, denominator, histogram): each
   * record is placed on one day by its own instant and nothing else it is counted by depends on
   * the period's first or last day; with rule values, only where every month's values are the
   * period's. The refresh then adds up the stored months instead of counting a year again
   * (additive.ts); the indicator tests compare it with direct counts.
   */
  additive?: boolean;
}

/** An indicator whose source records are not built yet: listed, never computed. */
export interface PendingIndicator {
  id: string;
  area: IndicatorArea;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  unit: IndicatorUnit;
  higherIsBetter: boolean;
  waitingForZh: string;
  waitingForEn: string;
  defaultWeight: number;
  defaultTarget: number | null;
}

const ALL_KINDS: readonly TenantKind[] = ['town', 'township', 'ethnic_township', 'subdistrict'];
/** A sub-district has a working committee, no congress: no sessions, presidium or its meetings (seeds 000, 002). */
const WITH_CONGRESS: readonly TenantKind[] = ['town', 'township', 'ethnic_township'];

const localDay = (column: string) => `app_local_day(${column}, {tz})`;
const inPeriod = (day: string) => `${day} BETWEEN {start} AND {end}`;

// --- Deputies -------------------------------------------------------------------------------

/**
 * Serving on the period's last day: elected by then (or no election day recorded), and either
 * still serving or left after that day (the day a status took effect is `statusDate`).
 */
const SERVING_AT_END = `(r."electedOn" IS NULL OR r."electedOn" <= {end}) AND (r.status IN ('serving', 'by_elected') OR r."statusDate" > {end})`;

const deputies = (descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'Deputy',
  from: '"Deputy" r',
  where: [SERVING_AT_END, ...where],
  key: 'r.id::text',
  day: 'r."electedOn"',
  label: 'r.name',
});

const SERVING_DEPUTIES = deputies('期末在任代表', 'deputies serving on the last day of the period');

const SIGNED_SUGGESTION_IN_PERIOD = `EXISTS (SELECT 1 FROM "SuggestionSigner" ss JOIN "Suggestion" s ON s."tenantId" = ss."tenantId" AND s.id = ss."suggestionId" WHERE ss."tenantId" = r."tenantId" AND ss."deputyId" = r.id AND ${inPeriod('s."submittedOn"')})`;
const REPORTED_IN_PERIOD = (venue?: string) =>
  `EXISTS (SELECT 1 FROM "DutyReview" dr WHERE dr."tenantId" = r."tenantId" AND dr."deputyId" = r.id AND ${inPeriod('dr.date')}${venue ? ` AND dr.venue = '${venue}'` : ''})`;
/** Every trace of duty the product records for a deputy, in the period. */
const ANY_ACTIVITY_IN_PERIOD = [
  `EXISTS (SELECT 1 FROM "DutyActivityParticipant" p JOIN "DutyActivity" a ON a."tenantId" = p."tenantId" AND a.id = p."activityId" WHERE p."tenantId" = r."tenantId" AND p."deputyId" = r.id AND ${inPeriod('a.date')})`,
  `EXISTS (SELECT 1 FROM "ReceptionDuty" rd JOIN "ReceptionDay" x ON x."tenantId" = rd."tenantId" AND x.id = rd."receptionId" WHERE rd."tenantId" = r."tenantId" AND rd."deputyId" = r.id AND ${inPeriod('x.date')})`,
  `EXISTS (SELECT 1 FROM "MeetingAttendance" ma JOIN "CongressMeeting" m ON m."tenantId" = ma."tenantId" AND m.id = ma."meetingId" WHERE ma."tenantId" = r."tenantId" AND ma."deputyId" = r.id AND ma.status = 'present' AND m.status = 'held' AND ${inPeriod('m."startDate"')})`,
  SIGNED_SUGGESTION_IN_PERIOD,
  `EXISTS (SELECT 1 FROM "SupervisionParticipant" sp JOIN "SupervisionActivity" sa ON sa."tenantId" = sp."tenantId" AND sa.id = sp."activityId" WHERE sp."tenantId" = r."tenantId" AND sp."deputyId" = r.id AND ${inPeriod('sa."startDate"')})`,
  REPORTED_IN_PERIOD(),
].join(' OR ');

/** The citizens a deputy must keep: the township rule for a township deputy, the higher-level rule for any other level (the larger applies). */
const CITIZEN_QUOTA = `GREATEST(0, CASE WHEN 'township' = ANY (r.levels) THEN {param.citizens_min} END, CASE WHEN r.levels && ARRAY['county', 'city', 'province', 'national']::"DeputyLevel"[] THEN {param.citizens_min_higher} END)`;
const CITIZENS_BY_END = `(SELECT count(*) FROM "ConstituentContact" c WHERE c."tenantId" = r."tenantId" AND c."deputyId" = r.id AND ${localDay('c."createdAt"')} <= {end})`;
const DEPUTIES_CONTACTED_BY_END = `(SELECT count(*) FROM "PresidiumContact" pc WHERE pc."tenantId" = r."tenantId" AND pc."memberId" = r.id AND ${localDay('pc."createdAt"')} <= {end})`;

// --- Meetings -------------------------------------------------------------------------------

const meetings = (kind: 'session' | 'presidium', descriptionZh: string, descriptionEn: string): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'CongressMeeting',
  from: '"CongressMeeting" r',
  where: [`r.kind = '${kind}'`, `r.status = 'held'`, inPeriod('r."startDate"')],
  key: 'r.id::text',
  day: 'r."startDate"',
  label: 'r.title',
});

const attendance = (descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'MeetingAttendance',
  from: `"MeetingAttendance" r JOIN "CongressMeeting" m ON m."tenantId" = r."tenantId" AND m.id = r."meetingId" JOIN "Deputy" d ON d."tenantId" = r."tenantId" AND d.id = r."deputyId"`,
  where: [`m.status = 'held'`, inPeriod('m."startDate"'), ...where],
  key: `r."meetingId"::text || ':' || r."deputyId"::text`,
  day: 'm."startDate"',
  label: `m.title || ' · ' || d.name`,
});

// --- Suggestions ----------------------------------------------------------------------------

const suggestions = (day: string, descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'Suggestion',
  from: '"Suggestion" r',
  where: [inPeriod(day), ...where],
  key: 'r.id::text',
  day,
  label: `r.number || ' ' || r.title`,
});

const NOT_RETURNED_OR_MERGED = `r.state NOT IN ('returned', 'merged')`;
const ORIGINAL_DUE = 'r."originalDueOn"';
const REPLIED_DAY = localDay('r."repliedAt"');
const EVALUATED_DAY = localDay('r."evaluatedAt"');
/** The first reply in the history, by the first deadline: an extension or a re-handling round does not make a late reply on time. */
const FIRST_REPLY_BY_ORIGINAL_DUE = `EXISTS (SELECT 1 FROM "SuggestionTransition" t WHERE t."tenantId" = r."tenantId" AND t."suggestionId" = r.id AND t.action = 'reply' AND ${localDay('t.at')} <= r."originalDueOn")`;
const COUNTED_SATISFIED = `(r.satisfaction = 'satisfied' OR ({param.satisfaction_counted} = 'satisfied_and_basically_satisfied' AND r.satisfaction = 'basically_satisfied'))`;

const SUGGESTIONS_DUE = suggestions(ORIGINAL_DUE, '期内首次答复期限届满的建议（不含退回、并案）', 'suggestions whose first reply deadline falls in the period (not returned or merged)', NOT_RETURNED_OR_MERGED);
const SUGGESTIONS_EVALUATED = suggestions(EVALUATED_DAY, '期内代表作出（最近一次）满意度评价的建议', 'suggestions whose (latest) evaluation by the deputy falls in the period');
const SUGGESTIONS_REPLIED = suggestions(REPLIED_DAY, '期内（最近一次）答复的建议', 'suggestions whose (latest) reply falls in the period');

// --- Supervision ----------------------------------------------------------------------------

export const SUPERVISION_FORMS = [
  { kind: 'inspection', zh: '视察', en: 'inspections' },
  { kind: 'law_enforcement_check', zh: '执法检查', en: 'law-enforcement checks' },
  { kind: 'survey', zh: '专题调研', en: 'special surveys' },
  { kind: 'work_report_hearing', zh: '听取专项工作报告', en: 'work-report hearings' },
  { kind: 'department_appraisal', zh: '工作评议', en: 'department appraisals' },
] as const;

const supervisionActivities = (descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'SupervisionActivity',
  from: '"SupervisionActivity" r',
  where: [`r.state = 'completed'`, inPeriod('r."startDate"'), ...where],
  key: 'r.id::text',
  day: 'r."startDate"',
  label: 'r.title',
});

const rectifications = (descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'Rectification',
  from: '"Rectification" r',
  where: [inPeriod('r."dueOn"'), `r.state <> 'cancelled'`, ...where],
  key: 'r.id::text',
  day: 'r."dueOn"',
  label: `r.number || ' ' || r.title`,
});
const RECTIFICATIONS_DUE = rectifications('期内整改期限届满的整改任务（不含撤销）', 'rectifications due in the period (not cancelled)');
const VERIFIED_BY = (day: string) => `r.state = 'verified' AND ${localDay('r."closedAt"')} <= ${day}`;


export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    id: 'sessions_held',
    area: 'congress',
    nameZh: '人代会召开次数',
    nameEn: 'Congress sessions held',
    definitionZh: '期内已举行的乡镇人民代表大会会议次数，对照“人代会每年最少次数”规则。',
    definitionEn: 'Township congress sessions held in the period, against the rule "congress sessions a year (minimum)".',
    numerator: meetings('session', '期内开幕、状态为已举行的人代会', 'sessions opened in the period and marked held'),
    denominator: null,
    unit: 'count',
    higherIsBetter: true,
    grain: 'year',
    asOfZh: '按会议开幕日归期',
    asOfEn: 'placed on the opening day',
    appliesTo: WITH_CONGRESS,
    additive: true,
    params: [],
    requirement: { ruleKey: 'congress.sessions_per_year_min', per: 'year' },
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'presidium_meetings_held',
    area: 'congress',
    nameZh: '主席团会议召开次数',
    nameEn: 'Presidium meetings held',
    definitionZh: '期内已举行的主席团会议次数，对照“主席团会议每季度最少次数”规则。',
    definitionEn: 'Presidium meetings held in the period, against the rule "presidium meetings a quarter (minimum)".',
    numerator: meetings('presidium', '期内召开、状态为已举行的主席团会议', 'presidium meetings held in the period'),
    denominator: null,
    unit: 'count',
    higherIsBetter: true,
    grain: 'quarter',
    asOfZh: '按会议召开日归期',
    asOfEn: 'placed on the meeting day',
    appliesTo: WITH_CONGRESS,
    additive: true,
    params: [],
    requirement: { ruleKey: 'presidium.meetings_per_quarter_min', per: 'quarter' },
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'deputy_attendance_rate',
    area: 'deputies',
    nameZh: '代表参会率',
    nameEn: 'Deputy attendance at meetings',
    definitionZh: '期内已举行会议（人代会、主席团会议）的出席登记中，出席的人次占应到人次（出席、请假、缺席）的比例。',
    definitionEn: 'Of the attendance records of meetings held in the period (sessions and presidium meetings), the share marked present; expected = present, on leave or absent.',
    numerator: attendance('期内已举行会议中出席的人次', 'attendances marked present at meetings held in the period', `r.status = 'present'`),
    denominator: attendance('期内已举行会议的全部出席登记人次', 'every attendance record of meetings held in the period'),
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按会议开幕日归期',
    asOfEn: 'placed on the meeting day',
    appliesTo: WITH_CONGRESS,
    additive: true,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'deputy_suggestion_rate',
    area: 'deputies',
    nameZh: '代表建议率',
    nameEn: 'Deputies raising suggestions',
    definitionZh: '期末在任代表中，期内领衔或附议提出至少一件建议的代表所占比例。',
    definitionEn: 'Of the deputies serving at the end of the period, the share who led or co-signed at least one suggestion submitted in the period.',
    numerator: deputies('期末在任且期内领衔或附议提出建议的代表', 'serving deputies who led or co-signed a suggestion submitted in the period', SIGNED_SUGGESTION_IN_PERIOD),
    denominator: SERVING_DEPUTIES,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '在任按期末日判断；建议按提出日归期',
    asOfEn: 'serving on the last day; suggestions placed on the day submitted',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'duty_report_coverage',
    area: 'deputies',
    nameZh: '代表述职覆盖率',
    nameEn: 'Duty-report coverage',
    definitionZh: '期末在任代表中，期内述职（任何场合）的代表所占比例。',
    definitionEn: 'Of the deputies serving at the end of the period, the share who reported on their duties in the period (at any venue).',
    numerator: deputies('期末在任且期内述职的代表', 'serving deputies with a duty report in the period', REPORTED_IN_PERIOD()),
    denominator: SERVING_DEPUTIES,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'year',
    asOfZh: '在任按期末日判断；述职按述职日归期',
    asOfEn: 'serving on the last day; reports placed on the day given',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 10,
    defaultTarget: 30,
  },
  {
    id: 'duty_report_at_session_share',
    area: 'deputies',
    nameZh: '代表在会议上述职比例',
    nameEn: 'Deputies reporting at the congress session',
    definitionZh: '期末在任代表中，期内在人代会上述职的代表所占比例，对照“代表每年在会议上述职比例”。',
    definitionEn: 'Of the deputies serving at the end of the period, the share who reported at the congress session in the period, against "deputies reporting at a meeting each year".',
    numerator: deputies('期末在任且期内在人代会上述职的代表', 'serving deputies who reported at the session in the period', REPORTED_IN_PERIOD('session')),
    denominator: SERVING_DEPUTIES,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'year',
    asOfZh: '在任按期末日判断；述职按述职日归期',
    asOfEn: 'serving on the last day; reports placed on the day given',
    appliesTo: WITH_CONGRESS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'deputies_without_activity_share',
    area: 'deputies',
    nameZh: '期内无履职记录代表比例',
    nameEn: 'Deputies with no recorded duty',
    definitionZh: '期末在任代表中，期内既未参加履职活动、接待选民、出席会议、提出建议、参加监督活动，也未述职的代表所占比例。',
    definitionEn: 'Of the deputies serving at the end of the period, the share with no duty activity, reception day, meeting attended, suggestion, supervision activity or duty report in the period.',
    numerator: deputies('期末在任且期内无任何履职记录的代表', 'serving deputies with no duty recorded in the period', `NOT (${ANY_ACTIVITY_IN_PERIOD})`),
    denominator: SERVING_DEPUTIES,
    unit: 'percent',
    higherIsBetter: false,
    grain: 'quarter',
    asOfZh: '在任按期末日判断；各项记录按其日期归期',
    asOfEn: 'serving on the last day; each record placed on its own day',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'group_activities',
    area: 'deputies',
    nameZh: '代表小组活动次数',
    nameEn: 'Deputy-group activities per group',
    definitionZh: '期内代表小组组织的履职活动次数，除以期末已建立的代表小组数；对照“代表小组每季度最少活动次数”。',
    definitionEn: "Deputy groups' own duty activities in the period, per deputy group existing at its end; against \"deputy-group activities a quarter (minimum)\".",
    numerator: {
      descriptionZh: '期内代表小组组织的履职活动',
      descriptionEn: 'duty activities of a deputy group in the period',
      source: 'DutyActivity',
      from: '"DutyActivity" r',
      where: ['r."groupId" IS NOT NULL', inPeriod('r.date')],
      key: 'r.id::text',
      day: 'r.date',
      label: 'r.title',
    },
    denominator: {
      descriptionZh: '期末已建立的代表小组',
      descriptionEn: 'deputy groups created by the end of the period',
      source: 'DeputyGroup',
      from: '"DeputyGroup" r',
      where: [`${localDay('r."createdAt"')} <= {end}`],
      key: 'r.id::text',
      day: localDay('r."createdAt"'),
      label: 'r.name',
    },
    unit: 'per_group',
    higherIsBetter: true,
    grain: 'quarter',
    asOfZh: '活动按活动日归期；小组按建立日判断',
    asOfEn: 'activities placed on their day; groups counted once created',
    appliesTo: ALL_KINDS,
    params: [],
    requirement: { ruleKey: 'deputy.group_activities_per_quarter_min', per: 'quarter' },
    defaultWeight: 5,
    // The rule sets the target (per quarter, times the quarters of the period).
    defaultTarget: null,
  },
  {
    id: 'citizen_contact_coverage',
    area: 'deputies',
    nameZh: '代表固定联系群众达标率',
    nameEn: 'Deputies keeping their fixed citizen contacts',
    definitionZh: '期末在任代表中，期末登记的固定联系群众数达到规则要求（乡镇代表按“代表固定联系群众数”，县级及以上代表按其更高要求）的代表所占比例。',
    definitionEn: 'Of the deputies serving at the end of the period, the share whose fixed citizen contacts registered by then reach the rule (township deputies: "citizens each deputy contacts"; county-or-higher deputies: their own rule; the larger applies).',
    numerator: deputies('期末在任且固定联系群众数达标的代表', 'serving deputies whose fixed citizen contacts reach the rule', `${CITIZENS_BY_END} >= ${CITIZEN_QUOTA}`),
    denominator: SERVING_DEPUTIES,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '期末时点：期末在任的代表、期末已登记的联系群众、期末日有效的规则',
    asOfEn: 'a state on the last day: deputies serving, contacts registered and the rule in force that day',
    appliesTo: ALL_KINDS,
    params: [
      { name: 'citizens_min', ruleKey: 'deputy.fixed_contacts_min', sqlType: 'int' },
      { name: 'citizens_min_higher', ruleKey: 'deputy.fixed_contacts_min_higher_level', sqlType: 'int' },
    ],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'presidium_contact_coverage',
    area: 'deputies',
    nameZh: '主席团成员联系代表达标率',
    nameEn: 'Presidium members keeping their deputy contacts',
    definitionZh: '期末在任的主席团成员中，期末固定联系代表数达到“主席团成员固定联系代表数”的成员所占比例。',
    definitionEn: 'Of the presidium members serving at the end of the period, the share whose fixed deputy contacts registered by then reach "deputies each presidium member contacts".',
    numerator: deputies('期末在任且联系代表数达标的主席团成员', 'serving presidium members whose deputy contacts reach the rule', 'r."presidiumRole" IS NOT NULL', `${DEPUTIES_CONTACTED_BY_END} >= {param.member_contacts_min}`),
    denominator: deputies('期末在任的主席团成员', 'presidium members serving on the last day', 'r."presidiumRole" IS NOT NULL'),
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '期末时点；主席团职务按当前登记',
    asOfEn: 'a state on the last day; presidium roles as currently recorded',
    appliesTo: WITH_CONGRESS,
    params: [{ name: 'member_contacts_min', ruleKey: 'presidium.member_contacts_min', sqlType: 'int' }],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'suggestions_received',
    area: 'suggestions',
    nameZh: '收到代表建议数',
    nameEn: 'Suggestions received',
    definitionZh: '期内提出（登记）的代表建议、批评和意见及议案件数，含其后退回或并案的。',
    definitionEn: 'Suggestions, criticisms, opinions and motions submitted in the period, including those later returned or merged.',
    numerator: suggestions('r."submittedOn"', '期内提出的建议', 'suggestions submitted in the period'),
    denominator: null,
    unit: 'count',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按提出日归期',
    asOfEn: 'placed on the day submitted',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'suggestion_on_time_reply_rate',
    area: 'suggestions',
    nameZh: '建议按期答复率',
    nameEn: 'Suggestions replied on time',
    definitionZh: '首次答复期限在期内届满的建议中，在该期限当日或之前作出首次答复的件数所占比例；延期不改变首次期限。',
    definitionEn: 'Of the suggestions whose first reply deadline falls in the period, the share first replied on or before that day; an extension does not move the first deadline.',
    numerator: suggestions(ORIGINAL_DUE, '首次期限在期内且按期首次答复的建议', 'suggestions due in the period and first replied by their first deadline', NOT_RETURNED_OR_MERGED, FIRST_REPLY_BY_ORIGINAL_DUE),
    denominator: SUGGESTIONS_DUE,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按首次答复期限日归期；答复日取流转记录中的首次答复',
    asOfEn: 'placed on the first deadline; the reply day is the first reply in the history',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 15,
    defaultTarget: 100,
  },
  {
    id: 'suggestion_satisfaction_rate',
    area: 'suggestions',
    nameZh: '建议满意率',
    nameEn: 'Suggestion satisfaction',
    definitionZh: '期内作出评价的建议中，评价计为满意的件数所占比例；是否计入“基本满意”由规则“满意率计入的评价”决定。',
    definitionEn: 'Of the suggestions evaluated in the period, the share whose evaluation counts as satisfied; whether "basically satisfied" counts is the rule "evaluations counted as satisfied".',
    numerator: suggestions(EVALUATED_DAY, '期内评价且计为满意的建议', 'suggestions evaluated in the period whose evaluation counts as satisfied', COUNTED_SATISFIED),
    denominator: SUGGESTIONS_EVALUATED,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按（最近一次）评价日归期；规则取期末日有效值',
    asOfEn: 'placed on the (latest) evaluation day; the rule in force on the last day',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [{ name: 'satisfaction_counted', ruleKey: 'suggestion.satisfaction_counted', sqlType: 'text' }],
    defaultWeight: 15,
    defaultTarget: 95,
  },
  {
    id: 'suggestion_solved_share',
    area: 'suggestions',
    nameZh: '建议解决率（A类）',
    nameEn: 'Suggestions solved (class A)',
    definitionZh: '期内答复的建议中，答复为A类（已解决或基本解决）的件数所占比例；与答复率区分，防止“重答复，轻办理”。',
    definitionEn: 'Of the suggestions replied in the period, the share replied as class A (solved); kept apart from the reply rate ("answered but not solved").',
    numerator: suggestions(REPLIED_DAY, '期内答复且为A类的建议', 'suggestions replied in the period as class A', `r."replyClass" = 'A'`),
    denominator: SUGGESTIONS_REPLIED,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按（最近一次）答复日归期',
    asOfEn: 'placed on the (latest) reply day',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 15,
    defaultTarget: 70,
  },
  {
    id: 'suggestion_rehandled_share',
    area: 'suggestions',
    nameZh: '建议重新办理比例',
    nameEn: 'Suggestions re-handled',
    definitionZh: '期内作出评价的建议中，曾因不满意而重新办理的件数所占比例。',
    definitionEn: 'Of the suggestions evaluated in the period, the share that went through at least one re-handling round after an unsatisfied evaluation.',
    numerator: suggestions(EVALUATED_DAY, '期内评价且曾重新办理的建议', 'suggestions evaluated in the period that were re-handled', 'r."rehandlingRound" > 0'),
    denominator: SUGGESTIONS_EVALUATED,
    unit: 'percent',
    higherIsBetter: false,
    grain: 'month',
    asOfZh: '按（最近一次）评价日归期',
    asOfEn: 'placed on the (latest) evaluation day',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'supervision_activities',
    area: 'supervision',
    nameZh: '监督活动次数',
    nameEn: 'Supervision activities',
    definitionZh: '期内开始、已完成的各种形式监督活动次数（视察、执法检查、专题调研、听取专项工作报告、工作评议）。',
    definitionEn: 'Completed supervision activities of every form started in the period (inspection, law-enforcement check, survey, work-report hearing, department appraisal).',
    numerator: supervisionActivities('期内开始、已完成的监督活动', 'completed supervision activities started in the period'),
    denominator: null,
    unit: 'count',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按开始日归期',
    asOfEn: 'placed on the start day',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 10,
    defaultTarget: 4,
  },
  ...SUPERVISION_FORMS.map(
    (form): IndicatorDefinition => ({
      id: `supervision_activities_${form.kind}`,
      area: 'supervision',
      nameZh: `监督活动次数：${form.zh}`,
      nameEn: `Supervision activities: ${form.en}`,
      definitionZh: `期内开始、已完成的${form.zh}次数。`,
      definitionEn: `Completed ${form.en} started in the period.`,
      numerator: supervisionActivities(`期内开始、已完成的${form.zh}`, `completed ${form.en} started in the period`, `r.kind = '${form.kind}'`),
      denominator: null,
      unit: 'count',
      higherIsBetter: true,
      grain: 'month',
      asOfZh: '按开始日归期',
      asOfEn: 'placed on the start day',
      appliesTo: ALL_KINDS,
      additive: true,
      params: [],
      defaultWeight: 0,
      defaultTarget: null,
    }),
  ),
  {
    id: 'rectification_closure_rate',
    area: 'supervision',
    nameZh: '整改销号率',
    nameEn: 'Rectifications closed',
    definitionZh: '期内到期的整改任务中，至期末已核验销号的件数所占比例。',
    definitionEn: 'Of the rectifications due in the period, the share verified and closed by its end.',
    numerator: rectifications('期内到期且至期末已核验销号的整改任务', 'rectifications due in the period and verified by its end', VERIFIED_BY('{end}')),
    denominator: RECTIFICATIONS_DUE,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按整改期限日归期；销号按核验日判断',
    asOfEn: 'placed on the deadline; closed on the day verified',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  {
    id: 'rectification_on_time_rate',
    area: 'supervision',
    nameZh: '整改按期完成率',
    nameEn: 'Rectifications closed on time',
    definitionZh: '期内到期的整改任务中，在期限当日或之前核验销号且未延期的件数所占比例；延期的另计，不算按期。',
    definitionEn: 'Of the rectifications due in the period, the share verified on or before the deadline without an extension; extended ones are counted apart, not on time.',
    numerator: rectifications('期内到期、按期核验销号且未延期的整改任务', 'rectifications due in the period, verified by the deadline and not extended', VERIFIED_BY('r."dueOn"'), 'NOT r."deadlineExtended"'),
    denominator: RECTIFICATIONS_DUE,
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按整改期限日归期',
    asOfEn: 'placed on the deadline',
    appliesTo: ALL_KINDS,
    additive: true,
    params: [],
    defaultWeight: 10,
    defaultTarget: 90,
  },
  ...GRID_INDICATORS,
  ...APPRAISAL_INDICATORS,
];

/** Indicators whose source records are not built yet: listed, with what they wait for, never computed (none at present). */
export const PENDING_INDICATORS: readonly PendingIndicator[] = [];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return INDICATOR_DEFINITIONS.find((i) => i.id === id);
}

export const INDICATOR_IDS = INDICATOR_DEFINITIONS.map((i) => i.id);

/** Whether an indicator applies to a township of this kind. */
export const appliesToKind = (indicator: IndicatorDefinition, kind: TenantKind) => indicator.appliesTo.includes(kind);

/**
 * Every table an indicator reads. A change to a row of one of them marks the township's days
 * dirty (the triggers of the indicator-value migration), so the value table catches up.
 */
export const INDICATOR_SOURCE_TABLES = [
  'CongressMeeting',
  'ConstituentContact',
  'AppraisalResult',
  'Deputy',
  'DeputyGroup',
  'DutyActivity',
  'DutyActivityParticipant',
  'DutyReview',
  'Grid',
  'GridEvent',
  'GridEventTransition',
  'LedgerInspection',
  'LedgerObject',
  'MeetingAttendance',
  'Patrol',
  'PresidiumContact',
  'ReceptionDay',
  'ReceptionDuty',
  'Rectification',
  'Suggestion',
  'SuggestionSigner',
  'SuggestionTransition',
  'SupervisionActivity',
  'SupervisionParticipant',
] as const;

/** The source tables an indicator reads, each once. */
export function sourcesOf(indicator: IndicatorDefinition): string[] {
  const text = [indicator.numerator, indicator.denominator].filter((s): s is RecordSet => s !== null).map((s) => `${s.from} ${s.where.join(' ')}`).join(' ');
  const named = new Set([...text.matchAll(/"([A-Z][A-Za-z]+)"/g)].map((m) => m[1]!));
  return INDICATOR_SOURCE_TABLES.filter((t) => named.has(t));
}
