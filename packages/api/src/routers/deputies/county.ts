import { dayOf, dutyReportCoverage, findIndicator, groupQuarterSpread, meetingRhythm, periodCountRequirement, periodRequirement, presidiumSizeCheck, resolveRule, ruleSpans, SERVING_STATUSES, stateDayFor } from '@pcs/domain';
import { z } from 'zod';
import { countyProcedure, router } from '../../trpc';
import { rhythmRules } from '../rule-values';
import { loadRuleRecords, periodCounts } from '../../indicators/engine';
import { yearRange } from './shared';

/**
 * The deputies area seen from the county (read only): per township, the figures behind the
 * indicators "duty-report coverage", "deputy-group activities", sessions and presidium
 * meetings against the rules, and fixed-contact compliance (DOMAIN-DETAIL §4.1–4.2). The
 * figures the indicator engine defines (serving deputies, duty-report coverage, contact
 * coverage, sessions held) come from it, so this page and the dashboards agree.
 */
const ENGINE_FIGURES = ['duty_report_coverage', 'citizen_contact_coverage', 'sessions_held'].map((id) => findIndicator(id)!);
export const countyDeputiesRouter = router({
  indicators: countyProcedure('county.read')
    .input(z.object({ year: z.number().int().min(1990).max(2100) }))
    .query(async ({ ctx, input }) => {
      const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id, status: { not: 'archived' } }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: 'asc' } });
      const range = yearRange(input.year);
      const records = await loadRuleRecords(ctx.tx, ctx.county.id, tenants.map((t) => t.id));
      const [deputies, reviews, groups, groupActivities, meetings, activities, engine] = await Promise.all([
        ctx.tx.deputy.findMany({ where: { status: { in: [...SERVING_STATUSES] } }, select: { id: true, tenantId: true, presidiumRole: true } }),
        // Reviews of earlier years too: full coverage is counted over a window of years.
        ctx.tx.dutyReview.findMany({ where: { year: { lte: input.year, gte: input.year - 10 } }, select: { tenantId: true, deputyId: true, year: true } }),
        ctx.tx.deputyGroup.findMany({ select: { tenantId: true, id: true } }),
        ctx.tx.dutyActivity.findMany({ where: { date: range, groupId: { not: null } }, select: { tenantId: true, groupId: true, date: true } }),
        ctx.tx.congressMeeting.findMany({ where: { startDate: range }, select: { tenantId: true, id: true, kind: true, sessionType: true, status: true, startDate: true, endDate: true, title: true } }),
        ctx.tx.dutyActivity.groupBy({ by: ['tenantId'], where: { date: range }, _count: true }),
        periodCounts(ctx.tx, ctx.county.timeZone, tenants, { kind: 'year', year: input.year }, records, ENGINE_FIGURES),
      ]);
      const counts = (id: string, tenantId: string) => engine.get(id)?.get(tenantId);
      const today = ctx.clock.today;
      // Figures about a state (contacts, presidium size) read the rule of the day they are measured.
      const on = stateDayFor(input.year, today);
      const [yearStart, yearEnd] = [`${input.year}-01-01`, `${input.year}-12-31`];
      return Promise.all(
        tenants.map(async (tenant) => {
          const yearSpans = (key: string) => ruleSpans(key, tenant.id, yearStart, yearEnd, records);
          const own = deputies.filter((d) => d.tenantId === tenant.id);
          const ownGroups = groups.filter((g) => g.tenantId === tenant.id);
          const ownGroupActivities = groupActivities.filter((a) => a.tenantId === tenant.id).map((a) => ({ groupId: a.groupId!, date: dayOf(a.date) }));
          // A yearly target asks what the rules in force on the year's days ask.
          const groupTarget = periodCountRequirement(yearSpans('deputy.group_activities_per_year_min'), yearStart, yearEnd);
          const groupsMeetingTarget = ownGroups.filter((g) => ownGroupActivities.filter((a) => a.groupId === g.id).length >= groupTarget).length;
          const spread = groupQuarterSpread(input.year, ownGroups.map((g) => g.id), ownGroupActivities, yearSpans('deputy.group_activities_per_quarter_min'), today);
          const rhythm = meetingRhythm(
            input.year,
            meetings.filter((m) => m.tenantId === tenant.id).map((m) => ({ ...m, startDate: dayOf(m.startDate), endDate: dayOf(m.endDate) })),
            rhythmRules(records, tenant.id, input.year),
            today,
          );
          const ownReviews = reviews.filter((r) => r.tenantId === tenant.id);
          const reports = counts('duty_report_coverage', tenant.id);
          const contacts = counts('citizen_contact_coverage', tenant.id);
          const coverage = dutyReportCoverage(input.year, own.map((d) => d.id), ownReviews, resolveRule('deputy.report_full_coverage_years', tenant.id, on, records).value);
          const presidium = presidiumSizeCheck(own.filter((d) => d.presidiumRole !== null).length, resolveRule('presidium.size_range', tenant.id, on, records).value);
          const reportTarget = periodRequirement(yearSpans('deputy.report_share_per_year_pct'), yearStart, yearEnd);
          const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
          return {
            tenantId: tenant.id,
            code: tenant.code,
            name: tenant.name,
            kind: tenant.kind,
            servingDeputies: reports?.denominator ?? 0,
            activities: activities.find((a) => a.tenantId === tenant.id)?._count ?? 0,
            dutyReportCoverage: reports ? share(reports.numerator, reports.denominator ?? 0) : null,
            dutyReportTarget: reportTarget === null ? null : Math.round(reportTarget * 10) / 10,
            dutyReportFullCoverage: coverage && { years: { min: coverage.shorter.years, max: coverage.longer.years }, shorter: coverage.shorter.share, longer: coverage.longer.share },
            groups: ownGroups.length,
            groupsMeetingTarget,
            groupActivityTarget: groupTarget,
            groupsKeepingQuarterlySpread: spread.filter((g) => g.keepsSpread).length,
            presidiumSize: presidium.size,
            presidiumSizeRange: presidium.range,
            contactCompliance: contacts ? share(contacts.numerator, contacts.denominator ?? 0) : null,
            sessionsHeld: counts('sessions_held', tenant.id)?.numerator ?? 0,
            sessionsRequired: rhythm.sessions.required,
            presidiumQuartersMet: rhythm.quarters.filter((q) => q.state === 'met').length,
            shortfalls: presidium.warning ? [...rhythm.flags, presidium.warning] : rhythm.flags,
          };
        }),
      );
    }),
});
