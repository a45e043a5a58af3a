import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES, type BallotContent } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * The last parts of issue 14 (decision 65 §5–6, docs/decisions-deputies4.md): a township admin
 * links an existing staff account to a deputy (and unlinks it), and a signed-in deputy votes in a
 * democratic evaluation without a printed code, one ballot each, as anonymous as a code ballot.
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
    data: { countyId: tenant.countyId, title, subjectKind: 'leadership_team', periodKind: 'year', year: 2025, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: groups } },
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

describe('ballots for signed-in deputies', () => {
  it('one vote each, a ballot with no link to the voter, counted in the turnout', async () => {
    const { evaluation, subjectId } = await evaluationWithDeputies('2025年度领导班子测评（代表在线投票）');
    const vote = (grade: string): BallotContent => [{ subjectId, answer: { mark: 'grade', grade }, items: [] }];
    const deputy = stack.client('xikou.deputy', { tenantId: xikou });
    const deputyUser = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.deputy' } });

    const listed = (await deputy.deputyWorkspace.ballots.list.query()).find((b) => b.id === evaluation.id);
    expect(listed).toMatchObject({ groupName: '人大代表', voted: false, status: 'open' });
    const form = await deputy.deputyWorkspace.ballots.get.query({ evaluationId: evaluation.id });
    expect(form.subjects).toEqual([{ id: subjectId, name: '溪口镇领导班子' }]);

    // A subject not on the ballot: a field error, nothing stored.
    const wrong = await failure(deputy.deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: [{ subjectId: crypto.randomUUID(), answer: { mark: 'grade', grade: '优秀' }, items: [] }] }));
    expect(wrong.data?.fieldIssues?.[0]).toMatchObject({ path: 'answers.0.subjectId', message: { zh: expect.any(String), en: expect.any(String) } });
    expect(await stack.ownerDb.ballotVoter.count({ where: { evaluationId: evaluation.id } })).toBe(0);

    expect(await deputy.deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') })).toEqual({ id: evaluation.id, voted: true });
    const again = await failure(deputy.deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('不合格') }));
    expect(again.data?.code).toBe('CONFLICT');
    expect(again.data?.messages).toMatchObject({ zh: expect.stringContaining('已投过票'), en: expect.stringContaining('already voted') });
    expect((await deputy.deputyWorkspace.ballots.get.query({ evaluationId: evaluation.id })).voted).toBe(true);

    // Two casts at once by another deputy: exactly one ballot.
    const deputy2 = stack.client('xikou.deputy2', { tenantId: xikou });
    const both = await Promise.allSettled([0, 1].map(() => deputy2.deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') })));
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);

    // Turnout: the deputies group issued two codes (one per vote), both spent.
    const staff = stack.client('xikou.staff', { tenantId: xikou });
    const turnout = (await staff.ballots.turnout.query({ evaluationId: evaluation.id })).groups.find((g) => g.kind === 'deputies')!;
    expect(turnout).toMatchObject({ issued: 2, cast: 2, unused: 0, rate: 1 });
    expect(await stack.ownerDb.ballotCode.count({ where: { evaluationId: evaluation.id } })).toBe(0);

    // The ballot rows: no user, no code, a day only; the voter rows: that they voted, nothing else.
    const columns = await stack.ownerDb.$queryRaw<Array<{ column_name: string }>>`SELECT column_name FROM information_schema.columns WHERE table_name = 'Ballot' ORDER BY 1`;
    expect(columns.map((c) => c.column_name)).toEqual(['castOn', 'content', 'evaluationId', 'groupId', 'id', 'tenantId']);
    const voterColumns = await stack.ownerDb.$queryRaw<Array<{ column_name: string }>>`SELECT column_name FROM information_schema.columns WHERE table_name = 'BallotVoter' ORDER BY 1`;
    expect(voterColumns.map((c) => c.column_name)).toEqual(['evaluationId', 'tenantId', 'userId']);
    const ballots = await stack.ownerDb.$queryRaw<Array<{ content: unknown; castOn: Date }>>`SELECT content, "castOn" FROM "Ballot" WHERE "evaluationId" = ${evaluation.id}::uuid`;
    expect(ballots).toHaveLength(2);
    for (const b of ballots) expect(JSON.stringify(b.content)).not.toContain(deputyUser.id);
    // No audit entry ties the deputy to the evaluation; the ballots' entries are by nobody, stamped with the day.
    expect(await stack.ownerDb.auditLog.count({ where: { actorId: deputyUser.id, entityId: evaluation.id } })).toBe(0);
    const castEntries = await stack.ownerDb.auditLog.findMany({ where: { action: 'ballot_cast', entityId: evaluation.id } });
    expect(castEntries.map((e) => e.actorId)).toEqual([null, null]);

    // A deputy who left office, another township's deputy, an evaluation without a deputies group.
    const former = await failure(stack.client('xikou.former', { tenantId: xikou }).deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }));
    expect(former.data?.messages.zh).toContain('代表职务已终止');
    const longtanDeputy = stack.client('longtan.deputy', { tenantId: longtan });
    expect(await code(longtanDeputy.deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');
    expect(await code(longtanDeputy.deputyWorkspace.ballots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
    expect((await longtanDeputy.deputyWorkspace.ballots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(stack.client('longtan.deputy', { tenantId: xikou }).deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('FORBIDDEN');
    const { evaluation: staffOnly } = await evaluationWithDeputies('只有职工代表的测评', false);
    expect(await code(deputy.deputyWorkspace.ballots.cast.mutate({ evaluationId: staffOnly.id, answers: vote('优秀') }))).toBe('NOT_FOUND');
    // The office's staff are not deputies here.
    expect(await code(staff.deputyWorkspace.ballots.list.query())).toBe('FORBIDDEN');

    // Closed: the voters stay (rewritten by the closing transaction), no further vote.
    await staff.ballots.close.mutate({ evaluationId: evaluation.id });
    expect(await stack.ownerDb.ballotVoter.count({ where: { evaluationId: evaluation.id } })).toBe(2);
    const closed = await failure(stack.client('xikou.deputy2', { tenantId: xikou }).deputyWorkspace.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') }));
    expect(closed.data?.code).toBe('CONFLICT');
  });
});
