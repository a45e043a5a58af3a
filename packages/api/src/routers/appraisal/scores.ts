import {
  APPRAISER_SCORING_STATES,
  findItem,
  itemInputSchema,
  scoreItem,
  SELF_SCORING_STATES,
  type appraisalItemScoreSchema,
  type appraisalPhaseScoreSchema,
  type AppraisalRuleSet,
} from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import type { z } from 'zod';
import { AppError, invalidField, notFound } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';
import { loadSubject } from './campaigns';
import { auditOrganiser, frozenRuleSet, inTownship, type Organiser } from './organiser';

type ItemScoreInput = z.infer<typeof appraisalItemScoreSchema>;

const refusedState = () => new AppError('BAD_REQUEST', 'BAD_INPUT', { zh: '考核当前阶段不能打分', en: 'scores cannot be entered at this stage of the campaign' });

/** The points an entry earns, or a 400 naming the field (a score above the item's maximum: input.points). */
function pointsOf(set: AppraisalRuleSet, input: ItemScoreInput, phase: 'self' | 'official') {
  const item = findItem(set, input.itemKey);
  if (!item) throw invalidField(['itemKey'], { zh: '考核细则中没有该项', en: 'no such item in the rules' });
  const outcome = scoreItem(item, input.input);
  if (!outcome.ok) throw invalidField(outcome.field.split('.'), outcome.message, input.input);
  return { item, points: outcome.points, phase: phase === 'self' ? ('self_score' as const) : item.phase };
}

async function upsertItemScore(tx: Tx, tenantId: string, subjectId: string, itemKey: string, phase: Prisma.AppraisalItemScoreCreateInput['phase'], input: ItemScoreInput, points: number, scorer: { id: string; name: string }, at: Date) {
  const key = { tenantId_subjectId_itemKey_phase: { tenantId, subjectId, itemKey, phase } };
  const data = { input: input.input as unknown as Prisma.InputJsonValue, points, note: input.note ?? null, scoredById: scorer.id, scorerName: scorer.name, scoredAt: at };
  return tx.appraisalItemScore.upsert({ where: key, create: { tenantId, subjectId, itemKey, phase, ...data }, update: { ...data, version: { increment: 1 } } });
}

/** The appraisers' score of one item of one subject, in the item's phase, while the campaign is scoring. */
export async function setItemScore(org: Organiser, input: ItemScoreInput) {
  const { subject, campaign } = await loadSubject(org, input.subjectId);
  if (!APPRAISER_SCORING_STATES.includes(campaign.state)) throw refusedState();
  const set = (await frozenRuleSet(org.tx, campaign.id, campaign.ruleSetVersion))!;
  const { points, phase } = pointsOf(set, input, 'official');
  const row = await inTownship(org, subject.tenantId, async () => {
    const saved = await upsertItemScore(org.tx, subject.tenantId, subject.id, input.itemKey, phase, input, points, { id: org.caller.user.id, name: org.caller.user.displayName }, org.clock.now);
    await auditOrganiser(org, { action: 'score', entity: 'AppraisalItemScore', entityId: saved.id, after: { subjectId: subject.id, itemKey: input.itemKey, phase, input: input.input, points } }, subject.tenantId);
    return saved;
  });
  return { id: row.id, points, version: row.version };
}

/** A whole phase's mark (mutual evaluation, daily performance) where the rules score it without items. */
export async function setPhaseScore(org: Organiser, input: z.infer<typeof appraisalPhaseScoreSchema>) {
  const { subject, campaign } = await loadSubject(org, input.subjectId);
  if (!APPRAISER_SCORING_STATES.includes(campaign.state)) throw refusedState();
  const set = (await frozenRuleSet(org.tx, campaign.id, campaign.ruleSetVersion))!;
  if (set.areas.some((a) => a.items.some((i) => i.phase === input.phase))) throw invalidField(['phase'], { zh: '该阶段按考核细则逐项打分', en: 'this phase is scored item by item' });
  if (!set.phaseWeights || !(input.phase in set.phaseWeights)) throw invalidField(['phase'], { zh: '考核细则不含该阶段', en: 'the rules have no such phase' });
  await inTownship(org, subject.tenantId, async () => {
    const key = { tenantId_subjectId_phase: { tenantId: subject.tenantId, subjectId: subject.id, phase: input.phase } };
    const data = { score: input.score, enteredBy: org.caller.user.displayName, enteredAt: org.clock.now };
    const saved = await org.tx.appraisalPhaseScore.upsert({ where: key, create: { tenantId: subject.tenantId, subjectId: subject.id, phase: input.phase, ...data }, update: { ...data, version: { increment: 1 } } });
    await auditOrganiser(org, { action: 'score_phase', entity: 'AppraisalPhaseScore', entityId: saved.id, after: { subjectId: subject.id, phase: input.phase, score: input.score } }, subject.tenantId);
  });
  return { ok: true };
}

/** One subject's score sheet: items with maxima, the self-score with its evidence, and the appraisers' scores when shown. */
export async function sheetOf(tx: Tx, subject: { id: string; tenantId: string; name: string; selfSubmittedAt: Date | null; selfReport: string | null }, set: AppraisalRuleSet, showOfficial: boolean) {
  const scores = await tx.appraisalItemScore.findMany({ where: { tenantId: subject.tenantId, subjectId: subject.id } });
  const selfRows = scores.filter((s) => s.phase === 'self_score');
  const evidence = await tx.attachment.findMany({ where: { tenantId: subject.tenantId, ownerKind: 'appraisal_score', ownerId: { in: selfRows.map((s) => s.id) } }, select: { id: true, ownerId: true, fileName: true, size: true, contentType: true } });
  const entry = (s: (typeof scores)[number] | undefined) => (s ? { id: s.id, input: itemInputSchema.safeParse(s.input).data ?? null, points: s.points === null ? null : Number(s.points), note: s.note, scorerName: s.scorerName, scoredAt: s.scoredAt.toISOString() } : null);
  const phaseScores = showOfficial ? await tx.appraisalPhaseScore.findMany({ where: { tenantId: subject.tenantId, subjectId: subject.id } }) : [];
  return {
    subject: { id: subject.id, tenantId: subject.tenantId, name: subject.name, selfSubmittedAt: subject.selfSubmittedAt?.toISOString() ?? null, selfReport: subject.selfReport },
    title: set.title,
    maxTotal: set.maxTotal,
    areas: set.areas.map((area) => ({
      key: area.key,
      name: area.name,
      max: area.max,
      items: area.items.map((item) => {
        const self = selfRows.find((s) => s.itemKey === item.key);
        return {
          key: item.key,
          name: item.name,
          max: item.max,
          phase: item.phase,
          evidenceRequired: item.evidence,
          rule: item.rule,
          self: entry(self),
          evidence: self ? evidence.filter((e) => e.ownerId === self.id).map(({ ownerId: _o, ...e }) => e) : [],
          official: showOfficial ? entry(scores.find((s) => s.itemKey === item.key && s.phase !== 'self_score')) : null,
        };
      }),
    })),
    phaseScores: phaseScores.map((p) => ({ phase: p.phase, score: p.score === null ? null : Number(p.score) })),
  };
}

/** The organiser's view of one subject's sheet: everything. */
export async function organiserSheet(org: Organiser, subjectId: string) {
  const { subject, campaign } = await loadSubject(org, subjectId);
  const set = await frozenRuleSet(org.tx, campaign.id, campaign.ruleSetVersion);
  if (!set) throw notFound();
  return { campaignId: campaign.id, state: campaign.state, ...(await sheetOf(org.tx, subject, set, true)) };
}

/** A township's own subject of a campaign it is appraised in (the county's, or its own). */
export async function ownSubject(ctx: TenantCtx, subjectId: string) {
  const subject = await ctx.tx.appraisalSubject.findFirst({ where: { id: subjectId, tenantId: ctx.tenant.id } });
  if (!subject) throw notFound();
  const campaign = await ctx.tx.appraisalCampaign.findFirst({ where: { id: subject.campaignId, countyId: ctx.caller.county.id, state: { not: 'draft' } } });
  if (!campaign) throw notFound();
  return { subject, campaign };
}

/** The township's self-score of one item (with evidence attached to the returned row), until it hands the self-score in. */
export async function setSelfScore(ctx: TenantCtx, input: ItemScoreInput) {
  const { subject, campaign } = await ownSubject(ctx, input.subjectId);
  if (!SELF_SCORING_STATES.includes(campaign.state) || subject.selfSubmittedAt) throw refusedState();
  const set = (await frozenRuleSet(ctx.tx, campaign.id, campaign.ruleSetVersion))!;
  const { points } = pointsOf(set, input, 'self');
  const saved = await upsertItemScore(ctx.tx, ctx.tenant.id, subject.id, input.itemKey, 'self_score', input, points, { id: ctx.caller.user.id, name: ctx.caller.user.displayName }, ctx.clock.now);
  await auditOrganiser(
    { tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.caller.county.id, ownerTenantId: ctx.tenant.id, tenantIds: [ctx.tenant.id] },
    { action: 'self_score', entity: 'AppraisalItemScore', entityId: saved.id, after: { subjectId: subject.id, itemKey: input.itemKey, input: input.input, points } },
  );
  return { id: saved.id, points, version: saved.version };
}

/** Hands in the self-score (and the self-check report): no more changes to it. */
export async function submitSelf(ctx: TenantCtx, input: { subjectId: string; selfReport?: string }) {
  const { subject, campaign } = await ownSubject(ctx, input.subjectId);
  if (!SELF_SCORING_STATES.includes(campaign.state) || subject.selfSubmittedAt) throw refusedState();
  await ctx.tx.appraisalSubject.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: subject.id } }, data: { selfSubmittedAt: ctx.clock.now, selfReport: input.selfReport ?? subject.selfReport, version: { increment: 1 } } });
  await auditOrganiser(
    { tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.caller.county.id, ownerTenantId: ctx.tenant.id, tenantIds: [ctx.tenant.id] },
    { action: 'submit_self', entity: 'AppraisalSubject', entityId: subject.id },
  );
  return { ok: true };
}
