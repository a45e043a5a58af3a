import { appraisalPeriodLabel, PUBLISHED_STATES } from '@pcs/domain';
import { notFound } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';
import { frozenRuleSet } from './organiser';
import { ownSubject, sheetOf } from './scores';

/**
 * The township as the appraised: the campaigns it is a subject of (the county's and its own,
 * once open), its self-score sheet, and after publication its result and what the organiser
 * chose to publish. Before publication it sees no appraiser's score and no rank.
 */
export async function myAppraisals(ctx: TenantCtx) {
  const subjects = await ctx.tx.appraisalSubject.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, campaignId: true, name: true, kind: true, selfSubmittedAt: true }, orderBy: { name: 'asc' } });
  // The county's campaigns (the township's own it runs as organiser).
  const campaigns = await ctx.tx.appraisalCampaign.findMany({ where: { id: { in: subjects.map((s) => s.campaignId) }, countyId: ctx.caller.county.id, ownerTenantId: null, state: { not: 'draft' } }, orderBy: { createdAt: 'desc' } });
  return campaigns.flatMap((c) =>
    subjects
      .filter((s) => s.campaignId === c.id)
      .map((s) => ({ campaignId: c.id, subjectId: s.id, subjectName: s.name, subjectKind: s.kind, title: c.title, period: appraisalPeriodLabel(c.periodKind, c.year, c.periodIndex), state: c.state, selfSubmittedAt: s.selfSubmittedAt?.toISOString() ?? null, published: PUBLISHED_STATES.includes(c.state) })),
  );
}

/** The township's own sheet: its self-scores and evidence; the appraisers' scores only once published. */
export async function mySheet(ctx: TenantCtx, subjectId: string) {
  const { subject, campaign } = await ownSubject(ctx, subjectId);
  const set = (await frozenRuleSet(ctx.tx, campaign.id, campaign.ruleSetVersion))!;
  const published = PUBLISHED_STATES.includes(campaign.state);
  return { campaignId: campaign.id, campaignTitle: campaign.title, state: campaign.state, published, ...(await sheetOf(ctx.tx, subject, set, published)) };
}

/** The township's published result, and the ranking if the organiser published it; NOT_FOUND before publication. */
export async function myResult(ctx: TenantCtx, subjectId: string) {
  const { subject, campaign } = await ownSubject(ctx, subjectId);
  if (!PUBLISHED_STATES.includes(campaign.state)) throw notFound();
  const result = await ctx.tx.appraisalResult.findFirst({ where: { tenantId: ctx.tenant.id, subjectId: subject.id, version: campaign.resultVersion } });
  if (!result) throw notFound();
  const publication = campaign.publication as { ranking: Array<{ tenantId: string; name: string; total: number | null; rank: number | null; grade: string | null }> | null } | null;
  return {
    campaignId: campaign.id,
    title: campaign.title,
    version: result.version,
    reason: result.reason,
    total: result.total === null ? null : Number(result.total),
    standardScore: result.standardScore === null ? null : Number(result.standardScore),
    rank: campaign.publishRanking ? result.rank : null,
    grade: result.grade,
    subsidy: result.subsidyAmount === null ? null : Number(result.subsidyAmount),
    breakdown: result.breakdown,
    publishedAt: result.publishedAt?.toISOString() ?? null,
    ranking: publication?.ranking?.map((r) => ({ name: r.name, total: r.total, rank: r.rank, grade: r.grade, own: r.tenantId === ctx.tenant.id })) ?? null,
  };
}
