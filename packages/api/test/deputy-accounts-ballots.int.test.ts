import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES, type BallotContent } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';
import { expectBallotsNameNobody } from './lib/ballot-anonymity';
import { rawCall } from './lib/raw-call';

/**
 * The last parts of issue 14 (decision 65 §5–6, decision 67): a township admin
 * links an existing staff account to a deputy (and unlinks it), and a signed-in member of an
 * evaluation's group votes without a printed code, one ballot each, as anonymous as a code ballot
 * (docs/decisions.md, 71).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
});
afterAll(() => stack?.close());

const admin = () => stack.client('xikou.admin', { tenantId: xikou });
const code = async (call: Promise<unknown>) => (await failure(call)).data?.code;

async function waitForIdp(username: string) {
  for (let i = 0; i < 100 && !stack.idp.users.getByUsername(username); i++) await new Promise((r) => setTimeout(r, 50));
  expect(stack.idp.users.getByUsername(username)).toBeDefined();
}

/** A serving deputy of the township without an account (the demo roster is random). */
async function unlinkedServingDeputy(tenantId: string, skip: string[] = []) {
  const held = (await stack.ownerDb.membership.findMany({ where: { tenantId, role: 'deputy' }, select: { deputyId: true } })).map((m) => m.deputyId!);
  return stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId, status: 'serving', id: { notIn: [...held, ...skip] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

describe('linking a staff account to a deputy', () => {
  it('links, lets the account work as the deputy, refuses the rest, unlinks', async () => {
    const created = await admin().users.create.mutate({ username: 'xikou.clerk', displayName: '何文', memberships: [{ role: 'township_staff', tenantId: xikou }] });
    await waitForIdp('xikou.clerk');
    const clerk = stack.client('xikou.clerk', { tenantId: xikou });
    expect(await code(clerk.deputyWorkspace.profile.query())).toBe('FORBIDDEN');
    const deputy = await unlinkedServingDeputy(xikou);

    expect((await admin().deputies.linkableUsers.query()).map((u) => u.username)).toContain('xikou.clerk');
    const linked = await admin().deputies.linkAccount.mutate({ deputyId: deputy.id, userId: created.id });
    expect(linked).toMatchObject({ username: 'xikou.clerk', alreadyLinked: false });
    // Office work and the deputy's workspace, in the same township.
    expect((await clerk.deputyWorkspace.profile.query()).name).toBe(deputy.name);
    await clerk.deputies.list.query({ page: 1, pageSize: 5 });
    expect((await admin().deputies.accounts.query()).find((d) => d.id === deputy.id)?.username).toBe('xikou.clerk');
    expect((await admin().deputies.linkableUsers.query()).map((u) => u.username)).not.toContain('xikou.clerk');
    const audit = await stack.ownerDb.auditLog.findFirst({ where: { tenantId: xikou, action: 'link_deputy', entityId: created.id } });
    expect(audit?.after).toMatchObject({ deputyId: deputy.id });
    // The users screen saving the account's office roles keeps the deputy role it did not send.
    const seen = await admin().users.get.query({ id: created.id });
    await admin().users.setMemberships.mutate({ id: created.id, version: seen.version, memberships: [{ role: 'township_staff', tenantId: xikou }] });
    expect((await clerk.deputyWorkspace.profile.query()).name).toBe(deputy.name);
    // Again: nothing changes.
    expect(await admin().deputies.linkAccount.mutate({ deputyId: deputy.id, userId: created.id })).toMatchObject({ alreadyLinked: true });

    // A deputy linked to another account: CONFLICT.
    const other = await admin().users.create.mutate({ username: 'xikou.clerk2', displayName: '何武', memberships: [{ role: 'township_staff', tenantId: xikou }] });
    const taken = await failure(admin().deputies.linkAccount.mutate({ deputyId: deputy.id, userId: other.id }));
    expect(taken.data?.code).toBe('CONFLICT');
    expect(taken.data?.messages.zh).toContain('已关联其他账号');
    // The same account to a second deputy: refused on userId.
    const second = await unlinkedServingDeputy(xikou, [deputy.id]);
    const twice = await failure(admin().deputies.linkAccount.mutate({ deputyId: second.id, userId: created.id }));
    expect(twice.data?.fieldIssues?.[0]).toMatchObject({ path: 'userId', field: { zh: '账号', en: 'Account' } });
    // A deputy who left office: refused on deputyId, in both languages.
    const left = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: { in: ['resigned', 'removed', 'deceased'] } }, select: { id: true } });
    const gone = await failure(admin().deputies.linkAccount.mutate({ deputyId: left.id, userId: other.id }));
    expect(gone.data?.code).toBe('BAD_REQUEST');
    expect(gone.data?.fieldIssues?.[0]).toMatchObject({ path: 'deputyId', message: { zh: expect.stringContaining('已不在任'), en: expect.stringContaining('left office') } });
    // Another township's user or deputy is as unknown as a random id.
    const longtanAdmin = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'longtan.admin' } });
    const longtanDeputy = await unlinkedServingDeputy(longtan);
    expect(await code(admin().deputies.linkAccount.mutate({ deputyId: second.id, userId: longtanAdmin.id }))).toBe('NOT_FOUND');
    expect(await code(admin().deputies.linkAccount.mutate({ deputyId: second.id, userId: crypto.randomUUID() }))).toBe('NOT_FOUND');
    expect(await code(admin().deputies.linkAccount.mutate({ deputyId: longtanDeputy.id, userId: other.id }))).toBe('NOT_FOUND');
    expect(await code(admin().deputies.linkAccount.mutate({ deputyId: crypto.randomUUID(), userId: other.id }))).toBe('NOT_FOUND');
    // Staff without user administration cannot link.
    expect(await code(stack.client('xikou.staff', { tenantId: xikou }).deputies.linkAccount.mutate({ deputyId: second.id, userId: other.id }))).toBe('FORBIDDEN');
    // Bad input names the field.
    const bad = await failure(admin().deputies.linkAccount.mutate({ deputyId: 'x', userId: other.id }));
    expect(bad.data?.fieldIssues?.[0]).toMatchObject({ path: 'deputyId', field: { zh: '代表' } });

    // The deputy's own (invited) account is not unlinked; a staff account is.
    const own = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'xikou.deputy' }, role: 'deputy' } });
    const keep = await failure(admin().deputies.unlinkAccount.mutate({ deputyId: own.deputyId! }));
    expect(keep.data?.fieldIssues?.[0]).toMatchObject({ path: 'deputyId', message: { zh: expect.stringContaining('代表本人的账号') } });
    await admin().deputies.unlinkAccount.mutate({ deputyId: deputy.id });
    expect(await code(clerk.deputyWorkspace.profile.query())).toBe('FORBIDDEN');
    await clerk.deputies.list.query({ page: 1, pageSize: 5 });
    expect(await stack.ownerDb.auditLog.count({ where: { tenantId: xikou, action: 'unlink_deputy', entityId: created.id } })).toBe(1);
    expect(await code(admin().deputies.unlinkAccount.mutate({ deputyId: deputy.id }))).toBe('BAD_REQUEST');
  });
});

const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

/** An open county campaign over xikou's leadership with a deputies group (人大代表) beside the staff representatives. */
async function evaluationWithDeputies(title: string, withDeputies = true) {
  const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
  const groups = [
    { kind: 'staff_reps' as const, name: '职工代表', weight: 60, position: 0 },
    ...(withDeputies ? [{ kind: 'deputies' as const, name: '人大代表', weight: 40, position: 1 }] : []),
  ];
  const campaign = await stack.ownerDb.appraisalCampaign.create({
    data: { countyId: tenant.countyId, ownerTenantId: xikou, title, subjectKind: 'leadership_team', periodKind: 'year', year: 2025, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: groups } },
    include: { evaluatorGroups: true },
  });
  const subject = await stack.ownerDb.appraisalSubject.create({ data: { tenantId: xikou, campaignId: campaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
  const staff = stack.client('xikou.staff', { tenantId: xikou });
  const evaluation = await staff.ballots.create.mutate({
    campaignId: campaign.id,
    heldOn: '2026-01-15',
    gradePoints: [100, 80, 60, 0],
    groups: campaign.evaluatorGroups.map((g) => ({ groupId: g.id, size: g.kind === 'deputies' ? 3 : 10 })),
  });
  return { evaluation, subjectId: subject.id };
}

/** The xmin (writing transaction) of each row of a table, by a condition on it. */
async function xmins(sql: string, ...values: unknown[]) {
  return (await stack.ownerDb.$queryRawUnsafe<Array<{ x: string }>>(sql, ...values)).map((r) => r.x);
}

describe('ballots for signed-in members', () => {
  it('staff representatives and deputies listed by the office vote signed in, one ballot each, sharing no transaction with anything naming them', async () => {
    const { evaluation, subjectId } = await evaluationWithDeputies('2025年度领导班子测评（成员在线投票）');
    const vote = (grade: string): BallotContent => [{ subjectId, answer: { mark: 'grade', grade }, items: [] }];
    const staff = stack.client('xikou.staff', { tenantId: xikou });
    const groups = (await staff.ballots.get.query({ evaluationId: evaluation.id })).groups;
    const staffReps = groups.find((g) => g.kind === 'staff_reps')!;
    const deputies = groups.find((g) => g.kind === 'deputies')!;
    const userOf = (username: string) => stack.ownerDb.user.findUniqueOrThrow({ where: { username } });
    type User = Awaited<ReturnType<typeof userOf>>;
    // A staff representative who is not a deputy (the township's handler), a grid worker, two deputies.
    const [handler, grid, deputy, deputy2] = (await Promise.all(['xikou.handler', 'xikou.grid', 'xikou.deputy', 'xikou.deputy2'].map(userOf))) as [User, User, User, User];
    const rep = stack.client('xikou.handler', { tenantId: xikou });

    // Not a member yet: nothing to see or cast.
    expect((await rep.myBallots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(rep.myBallots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
    expect(await code(rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');

    // The office picks accounts of the township; another township's, a disabled one, a random id: not found alike.
    const candidates = (await staff.ballots.memberCandidates.query({ evaluationId: evaluation.id })).map((u) => u.username);
    expect(candidates).toEqual(expect.arrayContaining(['xikou.handler', 'xikou.grid', 'xikou.deputy']));
    expect(candidates).not.toContain('longtan.admin');
    const longtanAdmin = await userOf('longtan.admin');
    const disabled = await admin().users.create.mutate({ username: 'xikou.leaver', displayName: '离职者', memberships: [{ role: 'township_handler', tenantId: xikou }] });
    await stack.ownerDb.user.update({ where: { id: disabled.id }, data: { enabled: false } });
    for (const userId of [longtanAdmin.id, disabled.id, crypto.randomUUID()]) {
      expect(await code(staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [userId] }))).toBe('NOT_FOUND');
    }
    expect(await code(staff.ballots.addMembers.mutate({ evaluationId: crypto.randomUUID(), groupId: staffReps.groupId, userIds: [handler.id] }))).toBe('NOT_FOUND');
    const bad = await failure(staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: ['x'] }));
    expect(bad.data?.fieldIssues?.[0]).toMatchObject({ path: 'userIds.0', field: { zh: '成员账号', en: 'Member accounts' } });
    expect(await code(rep.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [handler.id] }))).toBe('FORBIDDEN');

    // Two batches into the staff representatives (the second writes the first one's code anew), one into the deputies.
    await staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [handler.id] });
    const twice = await failure(staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: deputies.groupId, userIds: [handler.id] }));
    expect(twice.data?.fieldIssues?.[0]).toMatchObject({ path: 'userIds.0', message: { zh: expect.stringContaining('已是本次测评的成员'), en: expect.stringContaining('already a member') } });
    await staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [grid.id] });
    await staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: deputies.groupId, userIds: [deputy.id, deputy2.id] });
    // The group's size bounds printed codes and members together: 3 deputies, 2 members, 1 printed code, no more.
    await staff.ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: deputies.groupId, count: 1 });
    const full = await failure(staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: deputies.groupId, userIds: [(await userOf('xikou.admin')).id] }));
    expect(full.data?.fieldIssues?.[0]).toMatchObject({ path: 'userIds', message: { zh: expect.stringContaining('最多还能加 0 人'), en: expect.stringContaining('at most 0 more') } });
    expect(await code(staff.ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: deputies.groupId, count: 1 }))).toBe('BAD_REQUEST');
    expect((await staff.ballots.members.query({ evaluationId: evaluation.id })).map((m) => m.username).sort()).toEqual(['xikou.deputy', 'xikou.deputy2', 'xikou.grid', 'xikou.handler']);
    // Members' codes have no number: the office cannot cancel one as a printed code.
    expect((await staff.ballots.get.query({ evaluationId: evaluation.id })).unusedCodes.map((c) => c.groupId)).toEqual([deputies.groupId]);
    // The code rows a batch wrote are every waiting member's of the group, never only the one it added.
    const codeXmins = await xmins(`SELECT xmin::text AS x FROM "BallotCode" WHERE "evaluationId" = $1::uuid AND "groupId" = $2::uuid AND serial IS NULL`, evaluation.id, staffReps.groupId);
    expect(codeXmins).toHaveLength(2);
    expect(new Set(codeXmins).size).toBe(1);

    const listed = (await rep.myBallots.list.query()).find((b) => b.id === evaluation.id);
    expect(listed).toMatchObject({ groupName: '职工代表', voted: false, status: 'open' });
    expect((await rep.myBallots.get.query({ evaluationId: evaluation.id })).subjects).toEqual([{ id: subjectId, name: '溪口镇领导班子' }]);

    // A subject not on the ballot: a field error, nothing stored.
    const ballotsNow = () => stack.ownerDb.ballot.count({ where: { evaluationId: evaluation.id } });
    const wrong = await failure(rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: [{ subjectId: crypto.randomUUID(), answer: { mark: 'grade', grade: '优秀' }, items: [] }] }));
    expect(wrong.data?.fieldIssues?.[0]).toMatchObject({ path: 'answers.0.subjectId', message: { zh: expect.any(String), en: expect.any(String) } });
    expect(await ballotsNow()).toBe(0);
    // An Idempotency-Key would be stored with the voter's id in the ballot's transaction: refused.
    const keyed = await rawCall(stack.apiUrl, 'myBallots.cast', 'mutation', { evaluationId: evaluation.id, answers: vote('优秀') }, { authorization: `Bearer ${await stack.tokenFor('xikou.handler')}`, 'x-tenant-id': xikou, 'idempotency-key': crypto.randomUUID() });
    expect(keyed.status).toBe(400);
    expect(await ballotsNow()).toBe(0);

    expect(await rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') })).toEqual({ id: evaluation.id, voted: true });
    const again = await failure(rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('不合格') }));
    expect(again.data?.code).toBe('CONFLICT');
    expect(again.data?.messages).toMatchObject({ zh: expect.stringContaining('已投过票'), en: expect.stringContaining('already voted') });
    expect(await ballotsNow()).toBe(1);
    expect((await rep.myBallots.get.query({ evaluationId: evaluation.id })).voted).toBe(true);
    // A member who voted stays on the list.
    expect(await code(staff.ballots.removeMember.mutate({ evaluationId: evaluation.id, userId: handler.id }))).toBe('CONFLICT');

    // Two casts at once by a deputy: exactly one ballot.
    const deputyClient = stack.client('xikou.deputy2', { tenantId: xikou });
    const both = await Promise.allSettled([0, 1].map(() => deputyClient.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') })));
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await ballotsNow()).toBe(2);
    // Members added after some voted: the waiting codes are written anew, the voted stay voted.
    const extra = await admin().users.create.mutate({ username: 'xikou.rep3', displayName: '职工甲', memberships: [{ role: 'township_handler', tenantId: xikou }] });
    await staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [extra.id] });
    expect((await rep.myBallots.get.query({ evaluationId: evaluation.id })).voted).toBe(true);
    expect((await stack.client('xikou.grid', { tenantId: xikou }).myBallots.get.query({ evaluationId: evaluation.id })).voted).toBe(false);
    // Taken off before voting: the code is void, counted as cancelled; not a member any more.
    await staff.ballots.removeMember.mutate({ evaluationId: evaluation.id, userId: extra.id });
    expect(await code(staff.ballots.removeMember.mutate({ evaluationId: evaluation.id, userId: extra.id }))).toBe('NOT_FOUND');
    await stack.client('xikou.grid', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') });

    // Turnout, live: the staff representatives were given 3 codes (members), 1 cancelled, 2 cast.
    const turnout = (await staff.ballots.turnout.query({ evaluationId: evaluation.id })).groups;
    expect(turnout.find((g) => g.kind === 'staff_reps')).toMatchObject({ issued: 3, cancelled: 1, cast: 2, unused: 0, rate: 1 });
    expect(turnout.find((g) => g.kind === 'deputies')).toMatchObject({ issued: 3, cast: 1, unused: 2 });
    // Below the threshold (5): no figures.
    const tally = await staff.ballots.tally.query({ evaluationId: evaluation.id });
    expect(tally.results[0]!.groups.every((g) => !g.shown)).toBe(true);

    // The database, read directly: no ballot row was written by a transaction that wrote (or locked) any row naming a user.
    await expectBallotsNameNobody(stack, evaluation.id, 3);
    for (const id of [handler.id, deputy2.id, grid.id]) expect(await stack.ownerDb.auditLog.count({ where: { actorId: id, entityId: evaluation.id } })).toBe(0);
    expect(await stack.ownerDb.$queryRaw<unknown[]>`SELECT 1 FROM information_schema.tables WHERE table_name = 'BallotVoter'`).toEqual([]);

    // Another township's user sees nothing; someone with no member row (a deputy not listed) neither.
    const longtanDeputy = stack.client('longtan.deputy', { tenantId: longtan });
    expect(await code(longtanDeputy.myBallots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
    expect((await longtanDeputy.myBallots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(stack.client('longtan.deputy', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('FORBIDDEN');
    expect(await code(staff.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');

    // Closed: the unspent codes are void, nobody can tell who voted, no further vote.
    await staff.ballots.close.mutate({ evaluationId: evaluation.id });
    expect((await deputyClient.myBallots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ status: 'closed', voted: null });
    const closed = await failure(stack.client('xikou.deputy', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') }));
    expect(closed.data?.code).toBe('CONFLICT');
    expect(await code(staff.ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps.groupId, userIds: [extra.id] }))).toBe('CONFLICT');
  });
});
