import { dayOf, citizenContactQuota, dutyReportCoverage, findRule, groupQuarterSpread, MEETING_RHYTHM_RULE_KEYS, periodCountRequirement, periodRequirement, resolveRule, ruleAppliesTo, ruleSpans, SERVING_STATUSES, stateDayFor, percentShare } from '@pcs/domain';
import { z } from 'zod';
import { loadRuleValues } from '../shared/rule-values';
import { countedDutyActivity } from './external';
import { tenantMeetingRhythm } from './meeting-rhythm';
import { presidiumSize } from './presidium';
import { heldIn, yearRange } from '../shared/dates';
import type { CountyCtx } from '../shared/procedure-context';

/**
 * The deputies area seen from the county (read only): per township, the figures behind the
 * indicators "duty-report coverage", "deputy-group activities", sessions and presidium
 * meetings against the rules, and fixed-contact compliance (DOMAIN-DETAIL §4.1–4.2). A rule that
 * does not apply to a township's kind (sessions and presidium in a sub-district) is listed as not
 * applicable and never counted as a shortfall.
 */
const COUNTY_FIGURE_RULE_KEYS = [...MEETING_RHYTHM_RULE_KEYS, 'presidium.size_range', 'presidium.member_contacts_min', 'deputy.group_activities_per_year_min', 'deputy.report_share_per_year_pct', 'deputy.fixed_contacts_min', 'deputy.fixed_contacts_min_higher_level'] as const;

export const countyDeputyFiguresInput = z.object({ year: z.number().int().min(1990).max(2100) });

export async function countyDeputyFigures(ctx: CountyCtx, input: z.infer<typeof countyDeputyFiguresInput>) {
  const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id, status: { not: 'archived' } }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: 'asc' } });
  const range = yearRange(input.year);
  // The townships are named in every query (not left to RLS): on a distributed database they reach those shards only.
  const inCounty = { tenantId: { in: tenants.map((t) => t.id) } };
  const [deputies, reviews, groups, groupActivities, meetings, activities] = await Promise.all([
    ctx.tx.deputy.findMany({ where: { ...inCounty, status: { in: [...SERVING_STATUSES] } }, select: { id: true, tenantId: true, levels: true, presidiumRole: true, _count: { select: { citizenContacts: true } } } }),
    // Reviews of earlier years too: full coverage is counted over a window of years.
    ctx.tx.dutyReview.findMany({ where: { ...inCounty, year: { lte: input.year, gte: input.year - 10 } }, select: { tenantId: true, deputyId: true, year: true } }),
    ctx.tx.deputyGroup.findMany({ where: inCounty, select: { tenantId: true, id: true } }),
    ctx.tx.dutyActivity.findMany({ where: { ...inCounty, date: range, groupId: { not: null }, ...countedDutyActivity }, select: { tenantId: true, groupId: true, date: true } }),
    ctx.tx.congressMeeting.findMany({ where: { ...inCounty, startDate: range }, select: { tenantId: true, id: true, kind: true, sessionType: true, status: true, startDate: true, endDate: true, title: true } }),
    ctx.tx.dutyActivity.groupBy({ by: ['tenantId'], where: { ...inCounty, date: heldIn(range, ctx.clock.today), ...countedDutyActivity }, _count: true }),
  ]);
  const today = ctx.clock.today;
  // Figures about a state (contacts, presidium size) read the rule of the day they are measured.
  const on = stateDayFor(input.year, today);
  const [yearStart, yearEnd] = [`${input.year}-01-01`, `${input.year}-12-31`];
  return Promise.all(
    tenants.map(async (tenant) => {
      const records = await loadRuleValues(ctx.tx, ctx.county.id, tenant.id);
      const rule = (key: string) => Number(resolveRule(key, tenant.id, on, records).value);
      const yearSpans = (key: string) => ruleSpans(key, tenant.id, yearStart, yearEnd, records);
      const own = deputies.filter((d) => d.tenantId === tenant.id);
      const ownGroups = groups.filter((g) => g.tenantId === tenant.id);
      const ownGroupActivities = groupActivities.filter((a) => a.tenantId === tenant.id).map((a) => ({ groupId: a.groupId!, date: dayOf(a.date) }));
      // A yearly target asks what the rules in force on the year's days ask.
      const groupTarget = periodCountRequirement(yearSpans('deputy.group_activities_per_year_min'), yearStart, yearEnd);
      const groupsMeetingTarget = ownGroups.filter((g) => ownGroupActivities.filter((a) => a.groupId === g.id).length >= groupTarget).length;
      const spread = groupQuarterSpread(input.year, ownGroups.map((g) => g.id), ownGroupActivities, yearSpans('deputy.group_activities_per_quarter_min'), today);
      const contactsMet = own.filter((d) => d._count.citizenContacts >= citizenContactQuota(d.levels, rule('deputy.fixed_contacts_min'), rule('deputy.fixed_contacts_min_higher_level'))).length;
      const rhythm = tenantMeetingRhythm(tenant, input.year, meetings.filter((m) => m.tenantId === tenant.id), records, today);
      const ownReviews = reviews.filter((r) => r.tenantId === tenant.id);
      const reviewed = new Set(ownReviews.filter((r) => r.year === input.year).map((r) => r.deputyId)).size;
      const coverage = dutyReportCoverage(input.year, own.map((d) => d.id), ownReviews, resolveRule('deputy.report_full_coverage_years', tenant.id, on, records).value);
      const presidium = presidiumSize(tenant, own.filter((d) => d.presidiumRole !== null).length, on, records);
      const reportTarget = periodRequirement(yearSpans('deputy.report_share_per_year_pct'), yearStart, yearEnd);
      return {
        tenantId: tenant.id,
        code: tenant.code,
        name: tenant.name,
        kind: tenant.kind,
        servingDeputies: own.length,
        activities: activities.find((a) => a.tenantId === tenant.id)?._count ?? 0,
        dutyReportCoverage: percentShare(reviewed, own.length),
        dutyReportTarget: reportTarget === null ? null : Math.round(reportTarget * 10) / 10,
        dutyReportFullCoverage: coverage && { years: { min: coverage.shorter.years, max: coverage.longer.years }, shorter: coverage.shorter.share, longer: coverage.longer.share },
        groups: ownGroups.length,
        groupsMeetingTarget,
        groupActivityTarget: groupTarget,
        groupsKeepingQuarterlySpread: spread.filter((g) => g.keepsSpread).length,
        presidiumSize: presidium.size,
        presidiumSizeRange: presidium.range,
        contactCompliance: percentShare(contactsMet, own.length),
        /** null where sessions do not apply (a sub-district): not applicable, not zero. */
        sessionsHeld: rhythm.sessions.state === 'not_applicable' ? null : rhythm.sessions.held,
        sessionsRequired: rhythm.sessions.required,
        sessionsState: rhythm.sessions.state,
        /** The body's meetings (presidium, or a sub-district's working committee) by quarter. */
        bodyMeetingKind: rhythm.bodyMeetingKind,
        bodyMeetingsPerQuarterRequired: rhythm.quarters[0]!.required,
        /** Quarters meeting the minimum; null when no minimum is configured. */
        bodyQuartersMet: rhythm.quarters[0]!.required === null ? null : rhythm.quarters.filter((q) => q.state === 'met').length,
        shortfalls: presidium.warning ? [...rhythm.flags, presidium.warning] : rhythm.flags,
        notApplicableRules: COUNTY_FIGURE_RULE_KEYS.filter((key) => !ruleAppliesTo(key, tenant.kind)).map((key) => ({ key, nameZh: findRule(key)!.nameZh, nameEn: findRule(key)!.nameEn })),
      };
    }),
  );
}
