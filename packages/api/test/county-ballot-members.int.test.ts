import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES, type BallotContent } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';
import { expectBallotsNameNobody } from './lib/ballot-anonymity';

/**
 * The county's on-site check team lists members of its own campaign's evaluation in the appraised
 * township (decision 73): the township's accounts, voting signed in in the
 * township app's "my ballots", as anonymous as a printed code (docs/decisions.md, 71).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
const county = () => stack.client('county');
const year = 2035;
beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
});
afterAll(() => stack?.close());

const code = async (call: Promise<unknown>) => (await failure(call)).data?.code;
const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

/** An open leadership-duty campaign over one township's leadership team: the county's (owner null) or the township's own. */
async function arrange(title: string, tenantId: string, ownerTenantId: string | null) {
  const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const campaign = await stack.ownerDb.appraisalCampaign.create({
    data: { countyId: tenant.countyId, ownerTenantId, title, subjectKind: 'leadership_team', periodKind: 'year', year, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) } },
    include: { evaluatorGroups: true },
  });
  const subject = await stack.ownerDb.appraisalSubject.create({ data: { tenantId, campaignId: campaign.id, kind: 'leadership_team', name: `${tenant.name}领导班子` } });
  return { campaign, subject, groupId: (name: string) => campaign.evaluatorGroups.find((g) => g.name === name)!.id };
}

describe('members of a county-run evaluation', () => {
  it('the county lists the appraised township’s accounts; they vote once, signed in, leaving no row that names them beside a ballot', async () => {
    const { campaign, subject, groupId } = await arrange('县对溪口镇领导班子履职尽责考核（成员在线投票）', xikou, null);
    const evaluation = await county().countyBallots.create.mutate({ campaignId: campaign.id, tenantId: xikou, heldOn: `${year}-01-15`, gradePoints: [100, 80, 60, 0], groups: [{ groupId: groupId('职工代表'), size: 8 }, { groupId: groupId('中层干部'), size: 5 }] });
    const staffReps = evaluation.groups.find((g) => g.name === '职工代表')!.groupId;
    const cadres = evaluation.groups.find((g) => g.name === '中层干部')!.groupId;
    const vote = (grade: string): BallotContent => [{ subjectId: subject.id, answer: { mark: 'grade', grade }, items: [] }];
    const userOf = (username: string) => stack.ownerDb.user.findUniqueOrThrow({ where: { username } });
    const [handler, grid, deputy, longtanAdmin, countyUser] = await Promise.all(['xikou.handler', 'xikou.grid', 'xikou.deputy', 'longtan.admin', 'county'].map(userOf));
    const rep = stack.client('xikou.handler', { tenantId: xikou });

    // Candidates: the township's accounts only, not another township's, not the county's own staff.
    const candidates = (await county().countyBallots.memberCandidates.query({ evaluationId: evaluation.id })).map((u) => u.username);
    expect(candidates).toEqual(expect.arrayContaining(['xikou.handler', 'xikou.grid', 'xikou.deputy']));
    expect(candidates).not.toContain('longtan.admin');
    expect(candidates).not.toContain('county');
    for (const userId of [longtanAdmin!.id, countyUser!.id, crypto.randomUUID()]) {
      expect(await code(county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [userId] }))).toBe('NOT_FOUND');
    }
    // A field error names the field in both languages.
    const bad = await failure(county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: ['x'] }));
    expect(bad.data?.fieldIssues?.[0]).toMatchObject({ path: 'userIds.0', field: { zh: '成员账号', en: 'Member accounts' } });
    // A township office or a voter cannot use the county's procedures.
    expect(await code(stack.client('xikou.staff', { tenantId: xikou }).countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [handler!.id] }))).toBe('FORBIDDEN');

    // Not listed yet: nothing to see or cast.
    expect((await rep.myBallots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');

    await county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [handler!.id, grid!.id] });
    await county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: cadres, userIds: [deputy!.id] });
    expect((await county().countyBallots.members.query({ evaluationId: evaluation.id })).map((m) => [m.username, m.groupId]).sort()).toEqual([['xikou.deputy', cadres], ['xikou.grid', staffReps], ['xikou.handler', staffReps]]);
    // The township's office sees the same list (the rows are the township's).
    expect((await stack.client('xikou.staff', { tenantId: xikou }).ballots.members.query({ evaluationId: evaluation.id })).length).toBe(3);
    // Audited in the township's chain, with the county user.
    const added = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, action: 'add_members', entityId: { in: [staffReps, cadres] } } });
    expect(added.map((a) => a.actorName)).toEqual(['county', 'county']);

    // The member finds it in "my ballots" and votes once.
    expect((await rep.myBallots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ groupName: '职工代表', voted: false, status: 'open' });
    expect(await rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') })).toEqual({ id: evaluation.id, voted: true });
    const again = await failure(rep.myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('不合格') }));
    expect(again.data?.code).toBe('CONFLICT');
    expect(await code(county().countyBallots.removeMember.mutate({ evaluationId: evaluation.id, userId: handler!.id }))).toBe('CONFLICT');
    await stack.client('xikou.grid', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') });
    await stack.client('xikou.deputy', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('合格') });

    // Non-members and other townships: not found (or forbidden where the township is not theirs).
    expect(await code(stack.client('xikou.staff', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('NOT_FOUND');
    const longtanDeputy = stack.client('longtan.deputy', { tenantId: longtan });
    expect(await code(longtanDeputy.myBallots.get.query({ evaluationId: evaluation.id }))).toBe('NOT_FOUND');
    expect((await longtanDeputy.myBallots.list.query()).map((b) => b.id)).not.toContain(evaluation.id);
    expect(await code(stack.client('longtan.deputy', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: vote('优秀') }))).toBe('FORBIDDEN');

    // Printed codes and members share the group's size: 2 members + 3 printed codes in the staff representatives reach the threshold (5).
    const printed = await county().countyBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffReps, count: 3 });
    for (const c of printed.codes) {
      const res = await fetch(`${stack.apiUrl}/ballot/${xikou}/${evaluation.id}/cast`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: c.code, answers: vote('合格') }) });
      expect(res.status).toBe(200);
    }
    const turnout = (await county().countyBallots.turnout.query({ campaignId: campaign.id }))[0]!.groups;
    expect(turnout.find((g) => g.groupId === staffReps)).toMatchObject({ issued: 5, cast: 5, unused: 0 });
    expect(turnout.find((g) => g.groupId === cadres)).toMatchObject({ issued: 1, cast: 1 });
    const tally = await county().countyBallots.tally.query({ evaluationId: evaluation.id });
    const groups = tally.results[0]!.groups;
    expect(groups.find((g) => g.groupId === staffReps)).toMatchObject({ shown: true });
    // One cadre voted: below the threshold, nothing of their vote is shown.
    expect(groups.find((g) => g.groupId === cadres)).toMatchObject({ shown: false });

    // The database, read directly: no ballot row shares a transaction with a row naming a user; a ballot holds its day only.
    await expectBallotsNameNobody(stack, evaluation.id, 6);

    // Closed by the county: nobody can tell who voted; no more members.
    await county().countyBallots.close.mutate({ evaluationId: evaluation.id });
    expect((await rep.myBallots.list.query()).find((b) => b.id === evaluation.id)).toMatchObject({ status: 'closed', voted: null });
    expect(await code(county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [(await userOf('xikou.admin'))!.id] }))).toBe('CONFLICT');
  });

  it('a township’s own campaign’s evaluation, another evaluation’s group and random ids are not found to the county', async () => {
    const own = await arrange('溪口镇自己的领导班子考核（成员）', xikou, xikou);
    const ownEvaluation = await stack.client('xikou.staff', { tenantId: xikou }).ballots.create.mutate({ campaignId: own.campaign.id, heldOn: `${year}-01-16`, groups: [{ groupId: own.groupId('职工代表'), size: 8 }] });
    const countyRun = await arrange('县对龙潭镇领导班子考核（成员）', longtan, null);
    const longtanEvaluation = await county().countyBallots.create.mutate({ campaignId: countyRun.campaign.id, tenantId: longtan, heldOn: `${year}-01-16`, groups: [{ groupId: countyRun.groupId('职工代表'), size: 8 }] });
    const handler = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' } });
    for (const call of [
      () => county().countyBallots.members.query({ evaluationId: ownEvaluation.id }),
      () => county().countyBallots.memberCandidates.query({ evaluationId: ownEvaluation.id }),
      () => county().countyBallots.addMembers.mutate({ evaluationId: ownEvaluation.id, groupId: ownEvaluation.groups[0]!.groupId, userIds: [handler.id] }),
      () => county().countyBallots.removeMember.mutate({ evaluationId: ownEvaluation.id, userId: handler.id }),
      () => county().countyBallots.members.query({ evaluationId: crypto.randomUUID() }),
      // Another evaluation's group; and xikou's account in longtan's evaluation.
      () => county().countyBallots.addMembers.mutate({ evaluationId: longtanEvaluation.id, groupId: ownEvaluation.groups[0]!.groupId, userIds: [handler.id] }),
      () => county().countyBallots.addMembers.mutate({ evaluationId: longtanEvaluation.id, groupId: longtanEvaluation.groups[0]!.groupId, userIds: [handler.id] }),
      () => county().countyBallots.removeMember.mutate({ evaluationId: longtanEvaluation.id, userId: handler.id }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
  });
});
