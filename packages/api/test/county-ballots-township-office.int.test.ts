import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * The appraised township's office does not run the county's evaluation held in its township
 * (issue 14, decision 79): the county's check team collects the ballots on the spot (seed 003).
 * Every township write on it is FORBIDDEN with a bilingual reason; its reads stay open.
 */
let stack: TestStack;
let xikou: string;
const county = () => stack.client('county');
const office = () => stack.client('xikou.staff', { tenantId: xikou });
const year = 2036;
beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
});
afterAll(() => stack?.close());

const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

async function arrange(title: string, ownerTenantId: string | null) {
  const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
  const campaign = await stack.ownerDb.appraisalCampaign.create({
    data: { countyId: tenant.countyId, ownerTenantId, title, subjectKind: 'leadership_team', periodKind: 'year', year, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) } },
    include: { evaluatorGroups: true },
  });
  await stack.ownerDb.appraisalSubject.create({ data: { tenantId: xikou, campaignId: campaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
  return { campaign, groupId: (name: string) => campaign.evaluatorGroups.find((g) => g.name === name)!.id };
}

describe('the appraised township and the county’s evaluation', () => {
  it('the office may read it, not set it up, issue, cancel, list members or close', async () => {
    const { campaign, groupId } = await arrange('县对溪口镇领导班子考核（乡镇不得组织）', null);
    // Setting up the county's campaign's evaluation: refused, and the campaign is not offered.
    const setup = await failure(office().ballots.create.mutate({ campaignId: campaign.id, heldOn: `${year}-01-15`, groups: [{ groupId: groupId('职工代表'), size: 8 }] }));
    expect(setup.data?.code).toBe('FORBIDDEN');
    expect((setup.data as unknown as { messages: { zh: string; en: string } }).messages).toMatchObject({ zh: expect.stringContaining('县考核组'), en: expect.stringContaining("county's check team") });
    expect((await office().ballots.campaigns.query()).map((c) => c.id)).not.toContain(campaign.id);
    expect(await stack.ownerDb.democraticEvaluation.count({ where: { campaignId: campaign.id } })).toBe(0);

    // The county's check team sets it up and issues codes.
    const evaluation = await county().countyBallots.create.mutate({ campaignId: campaign.id, tenantId: xikou, heldOn: `${year}-01-15`, groups: [{ groupId: groupId('职工代表'), size: 8 }] });
    expect(evaluation.runByCounty).toBe(true);
    const staffReps = evaluation.groups[0]!.groupId;
    const issued = await county().countyBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffReps, count: 2 });
    const handler = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' } });
    await county().countyBallots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [handler.id] });

    // Every township write on it: FORBIDDEN, nothing changed.
    for (const call of [
      () => office().ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffReps, count: 1 }),
      () => office().ballots.cancelCode.mutate({ evaluationId: evaluation.id, groupId: staffReps, serial: issued.codes[0]!.serial, replace: true }),
      () => office().ballots.addMembers.mutate({ evaluationId: evaluation.id, groupId: staffReps, userIds: [handler.id] }),
      () => office().ballots.removeMember.mutate({ evaluationId: evaluation.id, userId: handler.id }),
      () => office().ballots.close.mutate({ evaluationId: evaluation.id }),
    ]) {
      const refused = await failure(call());
      expect(refused.data?.code).toBe('FORBIDDEN');
      expect((refused.data as unknown as { messages: { zh: string } }).messages.zh).toContain('县考核组');
    }
    // Unknown ids are still not found (the refusal tells nothing of another township's rows).
    expect((await failure(office().ballots.close.mutate({ evaluationId: crypto.randomUUID() }))).data?.code).toBe('NOT_FOUND');

    // Reads stay open: the staff know it is happening.
    expect((await office().ballots.list.query()).find((e) => e.id === evaluation.id)).toMatchObject({ status: 'open', runByCounty: true });
    const turnout = await office().ballots.turnout.query({ evaluationId: evaluation.id });
    expect(turnout.groups[0]).toMatchObject({ issued: 3, cast: 0 });
    expect((await office().ballots.members.query({ evaluationId: evaluation.id })).map((m) => m.userId)).toEqual([handler.id]);
    expect((await office().ballots.get.query({ evaluationId: evaluation.id })).status).toBe('open');

    // The member still votes in 我的测评.
    const subject = await stack.ownerDb.appraisalSubject.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await stack.client('xikou.handler', { tenantId: xikou }).myBallots.cast.mutate({ evaluationId: evaluation.id, answers: [{ subjectId: subject.id, answer: { mark: 'grade', grade: '优秀' }, items: [] }] });
    expect((await office().ballots.turnout.query({ evaluationId: evaluation.id })).groups[0]).toMatchObject({ cast: 1 });

    // The township's own campaign: the office runs it as before.
    const own = await arrange('溪口镇自己的考核（乡镇组织）', xikou);
    const ownEvaluation = await office().ballots.create.mutate({ campaignId: own.campaign.id, heldOn: `${year}-01-16`, groups: [{ groupId: own.groupId('职工代表'), size: 8 }] });
    expect(ownEvaluation.runByCounty).toBe(false);
    expect((await office().ballots.issueCodes.mutate({ evaluationId: ownEvaluation.id, groupId: ownEvaluation.groups[0]!.groupId, count: 1 })).codes).toHaveLength(1);
    await office().ballots.close.mutate({ evaluationId: ownEvaluation.id });
  });
});
