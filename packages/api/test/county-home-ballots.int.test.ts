import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES, type BallotContent } from '@pcs/domain';
import { applyScope, countyReadScope, tenantScope, withCounty } from '@pcs/db';
import { failure, startTestStack, type TestStack } from './harness';
import { expectBallotsNameNobody } from './lib/ballot-anonymity';

/**
 * Democratic evaluation of county departments in the county home (decision 79, designed in 73
 * §2): the standing committee sets it up per campaign and department, lists the department's
 * accounts, who vote signed in (`countyDeptAppraisal.ballots`), others with printed codes on the
 * public page's county path; turnout, the threshold, closing into the county home's phase score;
 * the database read directly: no ballot row shares a transaction with a row naming a user, and
 * row-level security under a township's and a department's scope.
 */
let stack: TestStack;
let xikou: string;
let countyId: string;
const departments: Record<string, string> = {};
const county = () => stack.client('county');
const transport = () => stack.client('transport');
const year = 2037;
beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  countyId = (await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } })).countyId;
  for (const d of await stack.ownerDb.countyDepartment.findMany({ where: { countyId } })) departments[d.code] = d.id;
});
afterAll(() => stack?.close());

const code = async (call: Promise<unknown>) => (await failure(call)).data?.code;
const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

/** An open county-home campaign over two departments' leadership teams, arranged behind the API. */
async function arrange(title: string) {
  const campaign = await stack.ownerDb.appraisalCampaign.create({
    data: { countyId, ownerTenantId: null, countyHome: true, title, subjectKind: 'leadership_team', periodKind: 'year', year, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) } },
    include: { evaluatorGroups: true },
  });
  const subject = await stack.ownerDb.countyAppraisalSubject.create({ data: { countyId, campaignId: campaign.id, kind: 'leadership_team', countyDepartmentId: departments['transport']!, name: '县交通运输局领导班子' } });
  await stack.ownerDb.countyAppraisalSubject.create({ data: { countyId, campaignId: campaign.id, kind: 'leadership_team', countyDepartmentId: departments['ecology']!, name: '县生态环境局领导班子' } });
  return { campaign, subject, groupId: (name: string) => campaign.evaluatorGroups.find((g) => g.name === name)!.id };
}

/** Runs fn as another department's user: the transport user's membership moved for the call, then back. */
async function asDepartment<T>(departmentCode: string, fn: () => Promise<T>): Promise<T> {
  const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'transport' }, role: 'county_dept_handler' } });
  await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: departments[departmentCode] } });
  try {
    return await fn();
  } finally {
    await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: membership.departmentId } });
  }
}

async function publicCall(path: string, body?: unknown) {
  const res = await fetch(`${stack.apiUrl}/ballot/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('department ballots in the county home', () => {
  it('set up by the standing committee; the department’s account votes once signed in, printed codes on the county path; nothing names a voter', async () => {
    const { campaign, subject, groupId } = await arrange(`${year}年度县直部门领导班子民主测评`);
    const offered = await county().countyHomeBallots.departments.query({ campaignId: campaign.id });
    expect(offered.departments.map((d) => d.name).sort()).toEqual(['县交通运输局', '县生态环境局'].sort());
    expect(offered.departments.find((d) => d.countyDepartmentId === departments['transport'])!.groups.find((g) => g.kind === 'staff_reps')).toMatchObject({ range: { min: 8, max: 10 } });

    const setup = { campaignId: campaign.id, countyDepartmentId: departments['transport']!, heldOn: `${year}-01-15`, gradePoints: [100, 80, 60, 0], groups: [{ groupId: groupId('职工代表'), size: 8 }, { groupId: groupId('中层干部'), size: 5 }] };
    // Not the township's or the department's to set up; a random department is not found.
    expect(await code(stack.client('xikou.staff', { tenantId: xikou }).countyHomeBallots.create.mutate(setup))).toBe('FORBIDDEN');
    expect(await code(transport().countyHomeBallots.create.mutate(setup))).toBe('FORBIDDEN');
    expect(await code(county().countyHomeBallots.create.mutate({ ...setup, countyDepartmentId: crypto.randomUUID() }))).toBe('NOT_FOUND');
    const evaluation = await county().countyHomeBallots.create.mutate(setup);
    expect(evaluation).toMatchObject({ countyDepartmentId: departments['transport'], publicPath: `county/${countyId}/${evaluation.id}`, subjects: [{ id: subject.id, name: '县交通运输局领导班子' }] });
    expect(await code(county().countyHomeBallots.create.mutate(setup))).toBe('CONFLICT');
    const staffReps = evaluation.groups.find((g) => g.name === '职工代表')!.groupId;
    const cadres = evaluation.groups.find((g) => g.name === '中层干部')!.groupId;
    const vote = (grade: string): BallotContent => [{ subjectId: subject.id, answer: { mark: 'grade', grade }, items: [] }];

    // Candidates: the department's own accounts only; another's, the county's staff, a township's or a random id are not found.
    const userOf = (username: string) => stack.ownerDb.user.findUniqueOrThrow({ where: { username } });
    const [transportUser, countyUser, xikouHandler] = await Promise.all(['transport', 'county', 'xikou.handler'].map(userOf));
    const candidates = (await county().countyHomeBallots.memberCandidates.query({ evaluationId: evaluation.id })).map((u) => u.username);
    expect(candidates).toEqual(['transport']);
    for (const userId of [countyUser!.id, xikouHandler!.id, crypto.randomUUID()]) {
      expect(await code(county().countyHomeBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [userId] }))).toBe('NOT_FOUND');
    }
    const bad = await failure(county().countyHomeBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: ['x'] }));
    expect(bad.data?.fieldIssues?.[0]).toMatchObject({ path: 'userIds.0', field: { zh: '成员账号', en: 'Member accounts' } });

    // Not listed yet: nothing to see or cast.
    expect((await transport().countyDeptAppraisal.ballots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(transport().countyDeptAppraisal.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');
    await county().countyHomeBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [transportUser!.id] });
    expect(await county().countyHomeBallots.members.query({ evaluationId: evaluation.id })).toEqual([{ groupId: staffReps, userId: transportUser!.id, username: 'transport', displayName: transportUser!.displayName }]);
    // Audited in the county's chain (no township), with the county user, never a code.
    const added = await stack.ownerDb.auditLog.findMany({ where: { tenantId: null, action: 'add_members', entityId: staffReps } });
    expect(added.map((a) => a.actorName)).toEqual(['county']);

    // The member votes once, signed in.
    expect((await transport().countyDeptAppraisal.ballots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ groupName: '职工代表', voted: false, status: 'open' });
    expect((await transport().countyDeptAppraisal.ballots.get.query({ evaluationId: evaluation.id })).subjects).toEqual([{ id: subject.id, name: '县交通运输局领导班子' }]);
    expect(await transport().countyDeptAppraisal.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') })).toEqual({ id: evaluation.id, voted: true });
    expect(await code(transport().countyDeptAppraisal.ballots.cast.mutate({ evaluationId: evaluation.id, answers: vote('不合格') }))).toBe('CONFLICT');
    expect((await transport().countyDeptAppraisal.ballots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ voted: true });
    expect(await code(county().countyHomeBallots.removeMember.mutate({ evaluationId: evaluation.id, userId: transportUser!.id }))).toBe('CONFLICT');
    // The department's user runs nothing of it.
    expect(await code(transport().countyHomeBallots.tally.query({ evaluationId: evaluation.id }))).toBe('FORBIDDEN');

    // Another department's user and a township's member see nothing of it.
    await asDepartment('ecology', async () => {
      expect(await code(transport().countyDeptAppraisal.ballots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
      expect((await transport().countyDeptAppraisal.ballots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    });
    expect(await code(stack.client('xikou.handler', { tenantId: xikou }).myBallots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
    expect(await code(stack.client('xikou.staff', { tenantId: xikou }).ballots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');

    // Printed codes on the public page's county path: 1 member + 4 codes make the staff representatives 5 (the threshold); one cadre.
    const printed = await county().countyHomeBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffReps, count: 4 });
    expect(printed.publicPath).toBe(`county/${countyId}/${evaluation.id}`);
    const cadreCode = (await county().countyHomeBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: cadres, count: 1 })).codes[0]!;
    expect(await code(county().countyHomeBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffReps, count: 4 }))).toBe('BAD_REQUEST');
    const summary = await publicCall(`county/${countyId}/${evaluation.id}`);
    expect(summary).toMatchObject({ status: 200, body: { title: campaign.title, status: 'open' } });
    expect(String(summary.body.township)).toContain('县交通运输局');
    // The township path does not know it; a code of it is refused there.
    expect((await publicCall(`${xikou}/${evaluation.id}`)).status).toBe(404);
    expect((await publicCall(`county/${countyId}/${evaluation.id}/open`, { code: printed.codes[0]!.code })).status).toBe(200);
    for (const c of printed.codes) expect((await publicCall(`county/${countyId}/${evaluation.id}/cast`, { code: c.code, answers: vote('合格') })).status).toBe(200);
    expect((await publicCall(`county/${countyId}/${evaluation.id}/cast`, { code: printed.codes[0]!.code, answers: vote('合格') })).status).toBe(403);
    expect((await publicCall(`county/${countyId}/${evaluation.id}/cast`, { code: cadreCode.code, answers: vote('基本合格') })).status).toBe(200);

    const turnout = (await county().countyHomeBallots.turnout.query({ campaignId: campaign.id }))[0]!;
    expect(turnout.department).toBe('县交通运输局');
    expect(turnout.groups.find((g) => g.groupId === staffReps)).toMatchObject({ issued: 5, cast: 5, unused: 0 });
    expect(turnout.groups.find((g) => g.groupId === cadres)).toMatchObject({ issued: 1, cast: 1 });
    const tally = await county().countyHomeBallots.tally.query({ evaluationId: evaluation.id });
    const groups = tally.results[0]!.groups;
    expect(groups.find((g) => g.groupId === staffReps)).toMatchObject({ shown: true });
    // One cadre voted: below the threshold (5), nothing of their vote is shown.
    expect(groups.find((g) => g.groupId === cadres)).toMatchObject({ shown: false });

    // The database, read directly: no ballot row shares a transaction with a row naming a user; a ballot holds its day only.
    await expectBallotsNameNobody(stack, evaluation.id, 6, 'county');
    const casts = await stack.ownerDb.auditLog.findMany({ where: { tenantId: null, action: 'ballot_cast', entityId: evaluation.id } });
    expect(casts.map((a) => a.actorId)).toEqual([null, null, null, null, null, null]);

    // Row-level security read directly as the application role.
    const read = (scope: Parameters<typeof applyScope>[1]) =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        return {
          evaluations: await tx.countyDemocraticEvaluation.count({ where: { id: evaluation.id } }),
          groups: await tx.countyEvaluationGroup.count({ where: { evaluationId: evaluation.id } }),
          codes: await tx.countyBallotCode.count({ where: { evaluationId: evaluation.id } }),
          members: await tx.countyEvaluationMember.count({ where: { evaluationId: evaluation.id } }),
        };
      });
    expect(await read(tenantScope(xikou))).toEqual({ evaluations: 0, groups: 0, codes: 0, members: 0 });
    expect(await read(withCounty(countyReadScope([]), countyId, departments['ecology']!))).toEqual({ evaluations: 0, groups: 0, codes: 0, members: 0 });
    expect(await read(withCounty(countyReadScope([]), countyId, departments['transport']!))).toEqual({ evaluations: 1, groups: 2, codes: 0, members: 1 });
    // Ballots: no direct read for anyone of the application role, not even the standing committee.
    await expect(stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, withCounty(countyReadScope([]), countyId));
      return tx.$queryRaw`SELECT count(*) FROM "CountyBallot"`;
    })).rejects.toThrow(/permission denied/);
    // A department cannot change its evaluation, nor tally it through the function.
    await expect(stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, withCounty(countyReadScope([]), countyId, departments['transport']!));
      await tx.countyDemocraticEvaluation.updateMany({ where: { id: evaluation.id }, data: { status: 'closed' } });
    })).rejects.toThrow(/row-level security/);
    const deptContents = await stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, withCounty(countyReadScope([]), countyId, departments['transport']!));
      return tx.$queryRaw<unknown[]>`SELECT * FROM county_ballot_contents(${evaluation.id}::uuid, 1)`;
    });
    expect(deptContents).toEqual([]);

    // Closed by the standing committee: the phase score in the county home; nobody can tell who voted; no more members.
    await county().countyHomeBallots.close.mutate({ evaluationId: evaluation.id });
    const phase = await stack.ownerDb.countyAppraisalPhaseScore.findFirstOrThrow({ where: { countyId, subjectId: subject.id, phase: 'democratic_evaluation' } });
    expect((phase.detail as { gradeVotes: Record<string, number> }).gradeVotes).toMatchObject({ 优秀: 1, 合格: 4 });
    expect(phase.score).not.toBeNull();
    expect((await transport().countyDeptAppraisal.ballots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ status: 'closed', voted: null });
    expect(await code(county().countyHomeBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [transportUser!.id] }))).toBe('CONFLICT');
    expect(await stack.ownerDb.countyBallotCode.count({ where: { evaluationId: evaluation.id } })).toBe(0);
  });

  it('a township campaign, a township’s evaluation and random ids are not found to the county-home procedures', async () => {
    const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
    const townshipCampaign = await stack.ownerDb.appraisalCampaign.create({
      data: { countyId: tenant.countyId, ownerTenantId: null, title: '县对乡镇的考核（非县直部门）', subjectKind: 'leadership_team', periodKind: 'year', year, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: [{ kind: 'staff_reps', name: '职工代表', weight: 100, position: 0 }] } },
      include: { evaluatorGroups: true },
    });
    await stack.ownerDb.appraisalSubject.create({ data: { tenantId: xikou, campaignId: townshipCampaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
    const townshipEvaluation = await county().countyBallots.create.mutate({ campaignId: townshipCampaign.id, tenantId: xikou, heldOn: `${year}-02-01`, groups: [{ groupId: townshipCampaign.evaluatorGroups[0]!.id, size: 8 }] });
    for (const call of [
      () => county().countyHomeBallots.departments.query({ campaignId: townshipCampaign.id }),
      () => county().countyHomeBallots.turnout.query({ campaignId: townshipCampaign.id }),
      () => county().countyHomeBallots.create.mutate({ campaignId: townshipCampaign.id, countyDepartmentId: departments['transport']!, heldOn: `${year}-02-01`, groups: [{ groupId: townshipCampaign.evaluatorGroups[0]!.id, size: 8 }] }),
      () => county().countyHomeBallots.get.query({ evaluationId: townshipEvaluation.id }),
      () => county().countyHomeBallots.tally.query({ evaluationId: townshipEvaluation.id }),
      () => county().countyHomeBallots.issueCodes.mutate({ evaluationId: townshipEvaluation.id, groupId: townshipEvaluation.groups[0]!.groupId, count: 1 }),
      () => county().countyHomeBallots.close.mutate({ evaluationId: crypto.randomUUID() }),
      () => county().countyHomeBallots.members.query({ evaluationId: crypto.randomUUID() }),
      () => transport().countyDeptAppraisal.ballots.get.query({ evaluationId: townshipEvaluation.id }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
  });
});
