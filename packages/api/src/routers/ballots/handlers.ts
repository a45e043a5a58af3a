import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  dateOf,
  defaultGroupSize,
  formatBallotCode,
  gradeOf,
  groupSizeIssue,
  groupSizeRange,
  resolveRule,
  type cancelCodeSchema,
  type Clock,
  type evaluationCreateSchema,
  type evaluationIdSchema,
  type issueCodesSchema,
  type RuleKey,
  type RuleRange,
  dayOf,
} from '@pcs/domain';
import { Prisma } from '@pcs/db';
import { audit, type AuditContext } from '../../audit';
import { drawBallotCode, hashBallotCode, requireBallotSecret } from '../../ballots/codes';
import { AppError, invalidField, InvalidInput, notFound } from '../../errors';
import { upsertPhaseScore } from '../appraisal/subject-store';
import { loadRuleValues } from '../shared/rule-values';
import { ruleSetOf } from './campaign';
import type { BallotStore, EvaluationRecord, GroupRecord } from './store';
import { formOf, tallyOf, turnoutOf } from './tally';

/**
 * What the ballot handlers need: the call's transaction, caller and clock, the code key from the
 * API's configuration, and the evaluation's home (a township's or the county's, `store.ts`).
 */
export interface BallotCtx extends AuditContext {
  clock: Clock;
  ballotSecret: string | undefined;
  store: BallotStore;
}

export async function findEvaluation(ctx: BallotCtx, id: string): Promise<EvaluationRecord> {
  const evaluation = await ctx.store.findEvaluation(id);
  // A campaign of another county is nobody's here.
  if (!evaluation || evaluation.campaign.countyId !== ctx.caller.county.id) throw notFound();
  return evaluation;
}

export async function findGroup(ctx: BallotCtx, evaluationId: string, groupId: string): Promise<GroupRecord> {
  const group = await ctx.store.findGroup(evaluationId, groupId);
  if (!group) throw notFound();
  return group;
}

/** A rule's value on a day where the evaluation is held (the township's, or the county's for the county home). */
export async function ballotRule(ctx: BallotCtx, key: RuleKey, on: string): Promise<unknown> {
  const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.store.ruleTenantId);
  return resolveRule(key, ctx.store.ruleTenantId ?? '', on, ctx.store.ruleTenantId ? records : records.filter((r) => r.tenantId === null)).value;
}

export const closedRefusal = () => new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评已结束', en: 'This evaluation is closed' });

function present(store: BallotStore, evaluation: EvaluationRecord) {
  const form = formOf(evaluation);
  return {
    id: evaluation.id,
    campaignId: evaluation.campaignId,
    countyDepartmentId: evaluation.countyDepartmentId,
    title: evaluation.title,
    heldOn: dayOf(evaluation.heldOn),
    status: evaluation.status,
    version: evaluation.version,
    /** A county campaign's evaluation: the county's check team runs it, the township office only reads it (decision 79). */
    runByCounty: evaluation.campaign.ownerTenantId === null,
    /** Where printed codes are used (after `/ballot/`). */
    publicPath: store.publicPath(evaluation.id),
    grades: form.grades,
    gradePoints: evaluation.gradePoints,
    subjects: form.subjects,
    items: form.items,
  };
}

/** The campaign's evaluator groups with their size range where the evaluation is held. */
export function offeredGroups(groups: Array<{ id: string; kind: string; name: string; weight: Prisma.Decimal; sizeMin: number | null; sizeMax: number | null }>, staffReps: RuleRange | null) {
  return groups.map((g) => {
    const range = groupSizeRange(g.kind as never, g.sizeMin !== null && g.sizeMax !== null ? { min: g.sizeMin, max: g.sizeMax } : null, staffReps);
    return { id: g.id, kind: g.kind, name: g.name, weight: Number(g.weight), range, defaultSize: defaultGroupSize(range) };
  });
}

/** The campaigns this township can hold a democratic evaluation for, with each group's size range here. */
export async function listCampaigns(ctx: BallotCtx & { tenant: { id: string } }) {
  const staffReps = (await ballotRule(ctx, 'appraisal.onsite_staff_reps', ctx.clock.today)) as RuleRange | null;
  const campaigns = await ctx.tx.appraisalCampaign.findMany({
    where: { countyId: ctx.caller.county.id, OR: [{ ownerTenantId: null }, { ownerTenantId: ctx.tenant.id }], state: { in: ['open', 'scoring'] }, subjects: { some: { tenantId: ctx.tenant.id } } },
    include: { evaluatorGroups: { orderBy: [{ position: 'asc' }, { name: 'asc' }] } },
    orderBy: [{ year: 'desc' }, { title: 'asc' }],
  });
  const held = new Set((await ctx.store.evaluations({})).map((e) => e.campaignId));
  const withGroups = campaigns.filter((c) => c.evaluatorGroups.length > 0);
  const ruleSets = await Promise.all(withGroups.map((c) => ruleSetOf(ctx.tx, c)));
  return withGroups.map((c, index) => ({
    id: c.id,
    title: c.title,
    year: c.year,
    state: c.state,
    held: held.has(c.id),
    runByCounty: c.ownerTenantId === null,
    grades: ruleSets[index]!.grades.set,
    groups: offeredGroups(c.evaluatorGroups, staffReps),
  }));
}

export async function listEvaluations(ctx: BallotCtx) {
  const rows = await ctx.store.evaluations({});
  return Promise.all(rows.map(async (row) => ({ ...present(ctx.store, row), groups: await turnoutOf(ctx.store, row) })));
}

export async function getEvaluation(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  // Members' codes have no number and are not listed: they are nobody's to cancel but the member's removal.
  const codes = await ctx.store.numberedCodes(evaluation.id);
  return {
    ...present(ctx.store, evaluation),
    groups: await turnoutOf(ctx.store, evaluation),
    // Unused codes by their printed number, to cancel a lost one; the codes themselves are not kept.
    unusedCodes: codes.map((c) => ({ groupId: c.groupId, serial: c.serial, issuedOn: dayOf(c.issuedOn) })),
  };
}

type Issue = { path: (string | number)[]; message: { zh: string; en: string } };
const refuseIssues = (issues: Issue[]) => {
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
};

/** The form of a new evaluation: the county home names the department whose subjects it evaluates. */
type NewEvaluationInput = z.infer<typeof evaluationCreateSchema> & { countyDepartmentId?: string };

export async function createEvaluation(ctx: BallotCtx, input: NewEvaluationInput) {
  const campaign = await ctx.store.campaign(input.campaignId);
  if (campaign.state !== 'open' && campaign.state !== 'scoring') {
    throw invalidField(['campaignId'], { zh: '考核未开始或已结束，不能组织民主测评', en: 'The campaign is not open: no democratic evaluation can be held' });
  }
  const countyDepartmentId = input.countyDepartmentId ?? null;
  if (await ctx.store.heldFor(campaign.id, countyDepartmentId)) {
    throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', ctx.store.home === 'county' ? { zh: '已为该部门组织了该考核的民主测评', en: 'This department already has a democratic evaluation for this campaign' } : { zh: '本乡镇已为该考核组织了民主测评', en: 'This township already holds a democratic evaluation for this campaign' });
  }
  const ruleSet = await ruleSetOf(ctx.tx, campaign);
  const subjects = await ctx.store.subjects(campaign.id, countyDepartmentId);
  const staffReps = (await ballotRule(ctx, 'appraisal.onsite_staff_reps', input.heldOn)) as RuleRange | null;
  const grades = ruleSet.grades.set;
  const issues: Issue[] = [];
  if (subjects.length === 0) {
    issues.push(ctx.store.home === 'county' ? { path: ['countyDepartmentId'], message: { zh: '该部门在该考核中没有被考核对象', en: 'The campaign appraises nothing of this department' } } : { path: ['campaignId'], message: { zh: '本乡镇在该考核中没有被考核对象', en: 'The campaign appraises nobody in this township' } });
  }
  if (input.gradePoints.length > 0 && input.gradePoints.length !== grades.length) issues.push({ path: ['gradePoints'], message: { zh: `等次分值须与 ${grades.length} 个等次一一对应`, en: `Give one point value for each of the ${grades.length} grades` } });
  const seen = new Set<string>();
  input.groups.forEach((g, index) => {
    const group = campaign.evaluatorGroups.find((e) => e.id === g.groupId);
    if (!group || seen.has(g.groupId)) return issues.push({ path: ['groups', index, 'groupId'], message: { zh: '测评主体不属于该考核或重复', en: 'The group is not one of the campaign’s, or appears twice' } });
    seen.add(g.groupId);
    const range = groupSizeRange(group.kind, group.sizeMin !== null && group.sizeMax !== null ? { min: group.sizeMin, max: group.sizeMax } : null, staffReps);
    const problem = groupSizeIssue(group.name, g.size, range);
    if (problem) issues.push({ path: ['groups', index, 'size'], message: problem });
  });
  refuseIssues(issues);
  const items = input.items.map((s) => ({ id: s.id ?? randomUUID(), name: s.name }));
  const id = randomUUID();
  await ctx.store.createEvaluation(
    { id, campaignId: campaign.id, countyDepartmentId, title: campaign.title, heldOn: dateOf(input.heldOn), grades, gradePoints: input.gradePoints, subjects, items },
    input.groups.map((g) => ({ evaluatorGroupId: g.groupId, size: g.size })),
  );
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'create', entity: ctx.store.home === 'county' ? 'CountyDemocraticEvaluation' : 'DemocraticEvaluation', entityId: id, after: { ...input, grades, subjects, items } });
  return getEvaluation(ctx, { evaluationId: id });
}

/** Codes for one group: numbered on from the group's last, hashed and stored; the cleartext is returned to the caller only (the printed sheet). */
async function storeNewCodes(ctx: BallotCtx, group: { id: string; evaluationId: string }, count: number) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  // The counter's row lock numbers concurrent issues one after the other.
  const updated = await ctx.store.addIssued(group.id, count);
  const first = updated.codesIssued - count + 1;
  const codes = Array.from({ length: count }, (_, i) => ({ serial: first + i, code: drawBallotCode() }));
  await ctx.store.insertCodes(codes.map((c) => ({ evaluationId: group.evaluationId, groupId: group.id, serial: c.serial, codeHash: hashBallotCode(secret, c.code), issuedOn: dateOf(ctx.clock.today) })));
  return { codes, codesIssued: updated.codesIssued };
}

/** Codes to print: shown this once. */
async function issue(ctx: BallotCtx, group: { id: string; evaluationId: string }, count: number) {
  const { codes } = await storeNewCodes(ctx, group, count);
  return codes.map((c) => ({ serial: c.serial, code: formatBallotCode(c.code) }));
}

const groupEntity = (ctx: BallotCtx) => (ctx.store.home === 'county' ? 'CountyEvaluationGroup' : 'EvaluationGroup');

export async function issueCodes(ctx: BallotCtx, input: z.infer<typeof issueCodesSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  const valid = group.codesIssued - group.codesCancelled;
  if (valid + input.count > group.size) {
    const left = Math.max(0, group.size - valid);
    throw invalidField(['count'], { zh: `该测评主体共 ${group.size} 人，已发 ${valid} 个有效投票码，最多还能发 ${left} 个`, en: `The group has ${group.size} members and ${valid} valid codes; at most ${left} more` });
  }
  const codes = await issue(ctx, group, input.count);
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'issue_codes', entity: groupEntity(ctx), entityId: group.id, after: { evaluationId: evaluation.id, count: input.count, serials: [codes[0]!.serial, codes[codes.length - 1]!.serial] } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.evaluatorGroup.name, title: evaluation.title, publicPath: ctx.store.publicPath(evaluation.id), codes };
}

/** A lost code: void it by its printed number; a used one cannot be told apart and is refused. Members' codes have no number. */
export async function cancelCode(ctx: BallotCtx, input: z.infer<typeof cancelCodeSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  if (input.replace) requireBallotSecret(ctx.ballotSecret);
  const removed = await ctx.store.deleteNumberedCode(group.id, input.serial);
  if (removed === 0) throw invalidField(['serial'], { zh: `第 ${input.serial} 号投票码不存在、已使用或已作废`, en: `Code no. ${input.serial} does not exist, was used or was already cancelled` });
  await ctx.store.addCancelled(group.id);
  const replacement = input.replace ? (await issue(ctx, group, 1))[0]! : null;
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'cancel_code', entity: groupEntity(ctx), entityId: group.id, after: { evaluationId: evaluation.id, serial: input.serial, replacementSerial: replacement?.serial ?? null } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.evaluatorGroup.name, title: evaluation.title, publicPath: ctx.store.publicPath(evaluation.id), cancelledSerial: input.serial, codes: replacement ? [replacement] : [] };
}

export async function evaluationTurnout(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluationId: evaluation.id, status: evaluation.status, groups: await turnoutOf(ctx.store, evaluation) };
}

async function tallyWithRules(ctx: BallotCtx, evaluation: EvaluationRecord) {
  const ruleSet = await ruleSetOf(ctx.tx, await ctx.store.campaign(evaluation.campaignId));
  const minBallots = (await ballotRule(ctx, 'appraisal.ballot_min_count', dayOf(evaluation.heldOn))) as number;
  const tally = await tallyOf(ctx.store, evaluation, minBallots, ruleSet.weightShare);
  // The campaign's overriding rules (more than one third in the lowest grade, …) read the votes.
  const results = tally.results.map((r) => ({ ...r, override: r.itemId === null ? gradeOf(ruleSet.grades, null, { gradeVotes: r.gradeVotes }).reason === 'lowest_grade_votes' : false }));
  return { ...tally, results };
}

export async function evaluationTally(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluation: present(ctx.store, evaluation), ...(await tallyWithRules(ctx, evaluation)) };
}

/**
 * Closing: unused codes are void, and each subject's democratic-evaluation phase score is written
 * from the tally through the subject store (a township's AppraisalPhaseScore, or the county
 * home's CountyAppraisalPhaseScore), which the appraisal's scoring reads, with the grade votes for
 * its overriding rules.
 */
export async function closeEvaluation(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const voided = await ctx.store.voidCodes(evaluation.id);
  await ctx.store.close(evaluation.id);
  const tally = await tallyWithRules(ctx, evaluation);
  for (const result of tally.results.filter((r) => r.itemId === null)) {
    const detail = {
      evaluationId: evaluation.id,
      minBallots: tally.minBallots,
      gradeVotes: result.gradeVotes,
      groups: result.groups.map((g) => ({ evaluatorGroupId: tally.groups.find((t) => t.groupId === g.groupId)?.evaluatorGroupId, cast: g.cast, shown: g.shown, shares: g.shares, score: g.score })),
    };
    await upsertPhaseScore(ctx.tx, ctx.caller.county.id, { tenantId: ctx.store.subjectTenantId, id: result.subjectId }, 'democratic_evaluation', {
      score: result.score === null ? null : new Prisma.Decimal(result.score.toFixed(3)),
      detail,
      enteredBy: `民主测评计票（${ctx.caller.user.displayName}）`,
      enteredAt: ctx.clock.now,
    });
  }
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'close', entity: ctx.store.home === 'county' ? 'CountyDemocraticEvaluation' : 'DemocraticEvaluation', entityId: evaluation.id, after: { status: 'closed', unusedCodesVoided: voided } });
  return getEvaluation(ctx, { evaluationId: evaluation.id });
}
