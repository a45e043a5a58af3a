import { appraisalPeriodLabel, PUBLISHED_STATES, SELF_SCORING_STATES } from '@pcs/domain';
import { notFound } from '../../errors';
import { frozenRuleSet } from './organiser';
import { handInEvidence, ownSubject, sheetOf, type Appraised } from './scores';
import { resultOf } from './subject-store';

/**
 * The appraised (a township, or a county department's own users): the campaigns it is a subject
 * of (the county's and, for a township, its own, once open), its self-score sheet, and after
 * publication its result and what the organiser chose to publish. Before publication it sees no
 * appraiser's score and no rank.
 */
export async function myAppraisals(me: Appraised) {
  const subjects =
    me.tenantId === null
      ? (await me.tx.countyAppraisalSubject.findMany({ where: { countyId: me.countyId, countyDepartmentId: me.departmentId! }, select: { id: true, campaignId: true, name: true, kind: true, selfSubmittedAt: true }, orderBy: { name: 'asc' } }))
      : await me.tx.appraisalSubject.findMany({ where: { tenantId: me.tenantId }, select: { id: true, campaignId: true, name: true, kind: true, selfSubmittedAt: true }, orderBy: { name: 'asc' } });
  // The county's campaigns (the township's own it runs as organiser).
  const campaigns = await me.tx.appraisalCampaign.findMany({ where: { id: { in: subjects.map((s) => s.campaignId) }, countyId: me.countyId, ownerTenantId: null, state: { not: 'draft' } }, orderBy: { createdAt: 'desc' } });
  return campaigns.flatMap((c) =>
    subjects
      .filter((s) => s.campaignId === c.id)
      .map((s) => ({ campaignId: c.id, subjectId: s.id, subjectName: s.name, subjectKind: s.kind, title: c.title, period: appraisalPeriodLabel(c.periodKind, c.year, c.periodIndex), state: c.state, selfSubmittedAt: s.selfSubmittedAt?.toISOString() ?? null, published: PUBLISHED_STATES.includes(c.state) })),
  );
}

/** The appraised's own sheet: its self-scores and evidence; the appraisers' scores only once published. */
export async function mySheet(me: Appraised, subjectId: string) {
  const { subject, campaign } = await ownSubject(me, subjectId);
  const set = (await frozenRuleSet(me.tx, campaign.id, campaign.ruleSetVersion))!;
  const published = PUBLISHED_STATES.includes(campaign.state);
  // A county department keeps its evidence on this sheet (the county home has no township list of
  // files): while it may still change the self-score, it may remove any file of it, as a township's office.
  const selfOpen = SELF_SCORING_STATES.includes(campaign.state) && !subject.selfSubmittedAt;
  const viewer = me.tenantId === null && selfOpen ? { userId: me.caller.user.id, standing: 'office' as const } : undefined;
  const sheet = await sheetOf(me.tx, me.countyId, subject, set, published, viewer);
  // Before the hand-in, the items it would be refused for (none once handed in).
  const evidence = selfOpen ? await handInEvidence(me, campaign, set, sheet) : null;
  return { campaignId: campaign.id, campaignTitle: campaign.title, state: campaign.state, published, ...sheet, lackingEvidence: evidence?.lacking ?? [] };
}

/** The appraised's published result, and the ranking if the organiser published it; NOT_FOUND before publication. */
export async function myResult(me: Appraised, subjectId: string) {
  const { subject, campaign } = await ownSubject(me, subjectId);
  if (!PUBLISHED_STATES.includes(campaign.state)) throw notFound();
  const result = await resultOf(me.tx, me.countyId, subject, campaign.resultVersion);
  if (!result) throw notFound();
  const publication = campaign.publication as { ranking: Array<{ subjectId?: string; tenantId: string | null; name: string; total: number | null; rank: number | null; grade: string | null }> | null } | null;
  // A township's rows are its own; a county department's row is known by its subject.
  const own = (r: { subjectId?: string; tenantId: string | null }) => (r.tenantId !== null ? r.tenantId === me.tenantId : r.subjectId === subject.id);
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
    ranking: publication?.ranking?.map((r) => ({ name: r.name, total: r.total, rank: r.rank, grade: r.grade, own: own(r) })) ?? null,
  };
}
