import { refinedBy, type DayCheck } from '../common/validation-issues';
import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { daysInclusive, quarterOf } from '../time/days';
import { configuredCountRequirement, valueOnDay, type RuleSpan } from '../rules/timeline';
import { ruleAppliesTo } from '../rules/applicability';
import { TENANT_KIND_LABELS, type TenantKind } from '../tenancy/tenant';
import { congressWording, offersMeetingKind } from '../tenancy/wording';
import { isoDay, optionalText, requiredText, ruleIssue, type Labels } from './common';
import { CONGRESS_MEETING_KIND_LABELS, CONGRESS_MEETING_KINDS, type CongressMeetingKind } from './congress-terms';


export const CONGRESS_SESSION_TYPES = ['regular', 'inaugural', 'extraordinary'] as const;
export type CongressSessionType = (typeof CONGRESS_SESSION_TYPES)[number];
export const CONGRESS_SESSION_TYPE_LABELS: Labels<CongressSessionType> = {
  regular: { zh: '例会', en: 'Regular' },
  inaugural: { zh: '换届（第一次）会议', en: 'Inaugural' },
  extraordinary: { zh: '临时会议', en: 'Extraordinary' },
};

export const CONGRESS_MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type CongressMeetingStatus = (typeof CONGRESS_MEETING_STATUSES)[number];
export const CONGRESS_MEETING_STATUS_LABELS: Labels<CongressMeetingStatus> = {
  planned: { zh: '计划', en: 'Planned' },
  held: { zh: '已召开', en: 'Held' },
  cancelled: { zh: '取消', en: 'Cancelled' },
};

export const MEETING_AGENDA_KINDS = [
  'government_report',
  'presidium_report',
  'budget_report',
  'final_accounts_report',
  'special_report',
  'suggestion_handling_report',
  'major_decision',
  'election',
  'work_plan',
  'other',
] as const;
export type MeetingAgendaKind = (typeof MEETING_AGENDA_KINDS)[number];
export const MEETING_AGENDA_KIND_LABELS: Labels<MeetingAgendaKind> = {
  government_report: { zh: '政府工作报告', en: 'Government work report' },
  presidium_report: { zh: '人大主席团工作报告', en: 'Presidium work report' },
  budget_report: { zh: '财政预算报告', en: 'Budget report' },
  final_accounts_report: { zh: '财政决算报告', en: 'Final accounts report' },
  special_report: { zh: '专项工作报告', en: 'Special work report' },
  suggestion_handling_report: { zh: '代表建议办理情况报告', en: "Report on handling deputies' suggestions" },
  major_decision: { zh: '重大事项决定', en: 'Decision on a major matter' },
  election: { zh: '选举', en: 'Election' },
  work_plan: { zh: '年度工作计划', en: 'Annual work plan' },
  other: { zh: '其他', en: 'Other' },
};

export const MEETING_OUTCOME_KINDS = ['resolution', 'election', 'decision'] as const;
export type MeetingOutcomeKind = (typeof MEETING_OUTCOME_KINDS)[number];
export const MEETING_OUTCOME_KIND_LABELS: Labels<MeetingOutcomeKind> = {
  resolution: { zh: '决议', en: 'Resolution' },
  election: { zh: '选举结果', en: 'Election' },
  decision: { zh: '决定', en: 'Decision' },
};

export const MEETING_ATTENDANCE_STATUSES = ['present', 'leave', 'absent'] as const;
export type MeetingAttendanceStatus = (typeof MEETING_ATTENDANCE_STATUSES)[number];
export const MEETING_ATTENDANCE_LABELS: Labels<MeetingAttendanceStatus> = {
  present: { zh: '出席', en: 'Present' },
  leave: { zh: '请假', en: 'On leave' },
  absent: { zh: '缺席', en: 'Absent' },
};

const votes = z.number().int().min(0).max(100_000).nullable().optional();

export const meetingAgendaItemSchema = z.object({ kind: z.enum(MEETING_AGENDA_KINDS), title: requiredText(200), presenter: optionalText(50) });
export const meetingOutcomeSchema = z.object({
  kind: z.enum(MEETING_OUTCOME_KINDS),
  title: requiredText(200),
  post: optionalText(50),
  electedName: optionalText(30),
  votesFor: votes,
  votesAgainst: votes,
  abstentions: votes,
  note: optionalText(500),
});

const meetingFields = z.object({
  kind: z.enum(CONGRESS_MEETING_KINDS),
  sessionType: z.enum(CONGRESS_SESSION_TYPES).nullable().optional(),
  termNo: z.number().int().min(1).max(99),
  number: z.number().int().min(1).max(999),
  title: requiredText(100),
  startDate: isoDay,
  endDate: isoDay,
  place: optionalText(100),
  status: z.enum(CONGRESS_MEETING_STATUSES),
  minutes: optionalText(10_000),
  agenda: z.array(meetingAgendaItemSchema).max(50).default([]),
  outcomes: z.array(meetingOutcomeSchema).max(50).default([]),
});

/** Cross-field rules of a meeting; `today` an ISO day. */
export const checkMeeting: DayCheck<z.infer<typeof meetingFields>> = (input, today) => {
  const issues: z.core.$ZodIssue[] = [];
  if (input.endDate < input.startDate) issues.push(ruleIssue(['endDate'], input.endDate, '不能早于开始日期', 'cannot be before the start date'));
  else if (daysInclusive(input.startDate, input.endDate) > 31) issues.push(ruleIssue(['endDate'], input.endDate, '会期不能超过31天', 'a meeting cannot last more than 31 days'));
  if (input.kind === 'session' && !input.sessionType) issues.push(ruleIssue(['sessionType'], null, '人代会须选择会议类型', 'is required for a congress session'));
  if (today !== null && input.status === 'held' && input.startDate > today) issues.push(ruleIssue(['status'], input.status, '尚未开始的会议不能标为已召开', 'a meeting that has not started cannot be held'));
  return issues;
};

export const congressMeetingCreateSchema = refinedBy(
  meetingFields.extend({
    /** Mark every expected attendee present (all serving deputies for a session, presidium members for a presidium meeting). */
    prefillAttendance: z.boolean().default(false),
  }),
  checkMeeting,
);
export type CongressMeetingCreate = z.infer<typeof congressMeetingCreateSchema>;
export type CongressMeetingCreateInput = z.input<typeof congressMeetingCreateSchema>;
export const congressMeetingUpdateSchema = refinedBy(meetingFields.extend({ id: z.uuid(), version: z.number().int().min(0) }), checkMeeting);
export type CongressMeetingUpdate = z.infer<typeof congressMeetingUpdateSchema>;

export const congressMeetingListSchema = listQuerySchema(['startDate', 'title', 'kind', 'number', 'status']).extend({
  kind: z.enum(CONGRESS_MEETING_KINDS).optional(),
  status: z.enum(CONGRESS_MEETING_STATUSES).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
});

export const meetingAttendanceSetSchema = z.object({
  meetingId: z.uuid(),
  entries: z
    .array(z.object({ deputyId: z.uuid(), status: z.enum(MEETING_ATTENDANCE_STATUSES), spoke: z.boolean().default(false) }))
    .max(2000),
});
export type MeetingAttendanceSet = z.infer<typeof meetingAttendanceSetSchema>;

export const meetingRhythmQuerySchema = z.object({ year: z.number().int().min(1990).max(2100) });

/**
 * The rules the rhythm is checked against: each rule's values over the year (`ruleSpans`), so a
 * change during the year counts from its effective day only; null where the rule does not apply
 * to the tenant's kind (a sub-district holds no sessions), never a number to fall short of.
 */
export interface MeetingRhythmRules {
  sessionsPerYearMin: readonly RuleSpan[] | null;
  sessionDaysMin: readonly RuleSpan[] | null;
  /** The body's own meetings a quarter (presidium or working committee). */
  bodyMeetingsPerQuarterMin: readonly RuleSpan[] | null;
  /** MM-DD the regular session (例会) is held by. */
  regularSessionDeadline: readonly RuleSpan[] | null;
}

/** The catalogue rules the rhythm reads; which of them a tenant uses depends on its kind. */
export const MEETING_RHYTHM_RULE_KEYS = ['congress.sessions_per_year_min', 'congress.session_days_min', 'presidium.meetings_per_quarter_min', 'working_committee.meetings_per_quarter_min', 'congress.regular_session_deadline'] as const;
export type MeetingRhythmRuleKey = (typeof MEETING_RHYTHM_RULE_KEYS)[number];

/** The rhythm rules of a tenant kind, from each rule's spans over the year. */
export function meetingRhythmRules(kind: TenantKind, spansOf: (key: MeetingRhythmRuleKey) => readonly RuleSpan[]): MeetingRhythmRules {
  const spans = (key: MeetingRhythmRuleKey) => (ruleAppliesTo(key, kind) ? spansOf(key) : null);
  return {
    sessionsPerYearMin: spans('congress.sessions_per_year_min'),
    sessionDaysMin: spans('congress.session_days_min'),
    bodyMeetingsPerQuarterMin: spans('presidium.meetings_per_quarter_min') ?? spans('working_committee.meetings_per_quarter_min'),
    regularSessionDeadline: spans('congress.regular_session_deadline'),
  };
}

export interface RhythmMeeting {
  id: string;
  kind: CongressMeetingKind;
  status: CongressMeetingStatus;
  /** Sessions only: regular, inaugural, extraordinary. */
  sessionType?: CongressSessionType | null;
  startDate: string;
  endDate: string;
  title: string;
}

/** not_applicable: the tenant has no such meetings (sessions of a sub-district); not_configured: no minimum set. */
export type RhythmState = 'met' | 'on_track' | 'shortfall' | 'at_risk' | 'not_applicable' | 'not_configured';

export interface MeetingRhythm {
  year: number;
  sessions: { held: number; planned: number; required: number | null; state: RhythmState; shortSessions: Array<{ id: string; title: string; days: number; required: number }> };
  /** The regular session held by the rule's day of the year (seed 004: 「例會一般要在3月底前開完」); null where sessions do not apply or no day is set. */
  regularSession: { deadline: string; heldOn: string | null; state: RhythmState } | null;
  /** The body's meetings (presidium or working committee) by quarter. */
  bodyMeetingKind: 'presidium' | 'working_committee';
  quarters: Array<{ quarter: number; held: number; planned: number; required: number | null; state: RhythmState }>;
  /** Shortfalls in words, for the flags beside the timeline. */
  flags: Array<{ zh: string; en: string }>;
}

const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** The year's deadline day of a month-day rule: the candidate that falls within the span that sets it. */
export function monthDayDeadline(year: number, spans: readonly RuleSpan[]): string | null {
  // A day left unset somewhere in the year: the deadline is not configured.
  if (spans.some((s) => typeof s.value !== 'string')) return null;
  const candidates = spans.map((s) => ({ day: `${year}-${String(s.value)}`, span: s }));
  const own = candidates.find(({ day, span }) => span.from <= day && day <= span.to);
  // No span contains its own day (the rule moved the day past itself): the latest value decides.
  return (own ?? candidates.at(-1)!).day;
}

/**
 * Whether a year's meetings keep the rhythm the rule catalogue sets (seed 000: at least two
 * sessions a year, each at least a day, a presidium meeting every quarter; seed 004: one
 * session a year, the regular one by the end of March). Only held meetings count; a period that
 * has ended short is a shortfall, one still open is on track if planned meetings would fill it,
 * else at risk. A period is asked what the rules in force on its days ask
 * (`configuredCountRequirement`). A sub-district (no sessions) is never short of sessions; its
 * working-committee meetings are checked only against a configured minimum.
 */
export function meetingRhythm(year: number, meetings: readonly RhythmMeeting[], rules: MeetingRhythmRules, today: string, bodyMeetingKind: MeetingRhythm['bodyMeetingKind'] = 'presidium'): MeetingRhythm {
  const ofYear = meetings.filter((m) => m.startDate.startsWith(`${year}-`) && m.status !== 'cancelled');
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const state = (held: number, planned: number, required: number | null, periodEnd: string, applicable = true): RhythmState => {
    if (!applicable) return 'not_applicable';
    if (required === null) return 'not_configured';
    if (held >= required) return 'met';
    if (periodEnd < today) return 'shortfall';
    return held + planned >= required ? 'on_track' : 'at_risk';
  };
  const sessionsApply = rules.sessionsPerYearMin !== null;
  const sessions = ofYear.filter((m) => m.kind === 'session');
  const sessionsHeld = sessions.filter((m) => m.status === 'held');
  const sessionsPlanned = sessions.length - sessionsHeld.length;
  const sessionsRequired = rules.sessionsPerYearMin ? configuredCountRequirement(rules.sessionsPerYearMin, yearStart, yearEnd) : null;
  const shortSessions = sessionsHeld
    .map((m) => ({ id: m.id, title: m.title, days: daysInclusive(m.startDate, m.endDate), required: rules.sessionDaysMin ? valueOnDay(rules.sessionDaysMin, m.startDate) : null }))
    .filter((m): m is typeof m & { required: number } => typeof m.required === 'number' && m.days < m.required);
  const bodyMeeting = CONGRESS_MEETING_KIND_LABELS[bodyMeetingKind];
  const quarters = [1, 2, 3, 4].map((quarter) => {
    const inQuarter = ofYear.filter((m) => m.kind === bodyMeetingKind && quarterOf(m.startDate) === quarter);
    const held = inQuarter.filter((m) => m.status === 'held').length;
    const planned = inQuarter.length - held;
    const [from, to] = [`${year}-${QUARTER_STARTS[quarter - 1]}`, `${year}-${QUARTER_ENDS[quarter - 1]}`];
    const required = rules.bodyMeetingsPerQuarterMin ? configuredCountRequirement(rules.bodyMeetingsPerQuarterMin, from, to) : null;
    return { quarter, held, planned, required, state: state(held, planned, required, to) };
  });
  const sessionState = state(sessionsHeld.length, sessionsPlanned, sessionsRequired, yearEnd, sessionsApply);
  const deadline = sessionsApply && rules.regularSessionDeadline ? monthDayDeadline(year, rules.regularSessionDeadline) : null;
  const regular = deadline ? sessions.filter((m) => m.sessionType === 'regular' && m.startDate <= deadline) : [];
  const regularHeld = regular.filter((m) => m.status === 'held')[0] ?? null;
  const regularSession = deadline ? { deadline, heldOn: regularHeld?.startDate ?? null, state: state(regularHeld ? 1 : 0, regular.length - (regularHeld ? 1 : 0), 1, deadline) } : null;
  const flags: Array<{ zh: string; en: string }> = [];
  if (sessionState === 'shortfall' || sessionState === 'at_risk') {
    flags.push({
      zh: `人代会召开${sessionsHeld.length}次，少于每年${sessionsRequired}次${sessionState === 'at_risk' ? '（计划亦不足）' : ''}`,
      en: `${sessionsHeld.length} congress session(s) held, fewer than ${sessionsRequired} a year${sessionState === 'at_risk' ? ' (not enough planned either)' : ''}`,
    });
  }
  if (regularSession && (regularSession.state === 'shortfall' || regularSession.state === 'at_risk')) {
    const md = regularSession.deadline.slice(5);
    flags.push({
      zh: `例会未在${Number(md.slice(0, 2))}月${Number(md.slice(3))}日前召开${regularSession.state === 'at_risk' ? '（亦未计划）' : ''}`,
      en: `No regular session held by ${md}${regularSession.state === 'at_risk' ? ' (none planned either)' : ''}`,
    });
  }
  for (const s of shortSessions) flags.push({ zh: `“${s.title}”会期${s.days}天，少于${s.required}天`, en: `"${s.title}" lasted ${s.days} day(s), less than ${s.required}` });
  for (const q of quarters) {
    if (q.state === 'shortfall' || q.state === 'at_risk') {
      flags.push({
        zh: `第${q.quarter}季度${bodyMeeting.zh}${q.held}次，少于${q.required}次${q.state === 'at_risk' ? '（计划亦不足）' : ''}`,
        en: `Q${q.quarter}: ${q.held} ${bodyMeeting.en.toLowerCase()}(s), fewer than ${q.required}${q.state === 'at_risk' ? ' (not enough planned either)' : ''}`,
      });
    }
  }
  return {
    year,
    sessions: { held: sessionsHeld.length, planned: sessionsPlanned, required: sessionsRequired, state: sessionState, shortSessions },
    regularSession,
    bodyMeetingKind,
    quarters,
    flags,
  };
}

/** Refuses a meeting kind the tenant does not hold, naming the kinds it does (a sub-district has no sessions). */
export function meetingKindIssues(kind: TenantKind, meetingKind: CongressMeetingKind): z.core.$ZodIssue[] {
  if (offersMeetingKind(kind, meetingKind)) return [];
  const wording = congressWording(kind);
  const refused = wording.meetingKindLabels[meetingKind];
  const offered = wording.meetingKinds.map((k) => wording.meetingKindLabels[k]);
  const tenantKind = TENANT_KIND_LABELS[kind];
  return [
    ruleIssue(
      ['kind'],
      meetingKind,
      `${tenantKind.zh}不召开${refused.zh}，可选：${offered.map((o) => o.zh).join('、')}`,
      `a ${tenantKind.en.toLowerCase()} does not hold a ${refused.en.toLowerCase()}; choose ${offered.map((o) => o.en.toLowerCase()).join(' or ')}`,
    ),
  ];
}
