import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  dateOf,
  evaluatorGroupIssues,
  formatBallotCode,
  type cancelCodeSchema,
  type evaluationCreateSchema,
  type evaluationIdSchema,
  type issueCodesSchema,
  type RuleRange,
} from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { audit } from '../../audit';
import { drawBallotCode, hashBallotCode, requireBallotSecret } from '../../ballots/codes';
import { AppError, invalidField, InvalidInput, notFound } from '../../errors';
import { ruleValues } from '../shared/rule-values';
import type { TenantCtx } from '../shared/tenant-context';
import { formOf, tallyOf, turnoutOf } from './tally';

/** What the ballot handlers need beyond a township call: the code key from the API's configuration. */
export type BallotCtx = TenantCtx & { ballotSecret: string | undefined };

async function findEvaluation(ctx: TenantCtx, id: string) {
  const evaluation = await ctx.tx.democraticEvaluation.findFirst({ where: { tenantId: ctx.tenant.id, id } });
  if (!evaluation) throw notFound();
  return evaluation;
}

async function findGroup(ctx: TenantCtx, evaluationId: string, groupId: string) {
  const group = await ctx.tx.evaluatorGroup.findFirst({ where: { tenantId: ctx.tenant.id, evaluationId, id: groupId } });
  if (!group) throw notFound();
  return group;
}

const closedRefusal = () => new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评已结束', en: 'This evaluation is closed' });

function present(evaluation: Awaited<ReturnType<typeof findEvaluation>>) {
  const form = formOf(evaluation);
  return {
    id: evaluation.id,
    campaignId: evaluation.campaignId,
    title: evaluation.title,
    heldOn: evaluation.heldOn.toISOString().slice(0, 10),
    status: evaluation.status,
    version: evaluation.version,
    grades: form.grades,
    gradePoints: evaluation.gradePoints,
    subjects: form.subjects,
    items: form.items,
  };
}

export async function listEvaluations(ctx: TenantCtx) {
  const rows = await ctx.tx.democraticEvaluation.findMany({ where: { tenantId: ctx.tenant.id }, orderBy: [{ heldOn: 'desc' }, { title: 'asc' }] });
  return Promise.all(rows.map(async (row) => ({ ...present(row), groups: await turnoutOf(ctx.tx, row) })));
}

export async function getEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  const codes = await ctx.tx.ballotCode.findMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id }, select: { groupId: true, serial: true, issuedOn: true }, orderBy: [{ groupId: 'asc' }, { serial: 'asc' }] });
  return {
    ...present(evaluation),
    groups: await turnoutOf(ctx.tx, evaluation),
    // Unused codes by their printed number, to cancel a lost one; the codes themselves are not kept.
    unusedCodes: codes.map((c) => ({ groupId: c.groupId, serial: c.serial, issuedOn: c.issuedOn.toISOString().slice(0, 10) })),
  };
}

export async function createEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationCreateSchema>) {
  const rules = await ruleValues(ctx, ['appraisal.onsite_staff_reps'], input.heldOn);
  const issues = evaluatorGroupIssues(input.groups, rules['appraisal.onsite_staff_reps'] as RuleRange | null);
  if (input.gradePoints.length > 0 && input.gradePoints.length !== input.grades.length) {
    issues.push({ path: ['gradePoints'], message: { zh: '等次分值须与等次一一对应', en: 'Give one point value per grade' } });
  }
  if (new Set(input.grades).size !== input.grades.length) issues.push({ path: ['grades'], message: { zh: '等次重复', en: 'A grade appears twice' } });
  const subjects = input.subjects.map((s) => ({ id: s.id ?? randomUUID(), name: s.name }));
  const items = input.items.map((s) => ({ id: s.id ?? randomUUID(), name: s.name }));
  if (new Set(subjects.map((s) => s.id)).size !== subjects.length) issues.push({ path: ['subjects'], message: { zh: '被测评对象重复', en: 'A person or team appears twice' } });
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
  const id = randomUUID();
  await ctx.tx.democraticEvaluation.create({
    data: { tenantId: ctx.tenant.id, id, campaignId: input.campaignId, title: input.title, heldOn: dateOf(input.heldOn), grades: input.grades, gradePoints: input.gradePoints, subjects, items },
  });
  await ctx.tx.evaluatorGroup.createMany({ data: input.groups.map((g) => ({ tenantId: ctx.tenant.id, evaluationId: id, ...g })) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DemocraticEvaluation', entityId: id, after: { ...input, subjects, items } });
  return getEvaluation(ctx, { evaluationId: id });
}

/** Codes for one group: numbered on from the group's last, hashed, and shown this once. */
async function issue(ctx: BallotCtx, tx: Tx, group: { id: string; evaluationId: string }, count: number) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  // The counter's row lock numbers concurrent issues one after the other.
  const [updated] = await tx.$queryRaw<[{ codesIssued: number }]>`
    UPDATE "EvaluatorGroup" SET "codesIssued" = "codesIssued" + ${count}
    WHERE "tenantId" = ${ctx.tenant.id}::uuid AND id = ${group.id}::uuid RETURNING "codesIssued"`;
  const first = updated.codesIssued - count + 1;
  const codes = Array.from({ length: count }, (_, i) => ({ serial: first + i, code: drawBallotCode() }));
  await tx.ballotCode.createMany({
    data: codes.map((c) => ({ tenantId: ctx.tenant.id, evaluationId: group.evaluationId, groupId: group.id, serial: c.serial, codeHash: new Uint8Array(hashBallotCode(secret, c.code)), issuedOn: dateOf(ctx.clock.today) })),
  });
  return codes.map((c) => ({ serial: c.serial, code: formatBallotCode(c.code) }));
}

export async function issueCodes(ctx: BallotCtx, input: z.infer<typeof issueCodesSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  const valid = group.codesIssued - group.codesCancelled;
  if (valid + input.count > group.size) {
    throw invalidField(['count'], { zh: `该测评主体共 ${group.size} 人，已发 ${valid} 个有效投票码，最多还能发 ${Math.max(0, group.size - valid)} 个`, en: `The group has ${group.size} members and ${valid} valid codes; at most ${Math.max(0, group.size - valid)} more` });
  }
  const codes = await issue(ctx, ctx.tx, group, input.count);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'issue_codes', entity: 'EvaluatorGroup', entityId: group.id, after: { evaluationId: evaluation.id, count: input.count, serials: [codes[0]!.serial, codes[codes.length - 1]!.serial] } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.name, title: evaluation.title, codes };
}

/** A lost code: void it by its printed number; a used one cannot be told apart and is refused. */
export async function cancelCode(ctx: BallotCtx, input: z.infer<typeof cancelCodeSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  if (input.replace) requireBallotSecret(ctx.ballotSecret);
  const removed = await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, groupId: group.id, serial: input.serial } });
  if (removed.count === 0) throw invalidField(['serial'], { zh: `第 ${input.serial} 号投票码不存在、已使用或已作废`, en: `Code no. ${input.serial} does not exist, was used or was already cancelled` });
  await ctx.tx.evaluatorGroup.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: group.id } }, data: { codesCancelled: { increment: 1 } } });
  const replacement = input.replace ? (await issue(ctx, ctx.tx, group, 1))[0]! : null;
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'cancel_code', entity: 'EvaluatorGroup', entityId: group.id, after: { evaluationId: evaluation.id, serial: input.serial, replacementSerial: replacement?.serial ?? null } });
  return { evaluationId: evaluation.id, groupId: group.id, groupName: group.name, title: evaluation.title, cancelledSerial: input.serial, codes: replacement ? [replacement] : [] };
}

export async function evaluationTurnout(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluationId: evaluation.id, status: evaluation.status, groups: await turnoutOf(ctx.tx, evaluation) };
}

export async function evaluationTally(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return { evaluation: present(evaluation), ...(await tallyOf(ctx.tx, ctx.caller.county.id, evaluation)) };
}

export async function closeEvaluation(ctx: TenantCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  // Codes never used are void once the evaluation closes: nothing is left that could still vote.
  const voided = await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id } });
  await ctx.tx.democraticEvaluation.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: evaluation.id } }, data: { status: 'closed', version: { increment: 1 } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'close', entity: 'DemocraticEvaluation', entityId: evaluation.id, after: { status: 'closed', unusedCodesVoided: voided.count } });
  return getEvaluation(ctx, { evaluationId: evaluation.id });
}
