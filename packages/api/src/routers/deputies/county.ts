import { citizenContactQuota, findRule, MEETING_RHYTHM_RULE_KEYS, resolveRule, ruleAppliesTo, SERVING_STATUSES } from '@pcs/domain';
import { z } from 'zod';
import { countyProcedure, router } from '../../trpc';
import { loadRuleValues } from '../rule-values';
import { ruleDayFor, tenantMeetingRhythm, yearRange } from './shared';

/**
 * The deputies area seen from the county (read only): per township, the figures behind the
 * indicators "duty-report coverage", "deputy-group activities", sessions and presidium
 * meetings against the rules, and fixed-contact compliance (DOMAIN-DETAIL §4.1–4.2). A rule that
 * does not apply to a township's kind (sessions and presidium in a sub-district) is listed as not
 * applicable and never counted as a shortfall.
 */
const COUNTY_FIGURE_RULE_KEYS = [...MEETING_RHYTHM_RULE_KEYS, 'presidium.member_contacts_min', 'deputy.group_activities_per_year_min', 'deputy.report_share_per_year_pct', 'deputy.fixed_contacts_min', 'deputy.fixed_contacts_min_higher_level'] as const;

export const countyDeputiesRouter = router({
  indicators: countyProcedure('county.read')
    .input(z.object({ year: z.number().int().min(1990).max(2100) }))
    .query(async ({ ctx, input }) => {
      const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id, status: { not: 'archived' } }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: 'asc' } });
      const range = yearRange(input.year);
      const [deputies, reviews, groups, groupActivities, meetings, activities] = await Promise.all([
        ctx.tx.deputy.findMany({ where: { status: { in: [...SERVING_STATUSES] } }, select: { tenantId: true, levels: true, _count: { select: { citizenContacts: true } } } }),
        ctx.tx.dutyReview.groupBy({ by: ['tenantId'], where: { year: input.year }, _count: true }),
        ctx.tx.deputyGroup.findMany({ select: { tenantId: true, id: true } }),
        ctx.tx.dutyActivity.groupBy({ by: ['tenantId', 'groupId'], where: { date: range, groupId: { not: null } }, _count: true }),
        ctx.tx.congressMeeting.findMany({ where: { startDate: range }, select: { tenantId: true, id: true, kind: true, status: true, startDate: true, endDate: true, title: true } }),
        ctx.tx.dutyActivity.groupBy({ by: ['tenantId'], where: { date: range }, _count: true }),
      ]);
      const on = ruleDayFor(input.year, ctx.clock.today);
      const today = ctx.clock.today;
      return Promise.all(
        tenants.map(async (tenant) => {
          const records = await loadRuleValues(ctx.tx, ctx.county.id, tenant.id);
          const rule = (key: string) => Number(resolveRule(key, tenant.id, on, records).value);
          const own = deputies.filter((d) => d.tenantId === tenant.id);
          const ownGroups = groups.filter((g) => g.tenantId === tenant.id);
          const groupTarget = rule('deputy.group_activities_per_year_min');
          const groupsMeetingTarget = ownGroups.filter((g) => (groupActivities.find((a) => a.tenantId === tenant.id && a.groupId === g.id)?._count ?? 0) >= groupTarget).length;
          const contactsMet = own.filter((d) => d._count.citizenContacts >= citizenContactQuota(d.levels, rule('deputy.fixed_contacts_min'), rule('deputy.fixed_contacts_min_higher_level'))).length;
          const rhythm = tenantMeetingRhythm(tenant, input.year, meetings.filter((m) => m.tenantId === tenant.id), records, today);
          const reviewed = reviews.find((r) => r.tenantId === tenant.id)?._count ?? 0;
          const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
          return {
            tenantId: tenant.id,
            code: tenant.code,
            name: tenant.name,
            kind: tenant.kind,
            servingDeputies: own.length,
            activities: activities.find((a) => a.tenantId === tenant.id)?._count ?? 0,
            dutyReportCoverage: share(reviewed, own.length),
            dutyReportTarget: rule('deputy.report_share_per_year_pct'),
            groups: ownGroups.length,
            groupsMeetingTarget,
            groupActivityTarget: groupTarget,
            contactCompliance: share(contactsMet, own.length),
            /** null where sessions do not apply (a sub-district): not applicable, not zero. */
            sessionsHeld: rhythm.sessions.state === 'not_applicable' ? null : rhythm.sessions.held,
            sessionsRequired: rhythm.sessions.required,
            sessionsState: rhythm.sessions.state,
            /** The body's meetings (presidium, or a sub-district's working committee) by quarter. */
            bodyMeetingKind: rhythm.bodyMeetingKind,
            bodyMeetingsPerQuarterRequired: rhythm.quarters[0]!.required,
            /** Quarters meeting the minimum; null when no minimum is configured. */
            bodyQuartersMet: rhythm.quarters[0]!.required === null ? null : rhythm.quarters.filter((q) => q.state === 'met').length,
            shortfalls: rhythm.flags,
            notApplicableRules: COUNTY_FIGURE_RULE_KEYS.filter((key) => !ruleAppliesTo(key, tenant.kind)).map((key) => ({ key, nameZh: findRule(key)!.nameZh, nameEn: findRule(key)!.nameEn })),
          };
        }),
      );
    }),
});
