import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, GRID_EVENT_OPEN_STATES, RECTIFICATION_OPEN_STATES, SUGGESTION_OPEN_STATES, INDICATOR_DEFINITIONS, histogramOf, isDurationUnit, percentileOfHistogram, roundValue, SUPERVISION_FORMS, addMonths, appliesToKind, dayOf, sourcesOf, dayOrNull, localDay, periodRange, monthsOf, sumOfMonths, resolveRule, type DayRange, type IndicatorPeriod, type RuleValueRecord } from '@pcs/domain';
import { countFromSources, countStandardPeriods, loadRuleRecords } from '../src/indicators/engine';
import { tenantScope, withScope } from '@pcs/db';
import { freezeRankings } from '../src/indicators/rankings';
import { refreshIndicatorValues } from '../src/indicators/refresh';
import pino from 'pino';
import { startJobs, type AppRouter } from '../src';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * The indicator engine against a real PostgreSQL with the demo county: for every indicator,
 * every township and random periods, the dashboard's counts equal counts written here
 * independently (Prisma reads and plain TypeScript, not the compiled SQL), the drill-down lists
 * exactly the records counted, county totals are the sums of their parts, and nobody reads
 * what is not theirs.
 */
let stack: TestStack;
/** An API on the same database without the per-user call limit: the drill-down checks make thousands of calls. */
let api: { url: string; close(): Promise<void> };
/** Tokens by user, renewed after a minute: the first test may run for minutes on a busy machine, longer than a token lives. */
const tokens = new Map<string, { token: string; at: number }>();
const tokenOf = async (username: string) => {
  const held = tokens.get(username);
  if (held && Date.now() - held.at < 60_000) return held.token;
  const token = await stack.tokenFor(username);
  tokens.set(username, { token, at: Date.now() });
  return token;
};
const client = (username: string, opts: { tenantId?: string } = {}) =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${api.url}/trpc`,
        headers: async () => {
          return { authorization: `Bearer ${await tokenOf(username)}`, ...(opts.tenantId ? { 'x-tenant-id': opts.tenantId } : {}) };
        },
      }),
    ],
  });
const tz = DEFAULT_TIME_ZONE;
const thisYear = Number(countyToday().slice(0, 4));

beforeAll(async () => {
  stack = await startTestStack();
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000 });
  await refreshIndicatorValues(stack.appDb);
}, 120_000);

afterAll(async () => {
  await api?.close();
  await stack?.close();
});

/**
 * The records of each side; `numeratorValue` where the numerator sums a measure of its records (a
 * score, a rank) instead of counting them; for a duration indicator, the numerator records' hours.
 */
type Sets = { numerator: Set<string>; denominator: Set<string> | null; numeratorValue?: number; hours?: number[] };
const within = (day: string | null, r: DayRange) => day !== null && day >= r.start && day <= r.end;
const local = (instant: Date | null) => (instant ? localDay(instant, tz) : null);

/** Everything of one township the indicators read, loaded by the owner behind the API's back. */
async function loadTownship(tenantId: string) {
  const db = stack.ownerDb;
  const where = { tenantId };
  const [deputies, signers, reviews, participants, receptionDuties, attendance, supervisionParticipants, contacts, presidiumContacts, meetings, activities, groups, suggestions, replies, rectifications, supervision, countyRules, townshipRules] = await Promise.all([
    db.deputy.findMany({ where }),
    db.suggestionSigner.findMany({ where, include: { suggestion: { select: { submittedOn: true } } } }),
    db.dutyReview.findMany({ where }),
    db.dutyActivityParticipant.findMany({ where, include: { activity: { select: { date: true } } } }),
    db.receptionDuty.findMany({ where, include: { reception: { select: { date: true } } } }),
    db.meetingAttendance.findMany({ where, include: { meeting: true, deputy: { select: { name: true } } } }),
    db.supervisionParticipant.findMany({ where, include: { activity: { select: { startDate: true } } } }),
    db.constituentContact.findMany({ where }),
    db.presidiumContact.findMany({ where }),
    db.congressMeeting.findMany({ where }),
    db.dutyActivity.findMany({ where }),
    db.deputyGroup.findMany({ where }),
    db.suggestion.findMany({ where }),
    db.suggestionTransition.findMany({ where: { tenantId, action: 'reply' } }),
    db.rectification.findMany({ where }),
    db.supervisionActivity.findMany({ where }),
    db.countyRuleValue.findMany(),
    db.tenantRuleValue.findMany({ where }),
  ]);
  const appraisalResults = await db.appraisalResult.findMany({ where, include: { subject: true, campaign: { include: { ruleSets: true } } } });
  const [gridEvents, gridTransitions, grids, patrols, ledgerObjects, inspections] = await Promise.all([
    db.gridEvent.findMany({ where }),
    db.gridEventTransition.findMany({ where, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    db.grid.findMany({ where }),
    db.patrol.findMany({ where }),
    db.ledgerObject.findMany({ where }),
    db.ledgerInspection.findMany({ where }),
  ]);
  const rules: RuleValueRecord[] = [
    ...countyRules.map((r) => ({ key: r.key, tenantId: null, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
    ...townshipRules.map((r) => ({ key: r.key, tenantId, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
  ];
  return { deputies, signers, reviews, participants, receptionDuties, attendance, supervisionParticipants, contacts, presidiumContacts, meetings, activities, groups, suggestions, replies, rectifications, supervision, rules, gridEvents, gridTransitions, grids, patrols, ledgerObjects, inspections, appraisalResults };
}
type Township = Awaited<ReturnType<typeof loadTownship>>;

/** Each indicator's record sets, counted directly from the rows. */
function expected(id: string, t: Township, tenantId: string, r: DayRange): Sets {
  const rule = (key: string) => resolveRule(key, tenantId, r.end, t.rules).value;
  const serving = t.deputies.filter((d) => (d.electedOn === null || dayOf(d.electedOn) <= r.end) && (d.status === 'serving' || d.status === 'by_elected' || (d.statusDate !== null && dayOf(d.statusDate) > r.end)));
  const ids = <T extends { id: string }>(rows: T[]) => new Set(rows.map((x) => x.id));
  const servingWith = (test: (deputyId: string) => boolean) => new Set(serving.filter((d) => test(d.id)).map((d) => d.id));
  const signed = (deputyId: string) => t.signers.some((s) => s.deputyId === deputyId && within(dayOf(s.suggestion.submittedOn), r));
  const reported = (deputyId: string, venue?: string) => t.reviews.some((x) => x.deputyId === deputyId && within(dayOf(x.date), r) && (!venue || x.venue === venue));
  const active = (deputyId: string) =>
    signed(deputyId) ||
    reported(deputyId) ||
    t.participants.some((p) => p.deputyId === deputyId && within(dayOf(p.activity.date), r)) ||
    t.receptionDuties.some((p) => p.deputyId === deputyId && within(dayOf(p.reception.date), r)) ||
    t.attendance.some((a) => a.deputyId === deputyId && a.status === 'present' && a.meeting.status === 'held' && within(dayOf(a.meeting.startDate), r)) ||
    t.supervisionParticipants.some((p) => p.deputyId === deputyId && within(dayOf(p.activity.startDate), r));
  const heldAttendance = t.attendance.filter((a) => a.meeting.status === 'held' && within(dayOf(a.meeting.startDate), r));
  const attendanceKeys = (rows: typeof heldAttendance) => new Set(rows.map((a) => `${a.meetingId}:${a.deputyId}`));
  const live = t.suggestions.filter((s) => s.state !== 'returned' && s.state !== 'merged');
  const due = live.filter((s) => within(dayOrNull(s.originalDueOn), r));
  const evaluated = t.suggestions.filter((s) => within(local(s.evaluatedAt), r));
  const replied = t.suggestions.filter((s) => within(local(s.repliedAt), r));
  const rectDue = t.rectifications.filter((x) => x.state !== 'cancelled' && within(dayOf(x.dueOn), r));
  const verifiedBy = (x: (typeof rectDue)[number], day: string) => x.state === 'verified' && local(x.closedAt) !== null && local(x.closedAt)! <= day;
  const completed = t.supervision.filter((a) => a.state === 'completed' && within(dayOf(a.startDate), r));
  const countBy = <T>(rows: T[], test: (row: T) => boolean) => rows.filter(test).length;
  const servingSet = ids(serving);
  switch (id) {
    case 'sessions_held':
    case 'presidium_meetings_held':
      return { numerator: ids(t.meetings.filter((m) => m.kind === (id === 'sessions_held' ? 'session' : 'presidium') && m.status === 'held' && within(dayOf(m.startDate), r))), denominator: null };
    case 'deputy_attendance_rate':
      return { numerator: attendanceKeys(heldAttendance.filter((a) => a.status === 'present')), denominator: attendanceKeys(heldAttendance) };
    case 'deputy_suggestion_rate':
      return { numerator: servingWith(signed), denominator: servingSet };
    case 'duty_report_coverage':
      return { numerator: servingWith((d) => reported(d)), denominator: servingSet };
    case 'duty_report_at_session_share':
      return { numerator: servingWith((d) => reported(d, 'session')), denominator: servingSet };
    case 'deputies_without_activity_share':
      return { numerator: servingWith((d) => !active(d)), denominator: servingSet };
    case 'group_activities':
      return { numerator: ids(t.activities.filter((a) => a.groupId !== null && within(dayOf(a.date), r))), denominator: ids(t.groups.filter((g) => local(g.createdAt)! <= r.end)) };
    case 'citizen_contact_coverage': {
      const quota = (levels: string[]) => Math.max(0, ...levels.map((l) => (l === 'township' ? (rule('deputy.fixed_contacts_min') as number) : (rule('deputy.fixed_contacts_min_higher_level') as number))));
      return { numerator: new Set(serving.filter((d) => countBy(t.contacts, (c) => c.deputyId === d.id && local(c.createdAt)! <= r.end) >= quota(d.levels)).map((d) => d.id)), denominator: servingSet };
    }
    case 'presidium_contact_coverage': {
      const members = serving.filter((d) => d.presidiumRole !== null);
      const min = rule('presidium.member_contacts_min') as number;
      return { numerator: new Set(members.filter((m) => countBy(t.presidiumContacts, (c) => c.memberId === m.id && local(c.createdAt)! <= r.end) >= min).map((m) => m.id)), denominator: ids(members) };
    }
    case 'suggestions_received':
      return { numerator: ids(t.suggestions.filter((s) => within(dayOf(s.submittedOn), r))), denominator: null };
    case 'suggestion_on_time_reply_rate':
      return { numerator: ids(due.filter((s) => t.replies.some((x) => x.suggestionId === s.id && local(x.at)! <= dayOf(s.originalDueOn!)))), denominator: ids(due) };
    case 'suggestion_satisfaction_rate': {
      const basicCounts = rule('suggestion.satisfaction_counted') === 'satisfied_and_basically_satisfied';
      return { numerator: ids(evaluated.filter((s) => s.satisfaction === 'satisfied' || (basicCounts && s.satisfaction === 'basically_satisfied'))), denominator: ids(evaluated) };
    }
    case 'suggestion_solved_share':
      return { numerator: ids(replied.filter((s) => s.replyClass === 'A')), denominator: ids(replied) };
    case 'suggestion_rehandled_share':
      return { numerator: ids(evaluated.filter((s) => s.rehandlingRound > 0)), denominator: ids(evaluated) };
    case 'supervision_activities':
      return { numerator: ids(completed), denominator: null };
    case 'rectification_closure_rate':
      return { numerator: ids(rectDue.filter((x) => verifiedBy(x, r.end))), denominator: ids(rectDue) };
    case 'rectification_on_time_rate':
      return { numerator: ids(rectDue.filter((x) => verifiedBy(x, dayOf(x.dueOn)) && !x.deadlineExtended)), denominator: ids(rectDue) };
  }
  const gridFigure = gridExpected(id, t, r, rule);
  if (gridFigure) return gridFigure;
  const appraisalFigure = appraisalExpected(id, t, r);
  if (appraisalFigure) return appraisalFigure;
  const form = SUPERVISION_FORMS.find((f) => id === `supervision_activities_${f.kind}`);
  if (form) return { numerator: ids(completed.filter((a) => a.kind === form.kind)), denominator: null };
  throw new Error(`No direct count written for ${id}`);
}

/** The last day of an appraisal campaign's period: the year's, the half-year's or the month's. */
function campaignPeriodEnd(c: { year: number; periodKind: string; periodIndex: number | null }): string {
  if (c.periodKind === 'half_year' && c.periodIndex === 1) return `${c.year}-06-30`;
  if (c.periodKind === 'month' && c.periodIndex !== null) return new Date(Date.UTC(c.year, c.periodIndex, 0)).toISOString().slice(0, 10);
  return `${c.year}-12-31`;
}

/** The appraisal indicators: the township's results of the county's published campaigns, their version in force, by the period's end. */
function appraisalExpected(id: string, t: Township, r: DayRange): Sets | null {
  const ids = <T extends { id: string }>(rows: T[]) => new Set(rows.map((x) => x.id));
  const counted = (kind: 'township' | 'grid') =>
    t.appraisalResults.filter((x) => x.campaign.ownerTenantId === null && ['published', 'archived'].includes(x.campaign.state) && x.version === x.campaign.resultVersion && x.subject.kind === kind && x.total !== null && within(campaignPeriodEnd(x.campaign), r));
  const hundredths = (rows: ReturnType<typeof counted>) => rows.reduce((sum, x) => sum + x.total!.mul(100).toDecimalPlaces(0).toNumber(), 0);
  switch (id) {
    case 'appraisal_township_score': {
      const rows = counted('township');
      return { numerator: ids(rows), denominator: ids(rows), numeratorValue: hundredths(rows) };
    }
    case 'appraisal_grid_score': {
      const rows = counted('grid');
      return { numerator: ids(rows), denominator: ids(rows), numeratorValue: hundredths(rows) };
    }
    case 'appraisal_township_rank': {
      const rows = counted('township').filter((x) => x.campaign.publishRanking && x.rank !== null);
      return { numerator: ids(rows), denominator: ids(rows), numeratorValue: rows.reduce((sum, x) => sum + x.rank!, 0) };
    }
    case 'appraisal_township_top_grade': {
      const rows = counted('township');
      const best = (x: (typeof rows)[number]) => (x.campaign.ruleSets.find((s) => s.version === x.ruleSetVersion)?.rules as { grades: { set: string[] } }).grades.set[0];
      return { numerator: ids(rows.filter((x) => x.grade !== null && x.grade === best(x))), denominator: ids(rows) };
    }
  }
  return null;
}

/** The grid indicators' record sets, from the events' histories, grids, patrols and ledgers. */
function gridExpected(id: string, t: Township, r: DayRange, rule: (key: string) => unknown): Sets | null {
  const ids = <T extends { id: string }>(rows: T[]) => new Set(rows.map((x) => x.id));
  const historyOf = (eventId: string) => t.gridTransitions.filter((x) => x.eventId === eventId);
  const had = (eventId: string, actions: string[], by: string) => historyOf(eventId).some((x) => actions.includes(x.action) && local(x.at)! <= by);
  const stateAtEnd = (eventId: string) => historyOf(eventId).filter((x) => local(x.at)! <= r.end).at(-1)?.toState ?? null;
  const closeDay = (eventId: string) => historyOf(eventId).filter((x) => x.action === 'verify_pass').map((x) => local(x.at)!).sort()[0] ?? null;
  const reported = t.gridEvents.filter((e) => within(local(e.reportedAt), r));
  const received = reported.filter((e) => !had(e.id, ['refuse'], r.end));
  const closed = t.gridEvents.filter((e) => within(closeDay(e.id), r));
  const followed = t.gridEvents.filter((e) => e.followUpSatisfaction !== null && within(local(e.followUpAt), r));
  const level4 = t.grids.filter((g) => g.level === 4 && local(g.createdAt)! <= r.end);
  const objects = t.ledgerObjects.filter((o) => local(o.createdAt)! <= r.end);
  const first = (eventId: string, action: string) => historyOf(eventId).find((x) => x.action === action)?.at ?? null;
  const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;
  /** A stage timed: the events whose stage ended (its first end step) in the period, with their hours. */
  const stage = (start: (e: Township['gridEvents'][number]) => Date | null, end: string): Sets => {
    const timed = t.gridEvents.flatMap((e) => {
      const [from, to] = [start(e), first(e.id, end)];
      return from && to && from <= to && within(local(to), r) ? [{ id: e.id, hours: hours(from, to) }] : [];
    });
    return { numerator: ids(timed), denominator: null, hours: timed.map((x) => x.hours) };
  };
  const stageTime = /^grid_(accept|dispatch|handle|close)_hours_(median|p90)$/.exec(id);
  if (stageTime) {
    const starts = { accept: (e: Township['gridEvents'][number]) => e.reportedAt, dispatch: (e: Township['gridEvents'][number]) => first(e.id, 'accept'), handle: (e: Township['gridEvents'][number]) => first(e.id, 'dispatch'), close: (e: Township['gridEvents'][number]) => e.reportedAt };
    const ends = { accept: 'accept', dispatch: 'dispatch', handle: 'feedback', close: 'verify_pass' };
    const kind = stageTime[1] as keyof typeof ends;
    return stage(starts[kind], ends[kind]);
  }
  switch (id) {
    case 'grid_events_accepted':
      return { numerator: stage((e) => e.reportedAt, 'accept').numerator, denominator: null };
    case 'grid_events_closed':
      return { numerator: ids(closed), denominator: null };
    case 'grid_events_reported':
      return { numerator: ids(reported), denominator: null };
    case 'grid_event_closure_rate':
      return { numerator: ids(received.filter((e) => stateAtEnd(e.id) === 'closed')), denominator: ids(received) };
    case 'grid_event_on_time_rate':
      return { numerator: ids(closed.filter((e) => !had(e.id, ['mark_overdue'], closeDay(e.id)!))), denominator: ids(closed) };
    case 'grid_events_overdue_open':
      return { numerator: ids(t.gridEvents.filter((e) => local(e.reportedAt)! <= r.end && !['closed', 'refused'].includes(stateAtEnd(e.id) ?? '') && had(e.id, ['mark_overdue'], r.end))), denominator: null };
    case 'grid_event_escalated_share':
      return { numerator: ids(reported.filter((e) => had(e.id, ['escalate', 'auto_escalate'], r.end))), denominator: ids(reported) };
    case 'grid_event_returned_share':
      return { numerator: ids(reported.filter((e) => had(e.id, ['return'], r.end))), denominator: ids(reported) };
    case 'grid_event_reopened_share':
      return { numerator: ids(reported.filter((e) => had(e.id, ['reopen'], r.end))), denominator: ids(reported) };
    case 'grid_public_satisfaction': {
      const basicCounts = rule('suggestion.satisfaction_counted') === 'satisfied_and_basically_satisfied';
      return { numerator: ids(followed.filter((e) => e.followUpSatisfaction === 'satisfied' || (basicCounts && e.followUpSatisfaction === 'basically_satisfied'))), denominator: ids(followed) };
    }
    case 'patrol_coverage':
      return { numerator: ids(level4.filter((g) => t.patrols.some((p) => p.gridId === g.id && within(local(p.startedAt), r)))), denominator: ids(level4) };
    case 'ledger_inspection_coverage':
      return { numerator: ids(objects.filter((o) => t.inspections.some((i) => i.ledgerObjectId === o.id && within(local(i.inspectedAt), r)))), denominator: ids(objects) };
  }
  return null;
}

/** Every record of one side, following the keyset cursor to the end. */
async function allRecords(input: { indicatorId: string; tenantId: string; period: IndicatorPeriod; side: 'numerator' | 'denominator' }) {
  const county = client('county');
  const keys: string[] = [];
  let cursor: { day: string | null; key: string } | null = null;
  let total = -1;
  do {
    const page: Awaited<ReturnType<typeof county.dashboard.records.query>> = await county.dashboard.records.query({ ...input, cursor, limit: 7 });
    keys.push(...page.items.map((i) => i.key));
    total = page.total;
    cursor = page.nextCursor;
  } while (cursor);
  return { keys, total };
}

const periodArbitrary: fc.Arbitrary<IndicatorPeriod> = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: thisYear - 1, max: thisYear }), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('quarter' as const), year: fc.integer({ min: thisYear - 1, max: thisYear }), quarter: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('half' as const), year: fc.integer({ min: thisYear - 1, max: thisYear }), half: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: thisYear - 2, max: thisYear }) }),
  fc
    .tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 }))
    .map(([back, length]): IndicatorPeriod => ({ kind: 'custom', from: countyToday(-back), to: countyToday(-back + length) })),
);

describe('indicator engine', () => {
  it('counts every indicator for every township as a direct count does, and drills down to exactly those records', async () => {
    const county = client('county');
    // The year (where the demo data are) and random periods.
    const periods = [{ kind: 'year', year: thisYear } as IndicatorPeriod, ...fc.sample(periodArbitrary, { numRuns: 2, seed: Number(process.env.INDICATOR_SEED ?? Date.now() % 100_000) })];
    for (const period of periods) {
      const overview = await county.dashboard.overview.query({ period });
      const range = periodRange(period);
      /** Every township's timed records of each duration indicator: the county's percentile is read from all of them. */
      const countyHours = new Map<string, number[]>();
      for (const township of overview.townships) {
        const data = await loadTownship(township.id);
        for (const cell of township.cells) {
          const indicator = INDICATOR_DEFINITIONS.find((i) => i.id === cell.indicatorId)!;
          const label = `${cell.indicatorId} ${township.code} ${JSON.stringify(period)}`;
          if (!indicator.appliesTo.includes(township.kind)) {
            expect(cell.status, label).toBe('not_applicable');
            continue;
          }
          const want = expected(cell.indicatorId, data, township.id, range);
          expect({ numerator: cell.numerator, denominator: cell.denominator }, label).toEqual({ numerator: want.numeratorValue ?? want.numerator.size, denominator: want.denominator?.size ?? null });
          if (want.hours) {
            expect(cell.value, label).toBe(roundValue(percentileOfHistogram(histogramOf(want.hours), indicator.unit === 'median_hours' ? 0.5 : 0.9)));
            (countyHours.get(indicator.id) ?? countyHours.set(indicator.id, []).get(indicator.id)!).push(...want.hours);
          }
          // Drill down where there is something to list (and always for the year).
          if (want.numerator.size > 0 || period.kind === 'year') {
            const numerator = await allRecords({ indicatorId: cell.indicatorId, tenantId: township.id, period, side: 'numerator' });
            expect(numerator.total, label).toBe(want.numerator.size);
            expect(numerator.keys.length, label).toBe(new Set(numerator.keys).size);
            expect(new Set(numerator.keys), label).toEqual(want.numerator);
          }
          if (want.denominator && want.denominator.size > 0) {
            const denominator = await allRecords({ indicatorId: cell.indicatorId, tenantId: township.id, period, side: 'denominator' });
            expect(new Set(denominator.keys), label).toEqual(want.denominator);
          }
        }
      }
      // County totals are the sums of their parts, never averages of rates.
      for (const indicator of overview.indicators) {
        const cells = overview.townships.map((t) => t.cells.find((c) => c.indicatorId === indicator.id)!).filter((c) => c.status !== 'not_applicable');
        expect(indicator.countyTotal.numerator, indicator.id).toBe(cells.reduce((s, c) => s + (c.numerator ?? 0), 0));
        if (indicator.hasDenominator) expect(indicator.countyTotal.denominator, indicator.id).toBe(cells.reduce((s, c) => s + (c.denominator ?? 0), 0));
        if (isDurationUnit(indicator.unit)) {
          const all = countyHours.get(indicator.id) ?? [];
          expect(indicator.countyTotal.value, indicator.id).toBe(all.length ? roundValue(percentileOfHistogram(histogramOf(all), indicator.unit === 'median_hours' ? 0.5 : 0.9)) : null);
        }
      }
    }
  }, 600_000);

  it('shows data with real values for the year, ranks with the composite index and marks suspended townships', async () => {
    const overview = await client('county').dashboard.overview.query({ period: { kind: 'year', year: thisYear } });
    const counted = overview.townships.flatMap((t) => t.cells).filter((c) => (c.numerator ?? 0) > 0);
    expect(counted.length).toBeGreaterThan(5);
    expect(overview.townships.some((t) => t.composite?.rank === 1)).toBe(true);
    expect(overview.townships.every((t) => t.status !== 'archived')).toBe(true);
    expect(overview.rules.minRecordsToRank).toEqual({ value: null, configured: false });
    // Alerts: a target missed is listed under its indicator; no overdue alert while its threshold is not configured.
    expect(overview.alerts.overdue).toEqual({ threshold: null, townships: [] });
    for (const alert of overview.alerts.belowTarget) {
      const indicator = overview.indicators.find((i) => i.id === alert.indicatorId)!;
      for (const t of alert.townships) expect(indicator.higherIsBetter ? t.value < t.target : t.value > t.target).toBe(true);
    }
    expect(overview.freshness.computedAt).not.toBeNull();
    const subdistrict = overview.townships.find((t) => t.kind === 'subdistrict');
    if (subdistrict) expect(subdistrict.cells.find((c) => c.indicatorId === 'sessions_held')!.status).toBe('not_applicable');
  });

  it('gives every indicator month by month in one call, its months adding up to the year for counts', async () => {
    const year = { kind: 'year' as const, year: thisYear };
    const [overview, trends] = await Promise.all([client('county').dashboard.overview.query({ period: year }), client('county').dashboard.trends.query({ period: year })]);
    expect(trends.series.map((s) => s.indicatorId)).toEqual(overview.indicators.map((i) => i.id));
    const received = trends.series.find((s) => s.indicatorId === 'suggestions_received')!;
    expect(received.points).toHaveLength(12);
    const yearTotal = overview.indicators.find((i) => i.id === 'suggestions_received')!.countyTotal.numerator;
    expect(received.points.reduce((sum, p) => sum + p.countyTotal.numerator, 0)).toBe(yearTotal);
    // Only the townships asked for come back beside the county's line, which still counts them all.
    const one = overview.townships[0]!.id;
    const narrowed = await client('county').dashboard.trends.query({ period: year, indicatorIds: ['suggestions_received'], seriesOf: [one] });
    expect(narrowed.series).toHaveLength(1);
    expect(narrowed.series[0]!.points.every((p) => p.townships.length === 1 && p.townships[0]!.tenantId === one)).toBe(true);
    expect(narrowed.series[0]!.points.map((p) => p.countyTotal.numerator)).toEqual(received.points.map((p) => p.countyTotal.numerator));
    const xikou = await stack.tenantId('xikou');
    const own = await client('xikou.admin', { tenantId: xikou }).townshipDashboard.trends.query({ period: year, indicatorIds: ['suggestions_received'] });
    expect(own.series[0]!.points.every((p) => p.townships.every((t) => t.tenantId === xikou))).toBe(true);
  });

  it('catches up incrementally: a new duty report marks its day dirty and the job counts it', async () => {
    const xikou = await stack.tenantId('xikou');
    const period: IndicatorPeriod = { kind: 'year', year: thisYear };
    const cellOf = async () => (await client('county').dashboard.overview.query({ period, tenantIds: [xikou] })).townships[0]!.cells.find((c) => c.indicatorId === 'duty_report_coverage')!;
    await refreshIndicatorValues(stack.appDb);
    const before = await cellOf();
    const reviewed = new Set((await stack.ownerDb.dutyReview.findMany({ where: { tenantId: xikou, year: thisYear } })).map((r) => r.deputyId));
    const deputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving', id: { notIn: [...reviewed] } } });
    await stack.ownerDb.dutyReview.create({ data: { tenantId: xikou, deputyId: deputy.id, year: thisYear, date: new Date(`${countyToday().slice(0, 10)}T00:00:00Z`), form: 'written', venue: 'group_meeting' } });
    expect(await stack.ownerDb.indicatorDirtyDay.count({ where: { tenantId: xikou } })).toBeGreaterThan(0);
    const started = performance.now();
    await refreshIndicatorValues(stack.appDb, new Date(), { tenantIds: [xikou] });
    expect(performance.now() - started).toBeLessThan(5_000);
    const after = await cellOf();
    expect(after.numerator).toBe(before.numerator! + 1);
    expect(await stack.ownerDb.indicatorDirtyDay.count({ where: { tenantId: xikou } })).toBe(0);
  });

  it('freezes a closed period\'s ranking, and logs a late entry as a correction that changes the figure, not the rank', async () => {
    const xikou = await stack.tenantId('xikou');
    const lastMonthDay = addMonths(countyToday().slice(0, 10), -1);
    const period: IndicatorPeriod = { kind: 'month', year: Number(lastMonthDay.slice(0, 4)), month: Number(lastMonthDay.slice(5, 7)) };
    await refreshIndicatorValues(stack.appDb);
    expect(await freezeRankings(stack.appDb)).toBeGreaterThan(0);
    expect(await freezeRankings(stack.appDb)).toBe(0);
    const overview = () => client('county').dashboard.overview.query({ period });
    const before = await overview();
    expect(before.ranking.frozenAt).not.toBeNull();
    expect(before.ranking.correctionsSince).toBe(0);
    const cell = (o: typeof before) => o.townships.find((t) => t.id === xikou)!.cells.find((c) => c.indicatorId === 'suggestions_received')!;

    const deputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' } });
    await stack.ownerDb.suggestion.create({
      data: { tenantId: xikou, number: 'LATE-1', kind: 'suggestion', source: 'between_sessions', title: '补录', content: '补录', topic: '交通', leadDeputyId: deputy.id, submittedOn: new Date(`${periodRange(period).start}T00:00:00Z`) },
    });
    const refreshed = await refreshIndicatorValues(stack.appDb, new Date(), { tenantIds: [xikou] });
    // Only the indicators that read suggestions are recomputed.
    const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
    const readers = INDICATOR_DEFINITIONS.filter((i) => appliesToKind(i, tenant.kind) && sourcesOf(i).includes('Suggestion'));
    expect(refreshed.values).toBe(readers.length * refreshed.periods);

    const after = await overview();
    expect(cell(after).numerator).toBe(cell(before).numerator! + 1);
    expect(cell(after).rank).toBe(cell(before).rank);
    expect(after.townships.map((t) => [t.id, t.composite?.rank])).toEqual(before.townships.map((t) => [t.id, t.composite?.rank]));
    expect(after.ranking.correctionsSince).toBeGreaterThan(0);
    const corrections = await client('county').dashboard.corrections.query({ period });
    expect(corrections.items).toContainEqual(
      expect.objectContaining({ tenantId: xikou, indicatorId: 'suggestions_received', before: { numerator: cell(before).numerator, denominator: null }, after: { numerator: cell(before).numerator! + 1, denominator: null } }),
    );
  });

  it('publishes a frozen ranking to the townships, each seeing only its own ranks; a period not frozen cannot be published', async () => {
    const xikou = await stack.tenantId('xikou');
    const lastMonthDay = addMonths(countyToday().slice(0, 10), -1);
    const period: IndicatorPeriod = { kind: 'month', year: Number(lastMonthDay.slice(0, 4)), month: Number(lastMonthDay.slice(5, 7)) };
    await refreshIndicatorValues(stack.appDb);
    await freezeRankings(stack.appDb);
    const own = () => client('xikou.admin', { tenantId: xikou }).townshipDashboard.get.query({ period });
    expect((await own()).publishedRank).toBeNull();
    const thisYear = { kind: 'year' as const, year: Number(countyToday().slice(0, 4)) };
    const refused = await failure(client('county').dashboard.publishRanking.mutate({ period: thisYear }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(refused.data)).toContain('period');
    expect((await failure(client('xikou.admin', { tenantId: xikou }).dashboard.publishRanking.mutate({ period }))).data?.code).toBe('FORBIDDEN');

    const published = await client('county').dashboard.publishRanking.mutate({ period });
    expect(published.publishedAt).toBeTruthy();
    expect((await client('county').dashboard.publishRanking.mutate({ period })).publishedAt).toBe(published.publishedAt);
    const county = await client('county').dashboard.overview.query({ period });
    expect(county.ranking.publishedAt).toBe(published.publishedAt);
    const mine = (await own()).publishedRank!;
    const frozenRow = county.townships.find((t) => t.id === xikou)!;
    expect(mine.rank).toBe(frozenRow.composite?.rank ?? null);
    expect(mine.indicatorRanks['suggestions_received']).toBe(frozenRow.cells.find((c) => c.indicatorId === 'suggestions_received')!.rank);
    // Its own ranks only: no other township's figures travel with them.
    expect(JSON.stringify(mine)).not.toContain(county.townships.find((t) => t.id !== xikou)!.id);
  });

  it('gives a township its own indicators and nothing of another township', async () => {
    const [xikou, chengnan] = [await stack.tenantId('xikou'), await stack.tenantId('chengnan')];
    const own = await client('xikou.admin', { tenantId: xikou }).townshipDashboard.get.query({ period: { kind: 'year', year: thisYear } });
    expect(own.townships.map((t) => t.id)).toEqual([xikou]);
    expect(own.townships[0]!.composite).toBeNull();
    const page = await client('xikou.admin', { tenantId: xikou }).townshipDashboard.records.query({ indicatorId: 'suggestions_received', period: { kind: 'year', year: thisYear }, side: 'numerator' });
    expect(page.total).toBe(own.townships[0]!.cells.find((c) => c.indicatorId === 'suggestions_received')!.numerator);
    // Another township's indicators: refused for a township it has no role in.
    const refused = await failure(client('xikou.admin', { tenantId: chengnan }).townshipDashboard.get.query({ period: { kind: 'year', year: thisYear } }));
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.data?.code);
    // The county dashboard is not a township's.
    expect((await failure(client('xikou.admin', { tenantId: xikou }).dashboard.overview.query({ period: { kind: 'year', year: thisYear } }))).data?.code).toBe('FORBIDDEN');
    // A township id the county does not have is not found.
    expect((await failure(client('county').dashboard.records.query({ indicatorId: 'suggestions_received', tenantId: randomUUID(), period: { kind: 'year', year: thisYear }, side: 'numerator' }))).data?.code).toBe('NOT_FOUND');
  });

  it('refuses a county viewer a township mutation', async () => {
    const xikou = await stack.tenantId('xikou');
    const refused = await failure(
      client('county', { tenantId: xikou }).deputies.create.mutate({ name: '测试', gender: 'male', birthDate: '1980-01-01', ethnicity: '汉族', party: 'cpc', sector: 'farmer', levels: ['township'], termNo: 18, constituency: '一' } as never),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.data?.code);
  });

  it('adds up an additive indicator\'s months to what counting its records over the year gives, as the refresh stores it', async () => {
    const townships = await stack.ownerDb.tenant.findMany({ where: { status: { not: 'archived' } }, select: { id: true, kind: true, countyId: true } });
    const year: IndicatorPeriod = { kind: 'year', year: thisYear };
    const figure = (c: { numerator: number; denominator: number | null; histogram: readonly number[] | null }) => ({ numerator: c.numerator, denominator: c.denominator, histogram: [...(c.histogram ?? [])] });
    /** Whether the data can tell: an indicator that is not additive whose months do not add up to its year. */
    let telling = 0;
    for (const township of townships) {
      await withScope(stack.appDb, tenantScope(township.id), async (tx) => {
        const records = await loadRuleRecords(tx, township.countyId, [township.id]);
        for (const indicator of INDICATOR_DEFINITIONS.filter((i) => appliesToKind(i, township.kind))) {
          const [whole] = await countFromSources(tx, indicator, DEFAULT_TIME_ZONE, [township.id], [periodRange(year)], records);
          const months = sumOfMonths(await countFromSources(tx, indicator, DEFAULT_TIME_ZONE, [township.id], monthsOf(year).map(periodRange), records));
          const label = `${indicator.id} ${township.id}`;
          if (indicator.additive) {
            expect(figure(months), label).toEqual(figure(whole!));
            const [stored] = await countStandardPeriods(tx, indicator, DEFAULT_TIME_ZONE, township.id, [year], records);
            expect(figure(stored!), label).toEqual(figure(whole!));
          } else if (months.numerator !== whole!.numerator || months.denominator !== whole!.denominator) telling += 1;
        }
      }, { timeoutMs: 120_000 });
    }
    expect(telling).toBeGreaterThan(0);
  }, 300_000);

  it('refreshes per county: another county\'s job leaves a township alone, its own county\'s job through the queue counts it', async () => {
    const xikou = await stack.tenantId('xikou');
    const deputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' } });
    await stack.ownerDb.suggestion.create({
      data: { tenantId: xikou, number: 'JOB-1', kind: 'suggestion', source: 'between_sessions', title: '按县刷新', content: '按县刷新', topic: '交通', leadDeputyId: deputy.id, submittedOn: new Date(`${countyToday().slice(0, 10)}T00:00:00Z`) },
    });
    const dirty = () => stack.ownerDb.indicatorDirtyDay.count({ where: { tenantId: xikou } });
    expect(await dirty()).toBeGreaterThan(0);
    expect(await refreshIndicatorValues(stack.appDb, new Date(), { countyId: randomUUID() })).toEqual({ tenants: 0, periods: 0, values: 0 });
    expect(await dirty()).toBeGreaterThan(0);
    // The queue in its own database (as `npm start` has it): on start it queues the refresh, which queues one job per county.
    // Counted means the month's stored figure equals a count of the records now. Not "no dirty days
    // left": the deadline sweep the jobs also run marks other days, which the next minute's run takes.
    const [year, month] = countyToday().slice(0, 7).split('-').map(Number) as [number, number];
    const range = periodRange({ kind: 'month', year, month });
    const received = INDICATOR_DEFINITIONS.find((i) => i.id === 'suggestions_received')!;
    const county = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou }, select: { countyId: true } });
    const [fresh] = await withScope(stack.appDb, tenantScope(xikou), async (tx) => countFromSources(tx, received, DEFAULT_TIME_ZONE, [xikou], [range], await loadRuleRecords(tx, county.countyId, [xikou])));
    const stored = async () => (await stack.ownerDb.indicatorValue.findFirst({ where: { tenantId: xikou, indicatorId: received.id, periodStart: new Date(`${range.start}T00:00:00Z`), periodEnd: new Date(`${range.end}T00:00:00Z`) } }))?.numerator;
    expect(await stored()).not.toBe(fresh!.numerator);
    const jobs = await startJobs({ connectionString: await stack.jobsUrl(), db: stack.appDb, logger: pino({ level: 'silent' }), cron: '0 0 1 1 *' });
    try {
      const deadline = Date.now() + 100_000;
      while (Date.now() < deadline && (await stored()) !== fresh!.numerator) await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await stored()).toBe(fresh!.numerator);
    } finally {
      await jobs.stop();
    }
  }, 120_000);

  it('answers a repeated overview the same, and a changed weight, target or township status at once (the overview cache keeps nothing stale)', async () => {
    await refreshIndicatorValues(stack.appDb);
    const period: IndicatorPeriod = { kind: 'year', year: thisYear - 1 };
    const overview = () => client('county').dashboard.overview.query({ period });
    const first = await overview();
    expect(await overview()).toEqual(first);

    const { settings } = await client('admin').countySettings.get.query();
    const weighed = Object.entries(settings.weights).filter(([, w]) => (w ?? 0) > 0).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    const [heavy, light] = [weighed[0], weighed.at(-1)];
    expect(heavy![1]).not.toBe(light![1]);
    const swapped = { weights: { ...settings.weights, [heavy![0]]: light![1], [light![0]]: heavy![1] }, targets: { ...settings.targets, suggestions_received: 1 } };
    await client('admin').countySettings.set.mutate(swapped);
    const reweighed = await overview();
    expect(reweighed.indicators.find((i) => i.id === heavy![0])!.weight).toBe(light![1]);
    expect(reweighed.indicators.find((i) => i.id === 'suggestions_received')!.settingTarget).toBe(1);
    expect(reweighed.townships.every((t) => t.cells.find((c) => c.indicatorId === 'suggestions_received')!.target === 1)).toBe(true);

    const xikou = await stack.tenantId('xikou');
    await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'suspended' } });
    try {
      expect((await overview()).townships.find((t) => t.id === xikou)!.status).toBe('suspended');
    } finally {
      await stack.ownerDb.tenant.update({ where: { id: xikou }, data: { status: 'active' } });
      await client('admin').countySettings.set.mutate(settings);
    }
    expect(await overview()).toEqual(first);
  });

  it('lists the townships over the overdue threshold with their open overdue grid events, as the records count them', async () => {
    // Last in the file: a county rule has no delete, and a new one makes every township's figures count again.
    const county = await stack.ownerDb.county.findFirstOrThrow({ select: { id: true } });
    const xikou = await stack.tenantId('xikou');
    const open = await stack.ownerDb.gridEvent.findFirst({ where: { tenantId: xikou, state: { in: [...GRID_EVENT_OPEN_STATES] } } });
    if (open) await stack.ownerDb.gridEvent.updateMany({ where: { tenantId: xikou, id: open.id }, data: { overdue: true } });
    const from = { countyId: county.id, key: 'indicators.overdue_alert_threshold', effectiveFrom: new Date(`${countyToday().slice(0, 10)}T00:00:00Z`) };
    await stack.ownerDb.countyRuleValue.upsert({ where: { countyId_key_effectiveFrom: from }, create: { ...from, value: 0 }, update: { value: 0 } });
    const overview = await client('county').dashboard.overview.query({ period: { kind: 'year', year: thisYear } });
    expect(overview.alerts.overdue.threshold).toBe(0);
    const inCounty = { tenant: { countyId: county.id, status: { not: 'archived' as const } } };
    const expected = {
      gridEvents: await stack.ownerDb.gridEvent.groupBy({ by: ['tenantId'], where: { overdue: true, state: { in: [...GRID_EVENT_OPEN_STATES] }, ...inCounty }, _count: { _all: true } }),
      suggestions: await stack.ownerDb.suggestion.groupBy({ by: ['tenantId'], where: { overdue: true, state: { in: [...SUGGESTION_OPEN_STATES] }, ...inCounty }, _count: { _all: true } }),
      rectifications: await stack.ownerDb.rectification.groupBy({ by: ['tenantId'], where: { overdue: true, state: { in: [...RECTIFICATION_OPEN_STATES] }, ...inCounty }, _count: { _all: true } }),
    };
    // Every township with anything open and overdue is over a threshold of 0, each source counted as its records are.
    const withAny = new Set(Object.values(expected).flatMap((rows) => rows.map((r) => r.tenantId)));
    expect(new Set(overview.alerts.overdue.townships.map((t) => t.tenantId))).toEqual(withAny);
    for (const source of ['gridEvents', 'suggestions', 'rectifications'] as const) {
      for (const t of overview.alerts.overdue.townships) expect(t[source], `${source} ${t.tenantId}`).toBe(expected[source].find((e) => e.tenantId === t.tenantId)?._count._all ?? 0);
    }
    if (open) expect(overview.alerts.overdue.townships.find((t) => t.tenantId === xikou)!.gridEvents).toBeGreaterThan(0);
    expect(expected.suggestions.length + expected.rectifications.length, 'the demo has overdue suggestions or rectifications').toBeGreaterThan(0);
  });
});
