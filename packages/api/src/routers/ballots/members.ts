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
 * not yet voted, not to the ones it added. One way in both homes (`store.ts`): a township's
 * accounts in its evaluations, a county department's accounts in its county-home evaluation.
 */

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const groupEntity = (ctx: BallotCtx) => (ctx.store.home === 'county' ? 'CountyEvaluationGroup' : 'EvaluationGroup');

/** The members of each group, by name; nothing says who has voted. */
export async function listMembers(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  return ctx.store.members(evaluation.id);
}

/** Accounts that may be listed and are not members of this evaluation yet. */
export async function memberCandidates(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  const taken = new Set((await ctx.store.members(evaluation.id)).map((m) => m.userId));
  return (await ctx.store.accounts(evaluation)).filter((u) => !taken.has(u.id));
}

export async function addMembers(ctx: BallotCtx, input: z.infer<typeof evaluationMembersAddSchema>) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  const evaluation = await findEvaluation(ctx, input.evaluationId);
  if (evaluation.status !== 'open') throw closedRefusal();
  const group = await findGroup(ctx, evaluation.id, input.groupId);
  // Another township's or department's user, a disabled one, a random id: not found alike.
  const accounts = await ctx.store.accounts(evaluation, [...new Set(input.userIds)]);
  if (accounts.length !== new Set(input.userIds).size) throw notFound();
  // The evaluation's row lock orders this with casts (they read the key under a share lock) and other additions.
  const memberKey = await ctx.store.bumpMemberKey(evaluation.id);
  if (memberKey === null) throw closedRefusal();
  const existing = await ctx.store.members(evaluation.id);
  const counters = await findGroup(ctx, evaluation.id, group.id);
  const issues = memberAddIssues({ group: { name: group.evaluatorGroup.name, size: counters.size, codesIssued: counters.codesIssued, codesCancelled: counters.codesCancelled }, userIds: input.userIds, alreadyMembers: new Set(existing.map((m) => m.userId)) });
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));

  // Earlier members whose code is unspent (they have not voted): their codes are written anew under the new key.
  const oldKey = memberKey - 1;
  const oldHashes = existing.map((m) => ({ userId: m.userId, groupId: m.groupId, hash: memberCodeHash(secret, evaluation.id, m.userId, oldKey) }));
  const unspent = await ctx.store.unspentMemberCodes(evaluation.id, oldHashes.map((m) => m.hash));
  const waiting = oldHashes.filter((m) => unspent.has(hex(m.hash)));
  await ctx.store.deleteMemberCodes(evaluation.id, waiting.map((m) => m.hash));

  const added = [...input.userIds].sort();
  await ctx.store.addMemberRows(evaluation.id, group.id, added);
  const codes = shuffled([...waiting, ...added.map((userId) => ({ userId, groupId: group.id }))], randomInt);
  const issuedOn = dateOf(ctx.clock.today);
  await ctx.store.insertCodes(codes.map((c) => ({ evaluationId: evaluation.id, groupId: c.groupId, serial: null, codeHash: memberCodeHash(secret, evaluation.id, c.userId, memberKey), issuedOn })));
  // A member's code is an issued code: the group's size bounds printed codes and members together (checked again under the counter's lock).
  const counted = await ctx.store.addIssued(group.id, added.length);
  if (counted.codesIssued - counted.codesCancelled > counted.size) {
    throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评主体的票数已满，请刷新后重试', en: 'This group is full; reload and try again' });
  }
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'add_members', entity: groupEntity(ctx), entityId: group.id, after: { evaluationId: evaluation.id, userIds: added, codesRewritten: waiting.length } });
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
  const member = await ctx.store.member(evaluation.id, input.userId);
  if (!member) throw notFound();
  if (evaluation.status !== 'open') throw closedRefusal();
  const locked = await ctx.store.lockMemberKey(evaluation.id, 'update');
  const removed = await ctx.store.deleteMemberCodes(evaluation.id, [memberCodeHash(secret, evaluation.id, input.userId, locked.memberKey)]);
  if (removed === 0) throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该成员已投票，不能移出', en: 'This member has voted and cannot be removed' });
  await ctx.store.removeMemberRow(evaluation.id, input.userId);
  await ctx.store.addCancelled(member.groupId);
  await audit(ctx, { tenantId: ctx.store.auditTenantId, action: 'remove_member', entity: groupEntity(ctx), entityId: member.groupId, after: { evaluationId: evaluation.id, userId: input.userId } });
  return { evaluationId: evaluation.id, userId: input.userId };
}
