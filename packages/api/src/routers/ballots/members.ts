import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { dateOf, memberAddIssues, shuffled, type evaluationIdSchema, type evaluationMemberRemoveSchema, type evaluationMembersAddSchema } from '@pcs/domain';
import { audit } from '../../audit';
import { memberCodeHash, requireBallotSecret } from '../../ballots/codes';
import { AppError, InvalidInput, notFound } from '../../errors';
import { closedRefusal, findEvaluation, findGroup, type BallotCtx } from './handlers';

/**
 * Members of an evaluation's groups who vote signed in (docs/decisions.md, 71). Adding them
 * registers their derived codes (keyed hash only, no number) in the same transaction as the member
 * rows; every earlier member's unspent code is written anew under a new member key in that
 * transaction too, in random order, so the code rows a transaction writes belong to every member
 * not yet voted, not to the ones it added.
 */

/** The accounts of this township that may be members: enabled, with a role here. Others are not found. */
function townshipAccounts(ctx: BallotCtx, ids?: string[]) {
  return ctx.tx.user.findMany({
    where: { ...(ids ? { id: { in: ids } } : {}), enabled: true, memberships: { some: { tenantId: ctx.tenant.id } } },
    select: { id: true, username: true, displayName: true, memberships: { where: { tenantId: ctx.tenant.id }, select: { role: true } } },
    orderBy: [{ displayName: 'asc' }, { username: 'asc' }],
  });
}

const present = (u: Awaited<ReturnType<typeof townshipAccounts>>[number]) => ({ id: u.id, username: u.username, displayName: u.displayName, roles: u.memberships.map((m) => m.role) });

/** The members of each group, by name; nothing says who has voted. */
export async function listMembers(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  const rows = await ctx.tx.evaluationMember.findMany({
    where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id },
    select: { groupId: true, user: { select: { id: true, username: true, displayName: true } } },
    orderBy: [{ user: { displayName: 'asc' } }, { userId: 'asc' }],
  });
  return rows.map((r) => ({ groupId: r.groupId, userId: r.user.id, username: r.user.username, displayName: r.user.displayName }));
}

/** Accounts of the township that are not members of this evaluation yet. */
export async function memberCandidates(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  const taken = new Set((await ctx.tx.evaluationMember.findMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id }, select: { userId: true } })).map((m) => m.userId));
  return (await townshipAccounts(ctx)).filter((u) => !taken.has(u.id)).map(present);
}

export async function addMembers(ctx: BallotCtx, input: z.infer<typeof evaluationMembersAddSchema>) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  // Another township's user, a disabled one, a random id: not found alike.
  const accounts = await townshipAccounts(ctx, [...new Set(input.userIds)]);
  if (accounts.length !== new Set(input.userIds).size) throw notFound();
  // The evaluation's row lock orders this with casts (they read the key under a share lock) and other additions.
  const [locked] = await ctx.tx.$queryRaw<[{ memberKey: number }]>`
    UPDATE "DemocraticEvaluation" SET "memberKey" = "memberKey" + 1
    WHERE "tenantId" = ${ctx.tenant.id}::uuid AND id = ${evaluation.id}::uuid AND status = 'open' RETURNING "memberKey"`;
  if (!locked) throw closedRefusal();
  const existing = await ctx.tx.evaluationMember.findMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id }, select: { userId: true, groupId: true } });
  const counters = await ctx.tx.evaluationGroup.findFirstOrThrow({ where: { tenantId: ctx.tenant.id, id: group.id }, select: { size: true, codesIssued: true, codesCancelled: true } });
  const issues = memberAddIssues({ group: { name: group.evaluatorGroup.name, ...counters }, userIds: input.userIds, alreadyMembers: new Set(existing.map((m) => m.userId)) });
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));

  // Earlier members whose code is unspent (they have not voted): their codes are written anew under the new key.
  const oldKey = locked.memberKey - 1;
  const oldHashes = existing.map((m) => ({ ...m, hash: memberCodeHash(secret, evaluation.id, m.userId, oldKey) }));
  const unspent = await ctx.tx.ballotCode.findMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, serial: null, codeHash: { in: oldHashes.map((m) => m.hash) } }, select: { codeHash: true } });
  const unspentSet = new Set(unspent.map((c) => Buffer.from(c.codeHash).toString('hex')));
  const waiting = oldHashes.filter((m) => unspentSet.has(Buffer.from(m.hash).toString('hex')));
  await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, serial: null, codeHash: { in: waiting.map((m) => m.hash) } } });

  const added = [...input.userIds].sort();
  await ctx.tx.evaluationMember.createMany({ data: added.map((userId) => ({ tenantId: ctx.tenant.id, evaluationId: evaluation.id, groupId: group.id, userId })) });
  const codes = shuffled([...waiting, ...added.map((userId) => ({ userId, groupId: group.id }))], randomInt);
  const issuedOn = dateOf(ctx.clock.today);
  await ctx.tx.ballotCode.createMany({ data: codes.map((c) => ({ tenantId: ctx.tenant.id, evaluationId: evaluation.id, groupId: c.groupId, serial: null, codeHash: memberCodeHash(secret, evaluation.id, c.userId, locked.memberKey), issuedOn })) });
  // A member's code is an issued code: the group's size bounds printed codes and members together (checked again under the counter's lock).
  const [counted] = await ctx.tx.$queryRaw<[{ codesIssued: number; codesCancelled: number; size: number }]>`
    UPDATE "EvaluationGroup" SET "codesIssued" = "codesIssued" + ${added.length}
    WHERE "tenantId" = ${ctx.tenant.id}::uuid AND id = ${group.id}::uuid RETURNING "codesIssued", "codesCancelled", size`;
  if (counted.codesIssued - counted.codesCancelled > counted.size) {
    throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评主体的票数已满，请刷新后重试', en: 'This group is full; reload and try again' });
  }
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'add_members', entity: 'EvaluationGroup', entityId: group.id, after: { evaluationId: evaluation.id, userIds: added, codesRewritten: waiting.length } });
  return { evaluationId: evaluation.id, groupId: group.id, added: added.length };
}

/**
 * A member taken off the list before they voted: their code is void (counted as cancelled). One who
 * voted cannot be removed (their ballot cannot be found to take back), which the office learns for
 * that one person, as a signed paper list would tell it.
 */
export async function removeMember(ctx: BallotCtx, input: z.infer<typeof evaluationMemberRemoveSchema>) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  const member = await ctx.tx.evaluationMember.findFirst({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, userId: input.userId } });
  if (!member) throw notFound();
  if (evaluation.status !== 'open') throw closedRefusal();
  const [locked] = await ctx.tx.$queryRaw<[{ memberKey: number }]>`
    SELECT "memberKey" FROM "DemocraticEvaluation" WHERE "tenantId" = ${ctx.tenant.id}::uuid AND id = ${evaluation.id}::uuid FOR UPDATE`;
  const removed = await ctx.tx.ballotCode.deleteMany({ where: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, serial: null, codeHash: memberCodeHash(secret, evaluation.id, input.userId, locked.memberKey) } });
  if (removed.count === 0) throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该成员已投票，不能移出', en: 'This member has voted and cannot be removed' });
  await ctx.tx.evaluationMember.delete({ where: { tenantId_evaluationId_userId: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, userId: input.userId } } });
  await ctx.tx.evaluationGroup.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: member.groupId } }, data: { codesCancelled: { increment: 1 } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'remove_member', entity: 'EvaluationGroup', entityId: member.groupId, after: { evaluationId: evaluation.id, userId: input.userId } });
  return { evaluationId: evaluation.id, userId: input.userId };
}
