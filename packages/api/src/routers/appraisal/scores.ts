import {
  APPRAISER_SCORING_STATES,
  findItem,
  handInEvidenceIssues,
  itemsLackingEvidence,
  itemInputSchema,
  scoreItem,
  SELF_SCORING_STATES,
  type appraisalItemScoreSchema,
  type appraisalPhaseScoreSchema,
  type AppraisalRuleSet,
} from '@pcs/domain';
import type { Clock } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { auditAs, type AuditEntry } from '../../audit';
import type { Caller } from '../../caller';
import type { DepartmentCtx } from '../shared/procedure-context';
import type { z } from 'zod';
import { presentOwnersAttachments, type FileViewer } from '../../attachments/service';
import { AppError, invalidField, notFound, requireValid } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';
import { loadSubject } from './campaigns';
import { auditOrganiser, frozenRuleSet, inTownship, type Organiser } from './organiser';
import { findSubject, itemScoresOf, markSelfSubmitted, phaseScoresOf, upsertItemScore, upsertPhaseScore, type StoredSubject } from './subject-store';
import { appraisalRuleDefaults } from './templates';

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

const entryData = (input: ItemScoreInput, points: number, scorer: { id: string; name: string }, at: Date) => ({ input: input.input as never, points, note: input.note ?? null, scoredById: scorer.id, scorerName: scorer.name, scoredAt: at });

/** Runs a write in the subject's home: a township's under its write scope, the county home's in the county call's own. */
const inHome = <T>(org: Organiser, subject: StoredSubject, run: () => Promise<T>) => (subject.tenantId === null ? run() : inTownship(org, subject.tenantId, run));

/** The appraisers' score of one item of one subject, in the item's phase, while the campaign is scoring. */
export async function setItemScore(org: Organiser, input: ItemScoreInput) {
  const { subject, campaign } = await loadSubject(org, input.subjectId);
  if (!APPRAISER_SCORING_STATES.includes(campaign.state)) throw refusedState();
  const set = (await frozenRuleSet(org.tx, campaign.id, campaign.ruleSetVersion))!;
  const { points, phase } = pointsOf(set, input, 'official');
  const row = await inHome(org, subject, async () => {
    const saved = await upsertItemScore(org.tx, org.countyId, subject, input.itemKey, phase, entryData(input, points, { id: org.caller.user.id, name: org.caller.user.displayName }, org.clock.now));
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
  await inHome(org, subject, async () => {
    const saved = await upsertPhaseScore(org.tx, org.countyId, subject, input.phase, { score: input.score, enteredBy: org.caller.user.displayName, enteredAt: org.clock.now });
    await auditOrganiser(org, { action: 'score_phase', entity: 'AppraisalPhaseScore', entityId: saved.id, after: { subjectId: subject.id, phase: input.phase, score: input.score } }, subject.tenantId);
  });
  return { ok: true };
}

/** One subject's score sheet: items with maxima, the self-score with its evidence, and the appraisers' scores when shown. */
export async function sheetOf(tx: Tx, countyId: string, subject: StoredSubject, set: AppraisalRuleSet, showOfficial: boolean, viewer?: FileViewer) {
  const scores = await itemScoresOf(tx, countyId, subject);
  const selfRows = scores.filter((s) => s.phase === 'self_score');
  // Evidence hangs off the self-score rows, in the subject's home: its township's files, or the county home's for a county department.
  const evidence = await presentOwnersAttachments(
    tx,
    subject.tenantId === null ? { countyId } : { tenantId: subject.tenantId },
    subject.tenantId === null ? 'county_appraisal_score' : 'appraisal_score',
    selfRows.map((s) => s.id),
    viewer,
  );
  const entry = (s: (typeof scores)[number] | undefined) => (s ? { id: s.id, input: itemInputSchema.safeParse(s.input).data ?? null, points: s.points === null ? null : Number(s.points), note: s.note, scorerName: s.scorerName, scoredAt: s.scoredAt.toISOString() } : null);
  const phaseScores = showOfficial ? await phaseScoresOf(tx, countyId, subject) : [];
  return {
    subject: { id: subject.id, tenantId: subject.tenantId, countyDepartmentId: subject.countyDepartmentId, name: subject.name, selfSubmittedAt: subject.selfSubmittedAt?.toISOString() ?? null, selfReport: subject.selfReport },
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
          evidence: self ? evidence(self.id) : [],
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
  return { campaignId: campaign.id, state: campaign.state, ...(await sheetOf(org.tx, org.countyId, subject, set, true)) };
}

/**
 * The appraised: a township (its subjects are its own rows) or a county department's own users
 * (its subject in the county home, which RLS narrows to the department). The same handlers
 * serve both (`appraisal.mine`, `countyDeptAppraisal.mine`).
 */
export interface Appraised {
  tx: Tx;
  caller: Caller;
  requestId: string;
  clock: Clock;
  countyId: string;
  /** The township appraised, or null for a county department. */
  tenantId: string | null;
  departmentId: string | null;
}

export const appraisedTownship = (ctx: TenantCtx): Appraised => ({ tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.caller.county.id, tenantId: ctx.tenant.id, departmentId: null });
export const appraisedDepartment = (ctx: DepartmentCtx): Appraised => ({ tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.county.id, tenantId: null, departmentId: ctx.department.id });

/** The appraised's own subject of a campaign it is appraised in (the county's, or its township's own), once open. */
export async function ownSubject(me: Appraised, subjectId: string) {
  const subject = me.tenantId === null ? await findSubject(me.tx, subjectId, [], me.countyId) : await findSubject(me.tx, subjectId, [me.tenantId], null);
  if (!subject || (me.tenantId === null && subject.countyDepartmentId !== me.departmentId)) throw notFound();
  const campaign = await me.tx.appraisalCampaign.findFirst({ where: { id: subject.campaignId, countyId: me.countyId, state: { not: 'draft' } } });
  if (!campaign) throw notFound();
  return { subject, campaign };
}

/** The appraised's audit entry: its township's chain, or the county's for a department. */
const auditAppraised = (me: Appraised, entry: Omit<AuditEntry, 'tenantId'>) => auditAs(me.tx, { userId: me.caller.user.id, username: me.caller.user.username }, me.requestId, { ...entry, tenantId: me.tenantId });

/** The appraised's self-score of one item (with evidence attached to the returned row), until it hands the self-score in. */
export async function setSelfScore(me: Appraised, input: ItemScoreInput) {
  const { subject, campaign } = await ownSubject(me, input.subjectId);
  if (!SELF_SCORING_STATES.includes(campaign.state) || subject.selfSubmittedAt) throw refusedState();
  const set = (await frozenRuleSet(me.tx, campaign.id, campaign.ruleSetVersion))!;
  const { points } = pointsOf(set, input, 'self');
  const saved = await upsertItemScore(me.tx, me.countyId, subject, input.itemKey, 'self_score', entryData(input, points, { id: me.caller.user.id, name: me.caller.user.displayName }, me.clock.now));
  await auditAppraised(me, { action: 'self_score', entity: subject.tenantId === null ? 'CountyAppraisalItemScore' : 'AppraisalItemScore', entityId: saved.id, after: { subjectId: subject.id, itemKey: input.itemKey, input: input.input, points } });
  return { id: saved.id, points, version: saved.version };
}

type Sheet = Awaited<ReturnType<typeof sheetOf>>;

/** Each self-scored item's points and how many files its self-score row carries, as the hand-in check reads them. */
const selfEvidenceOf = (sheet: Pick<Sheet, 'areas'>) => sheet.areas.flatMap((a) => a.items).map((i) => ({ itemKey: i.key, points: i.self?.points ?? null, files: i.evidence.length }));

/**
 * What the hand-in asks of the evidence (rule appraisal.evidence_before_hand_in, the organiser's:
 * the county's for its campaigns, a township's for its own, so an appraised township cannot waive
 * the county's) and the items still lacking it, for the sheet to say before the hand-in.
 */
export async function handInEvidence(me: Appraised, campaign: { ownerTenantId: string | null }, set: AppraisalRuleSet, sheet: Pick<Sheet, 'areas'>) {
  const { evidenceBeforeHandIn } = await appraisalRuleDefaults(me.tx, me.countyId, campaign.ownerTenantId, me.clock.today);
  const selfScores = selfEvidenceOf(sheet);
  return { required: evidenceBeforeHandIn, selfScores, lacking: evidenceBeforeHandIn ? itemsLackingEvidence(set, selfScores) : [] };
}

/**
 * Hands in the self-score (and the self-check report): no more changes to it. Refused (400 naming
 * `evidence` and the items) while an item self-scored above zero lacks the evidence its rule set names.
 */
export async function submitSelf(me: Appraised, input: { subjectId: string; selfReport?: string }) {
  const { subject, campaign } = await ownSubject(me, input.subjectId);
  if (!SELF_SCORING_STATES.includes(campaign.state) || subject.selfSubmittedAt) throw refusedState();
  const set = (await frozenRuleSet(me.tx, campaign.id, campaign.ruleSetVersion))!;
  const evidence = await handInEvidence(me, campaign, set, await sheetOf(me.tx, me.countyId, subject, set, false));
  requireValid(handInEvidenceIssues(set, evidence.selfScores, evidence.required));
  await markSelfSubmitted(me.tx, me.countyId, subject, me.clock.now, input.selfReport ?? subject.selfReport);
  await auditAppraised(me, { action: 'submit_self', entity: subject.tenantId === null ? 'CountyAppraisalSubject' : 'AppraisalSubject', entityId: subject.id });
  return { ok: true };
}
