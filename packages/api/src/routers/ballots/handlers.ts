import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  dateOf,
  defaultGroupSize,
  formatBallotCode,
  gradeOf,
  groupSizeIssue,
  groupSizeRange,
  type cancelCodeSchema,
  type evaluationCreateSchema,
  type evaluationIdSchema,
  type issueCodesSchema,
  type RuleRange, dayOf } from '@pcs/domain';
import { Prisma, type Tx } from '@pcs/db';
import { audit } from '../../audit';
import { drawBallotCode, hashBallotCode, requireBallotSecret } from '../../ballots/codes';
import { AppError, invalidField, InvalidInput, notFound } from '../../errors';
import { ruleValues } from '../shared/rule-values';
import type { TenantCtx } from '../shared/tenant-context';
import { campaignFor, ruleSetOf } from './campaign';
import { formOf, tallyOf, turnoutOf } from './tally';

/** What the ballot handlers need beyond a township call: the code key from the API's configuration. */
export type BallotCtx = TenantCtx & { ballotSecret: string | undefined };

export async function findEvaluation(ctx: TenantCtx, id: string) {
  const evaluation = await ctx.tx.democraticEvaluation.findFirst({ where: { tenantId: ctx.tenant.id, id }, include: { campaign: { select: { title: true, countyId: true, ownerTenantId: true } } } });
  // A campaign of another county is nobody's here.
  if (!evaluation || evaluation.campaign.countyId !== ctx.caller.county.id) throw notFound();
  return evaluation;
}

export async function findGroup(ctx: TenantCtx, evaluationId: string, groupId: string) {
  const group = await ctx.tx.evaluationGroup.findFirst({ where: { tenantId: ctx.tenant.id, evaluationId, id: groupId }, include: { evaluatorGroup: { select: { name: true } } } });
  if (!group) throw notFound();
  return group;
}

export const closedRefusal = () => new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评已结束', en: 'This evaluation is closed' });

function present(evaluation: Awaited<ReturnType<typeof findEvaluation>>) {
  const form = formOf(evaluation);
  return {
    id: evaluation.id,
    campaignId: evaluation.campaignId,
    title: evaluation.title,
    heldOn: dayOf(evaluation.heldOn),
    status: evaluation.status,
    version: evaluation.version,
    /** A county campaign's evaluation: the county's check team runs it, the township office only reads it (decision 79). */
    runByCounty: evaluation.campaign.ownerTenantId === null,
    grades: form.grades,
    gradePoints: evaluation.gradePoints,
    subjects: form.subjects,
    items: form.items,
  };
}

/** The campaigns this township can hold a democratic evaluation for, with each group's size range here. */
export async function listCampaigns(ctx: TenantCtx) {
  const rules = await ruleValues(ctx, ['appraisal.onsite_staff_reps'], ctx.clock.today);
  const staffReps = rules['appraisal.onsite_staff_reps'] as RuleRange | null;
  const campaigns = await ctx.tx.appraisalCampaign.findMany({
    where: { countyId: ctx.caller.county.id, OR: [{ ownerTenantId: null }, { ownerTenantId: ctx.tenant.id }], state: { in: ['open', 'scoring'] }, subjects: { some: { tenantId: ctx.tenant.id } } },
    include: { evaluatorGroups: { orderBy: [{ position: 'asc' }, { name: 'asc' }] } },
    orderBy: [{ year: 'desc' }, { title: 'asc' }],
  });
  const held = new Set((await ctx.tx.democraticEvaluation.findMany({ where: { tenantId: ctx.tenant.id }, select: { campaignId: true } })).map((e) => e.campaignId));
  const withGroups = campaigns.filter((c) => c.evaluatorGroups.length > 0);
  const ruleSets = await Promise.all(withGroups.map((c) => ruleSetOf(ctx.tx, c)));
  return withGroups
    .map((c, index) => ({
      id: c.id,
      title: c.title,
      year: c.year,
      state: c.state,
      held: held.has(c.id),
      runByCounty: c.ownerTenantId === null,
      grades: ruleSets[index]!.grades.set,
      groups: c.evaluatorGroups.map((g) => {
        const range = groupSizeRange(g.kind, g.sizeMin !== null && g.sizeMax !== null ? { min: g.sizeMin, max: g.sizeMax } : null, staffReps);
        return { id: g.id, kind: g.kind, name: g.name, weight: Number(g.weight), range, defaultSize: defaultGroupSize(range) };
      }),
    }));
}

export async function listEvaluations(ctx: TenantCtx) {
  const rows = await ctx.tx.democraticEvaluation.findMany({ where: { tenantId: ctx.tenant.id, campaign: { countyId: ctx.caller.county.id } }, include: { campaign: { select: { title: true, countyId: true, ownerTenantId: true } } }, orderBy: [{ heldOn: 'desc' }, { title: 'asc' }] });
  return Promise.all(rows.map(async (row) => ({ ...present(row), groups: await turnoutOf(ctx.tx, row) })));
}

export async function getEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  // Members' codes have no number and are not listed: they are nobody's to cancel but the member's removal.
  const codes = await ctx.tx.ballotCode.findMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, serial: { not: null } }, select: { groupId: true, serial: true, issuedOn: true }, orderBy: [{ groupId: 'asc' }, { serial: 'asc' }] });
  return {
    ...present(evaluation),
    groups: await turnoutOf(ctx.tx, evaluation),
    // Unused codes by their printed number, to cancel a lost one; the codes themselves are not kept.
    unusedCodes: codes.map((c) => ({ groupId: c.groupId, serial: c.serial!, issuedOn: dayOf(c.issuedOn) })),
  };
}

type Issue = { path: (string | number)[]; message: { zh: string; en: string } };
const refuseIssues = (issues: Issue[]) => {
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
};

export async function createEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationCreateSchema>) {
  const campaign = await campaignFor(ctx.tx, ctx.caller.county.id, ctx.tenant.id, input.campaignId);
  if (campaign.state !== 'open' && campaign.state !== 'scoring') {
    throw invalidField(['campaignId'], { zh: '考核未开始或已结束，不能组织民主测评', en: 'The campaign is not open: no democratic evaluation can be held' });
  }
  if (await ctx.tx.democraticEvaluation.findFirst({ where: { tenantId: ctx.tenant.id, campaignId: campaign.id } })) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', { zh: '本乡镇已为该考核组织了民主测评', en: 'This township already holds a democratic evaluation for this campaign' });
  const ruleSet = await ruleSetOf(ctx.tx, campaign);
  const subjects = await ctx.tx.appraisalSubject.findMany({ where: { tenantId: ctx.tenant.id, campaignId: campaign.id }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  const rules = await ruleValues(ctx, ['appraisal.onsite_staff_reps'], input.heldOn);
  const staffReps = rules['appraisal.onsite_staff_reps'] as RuleRange | null;
  const grades = ruleSet.grades.set;
  const issues: Issue[] = [];
  if (subjects.length === 0) issues.push({ path: ['campaignId'], message: { zh: '本乡镇在该考核中没有被考核对象', en: 'The campaign appraises nobody in this township' } });
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
  await ctx.tx.democraticEvaluation.create({
    data: { tenantId: ctx.tenant.id, id, campaignId: campaign.id, title: campaign.title, heldOn: dateOf(input.heldOn), grades, gradePoints: input.gradePoints, subjects, items },
  });
  await ctx.tx.evaluationGroup.createMany({ data: input.groups.map((g) => ({ tenantId: ctx.tenant.id, evaluationId: id, evaluatorGroupId: g.groupId, size: g.size })) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DemocraticEvaluation', entityId: id, after: { ...input, grades, subjects, items } });
  return getEvaluation(ctx, { evaluationId: id });
}

/** Codes for one group: numbered on from the group's last, hashed and stored; the cleartext is returned to the caller only (the printed sheet). */
async function storeNewCodes(ctx: BallotCtx, tx: Tx, group: { id: string; evaluationId: string }, count: number) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  // The counter's row lock numbers concurrent issues one after the other.
  const [updated] = await tx.$queryRaw<[{ codesIssued: number }]>`
    UPDATE "EvaluationGroup" SET "codesIssued" = "codesIssued" + ${count}
    WHERE "tenantId" = ${ctx.tenant.id}::uuid AND id = ${group.id}::uuid RETURNING "codesIssued"`;
  const first = updated.codesIssued - count + 1;
  const codes = Array.from({ length: count }, (_, i) => ({ serial: first + i, code: drawBallotCode() }));
  await tx.ballotCode.createMany({
    data: codes.map((c) => ({ tenantId: ctx.tenant.id, evaluationId: group.evaluationId, groupId: group.id, serial: c.serial, codeHash: new Uint8Array(hashBallotCode(secret, c.code)), issuedOn: dateOf(ctx.clock.today) })),
  });
  return { codes, codesIssued: updated.codesIssued };
}

/** Codes to print: shown this once. */
async function issue(ctx: BallotCtx, tx: Tx, group: { id: string; evaluationId: string }, count: number) {
  const { codes } = await storeNewCodes(ctx, tx, group, count);
  return codes.map((c) => ({ serial: c.serial, code: formatBallotCode(c.code) }));
}

export async function issueCodes(ctx: BallotCtx, input: z.infer<typeof issueCodesSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  const valid = group.codesIssued - group.codesCancelled;
  if (valid + input.count > group.size) {
    const left = Math.max(0, group.size - valid);
    throw invalidField(['count'], { zh: `该测评主体共 ${group.size} 人，已发 ${valid} 个有效投票码，最多还能发 ${left} 个`, en: `The group has ${group.size} members and ${valid} valid codes; at most ${left} more` });
  }
  const codes = await issue(ctx, ctx.tx, group, input.count);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'issue_codes', entity: 'EvaluationGroup', entityId: group.id, after: { evaluationId: evaluation.id, count: input.count, serials: [codes[0]!.serial, codes[codes.length - 1]!.serial] } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.evaluatorGroup.name, title: evaluation.title, codes };
}

/** A lost code: void it by its printed number; a used one cannot be told apart and is refused. Members' codes have no number. */
export async function cancelCode(ctx: BallotCtx, input: z.infer<typeof cancelCodeSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  if (input.replace) requireBallotSecret(ctx.ballotSecret);
  const removed = await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, groupId: group.id, serial: input.serial } });
  if (removed.count === 0) throw invalidField(['serial'], { zh: `第 ${input.serial} 号投票码不存在、已使用或已作废`, en: `Code no. ${input.serial} does not exist, was used or was already cancelled` });
  await ctx.tx.evaluationGroup.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: group.id } }, data: { codesCancelled: { increment: 1 } } });
  const replacement = input.replace ? (await issue(ctx, ctx.tx, group, 1))[0]! : null;
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'cancel_code', entity: 'EvaluationGroup', entityId: group.id, after: { evaluationId: evaluation.id, serial: input.serial, replacementSerial: replacement?.serial ?? null } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.evaluatorGroup.name, title: evaluation.title, cancelledSerial: input.serial, codes: replacement ? [replacement] : [] };
}

export async function evaluationTurnout(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluationId: evaluation.id, status: evaluation.status, groups: await turnoutOf(ctx.tx, evaluation) };
}

async function tallyWithRules(ctx: TenantCtx, evaluation: Awaited<ReturnType<typeof findEvaluation>>) {
  const ruleSet = await ruleSetOf(ctx.tx, await campaignFor(ctx.tx, ctx.caller.county.id, ctx.tenant.id, evaluation.campaignId));
  const tally = await tallyOf(ctx.tx, ctx.caller.county.id, evaluation, ruleSet.weightShare);
  // The campaign's overriding rules (more than one third in the lowest grade, …) read the votes.
  const results = tally.results.map((r) => ({ ...r, override: r.itemId === null ? gradeOf(ruleSet.grades, null, { gradeVotes: r.gradeVotes }).reason === 'lowest_grade_votes' : false }));
  return { ...tally, results };
}

export async function evaluationTally(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluation: present(evaluation), ...(await tallyWithRules(ctx, evaluation)) };
}

/**
 * Closing: unused codes are void, and each subject's democratic-evaluation phase score is written
 * from the tally (the appraisal's scoring reads it, with the grade votes for its overriding rules).
 */
export async function closeEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const voided = await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id } });
  await ctx.tx.democraticEvaluation.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: evaluation.id } }, data: { status: 'closed', version: { increment: 1 } } });
  const tally = await tallyWithRules(ctx, evaluation);
  for (const result of tally.results.filter((r) => r.itemId === null)) {
    const detail = {
      evaluationId: evaluation.id,
      minBallots: tally.minBallots,
      gradeVotes: result.gradeVotes,
      groups: result.groups.map((g) => ({ evaluatorGroupId: tally.groups.find((t) => t.groupId === g.groupId)?.evaluatorGroupId, cast: g.cast, shown: g.shown, shares: g.shares, score: g.score })),
    };
    const data = { score: result.score === null ? null : new Prisma.Decimal(result.score.toFixed(3)), detail, enteredBy: `民主测评计票（${ctx.caller.user.displayName}）` };
    await ctx.tx.appraisalPhaseScore.upsert({
      where: { tenantId_subjectId_phase: { tenantId: ctx.tenant.id, subjectId: result.subjectId, phase: 'democratic_evaluation' } },
      create: { tenantId: ctx.tenant.id, subjectId: result.subjectId, phase: 'democratic_evaluation', ...data },
      update: { ...data, version: { increment: 1 } },
    });
  }
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'close', entity: 'DemocraticEvaluation', entityId: evaluation.id, after: { status: 'closed', unusedCodesVoided: voided.count } });
  return getEvaluation(ctx, { evaluationId: evaluation.id });
}
