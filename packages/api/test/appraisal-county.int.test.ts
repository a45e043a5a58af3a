import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES } from '@pcs/domain';
import { downloadFile, PDF, uploadFile } from './attachment-http';
import { refreshIndicatorValues } from '../src/indicators/refresh';
import { countyToday, failure, startTestStack, type TestStack } from './harness';
import { steps } from './lib/workflow-steps';

/**
 * The county's side of appraisal through tRPC and the attachment routes against PostgreSQL: its
 * reading of a township's self-score evidence, its on-site team holding the democratic evaluation
 * of its own campaign in a township, and its published results as indicators of its dashboards
 * (docs/decisions.md, 60).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
const tokens: Record<string, string> = {};
const county = () => stack.client('county');
const xikouStaff = () => stack.client('xikou.staff');
const longtanAdmin = () => stack.client('longtan.admin');
const year = 2034;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  for (const username of ['xikou.staff', 'longtan.admin', 'county']) tokens[username] = await stack.tokenFor(username);
});
afterAll(() => stack?.close());

/** A county campaign over both townships from the congress-work template, open for self-scoring. */
async function openCountyCampaign(title: string) {
  const templates = await county().countyAppraisal.templates.list.query();
  const created = await county().countyAppraisal.campaigns.create.mutate({ templateId: templates.find((t) => t.code === 'seed.congress_work')!.id, title, year, subjects: [{ tenantId: xikou, name: 'x' }, { tenantId: longtan, name: 'x' }] });
  const version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, created.version, [['open']]);
  const detail = await county().countyAppraisal.campaigns.get.query({ id: created.id });
  return { id: created.id, version, subjectOf: Object.fromEntries(detail.subjects.map((s) => [s.tenantId, s.id])) as Record<string, string> };
}

describe('the county reads the townships’ self-score evidence of its own campaigns', () => {
  it('downloads it; another township, or a township’s own campaign, is not found; uploads are refused', async () => {
    const campaign = await openCountyCampaign(`${year}年度乡镇人大工作考评`);
    const xikouSelf = await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: campaign.subjectOf[xikou]!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    const longtanSelf = await longtanAdmin().appraisal.mine.setSelf.mutate({ subjectId: campaign.subjectOf[longtan]!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    const xikouFile = await uploadFile(stack.apiUrl, tokens['xikou.staff'], xikou, 'appraisal_score', xikouSelf.id, '会议记录.pdf', PDF);
    const longtanFile = await uploadFile(stack.apiUrl, tokens['longtan.admin'], longtan, 'appraisal_score', longtanSelf.id, '台账.pdf', PDF);
    expect([xikouFile.status, longtanFile.status]).toEqual([201, 201]);

    // The county sees the file on the sheet and downloads it (no township chosen).
    const sheet = await county().countyAppraisal.scores.sheet.query({ subjectId: campaign.subjectOf[xikou]! });
    expect(sheet.areas.flatMap((a) => a.items).find((i) => i.key === 'A4')!.evidence.map((e) => e.id)).toEqual([xikouFile.body.id]);
    const down = await downloadFile(stack.apiUrl, tokens['county'], undefined, xikouFile.body.id!);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(PDF)).toBe(true);
    expect(down.headers.get('content-disposition')).toContain('attachment');

    // A township never reads another township's evidence: not found, like a random id.
    const foreign = await downloadFile(stack.apiUrl, tokens['xikou.staff'], xikou, longtanFile.body.id!);
    expect([foreign.status, foreign.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    const foreignBack = await downloadFile(stack.apiUrl, tokens['longtan.admin'], longtan, xikouFile.body.id!);
    expect(foreignBack.status).toBe(404);
    const random = await downloadFile(stack.apiUrl, tokens['county'], undefined, '00000000-0000-4000-8000-000000000000');
    expect([random.status, random.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);

    // The county cannot write evidence (it has no township of its own).
    const upload = await uploadFile(stack.apiUrl, tokens['county'], undefined, 'appraisal_score', xikouSelf.id, 'x.pdf', PDF);
    expect(upload.status).toBe(403);

    // Evidence of a township's own campaign (its villages) is the township's alone.
    const villages = await stack.ownerDb.village.findMany({ where: { tenantId: xikou }, take: 1 });
    const templates = await xikouStaff().appraisal.templates.list.query();
    const own = await xikouStaff().appraisal.campaigns.create.mutate({ templateId: templates.find((t) => t.code === 'seed.village_environment')!.id, title: '村居环境月度考核', year, periodIndex: 5, subjects: villages.map((v) => ({ tenantId: xikou, name: v.name, villageId: v.id })) });
    await steps((i) => xikouStaff().appraisal.campaigns.step.mutate(i), own.id, own.version, [['open']]);
    const ownSubject = (await xikouStaff().appraisal.campaigns.get.query({ id: own.id })).subjects[0]!;
    const ownItem = (await xikouStaff().appraisal.templates.get.query({ id: templates.find((t) => t.code === 'seed.village_environment')!.id })).ruleSet.areas.flatMap((a) => a.items).find((i) => i.rule.kind === 'points')!;
    const ownSelf = await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: ownSubject.id, itemKey: ownItem.key, input: { kind: 'points', points: 0 } });
    const ownFile = await uploadFile(stack.apiUrl, tokens['xikou.staff'], xikou, 'appraisal_score', ownSelf.id, '村居.pdf', PDF);
    expect(ownFile.status).toBe(201);
    expect((await downloadFile(stack.apiUrl, tokens['xikou.staff'], xikou, ownFile.body.id!)).status).toBe(200);
    const notCounty = await downloadFile(stack.apiUrl, tokens['county'], undefined, ownFile.body.id!);
    expect([notCounty.status, notCounty.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    expect((await failure(county().countyAppraisal.scores.sheet.query({ subjectId: ownSubject.id }))).data?.code).toBe('NOT_FOUND');
  });
});

describe('published appraisal results feed the county dashboards as indicators', () => {
  const lastYear = Number(countyToday().slice(0, 4)) - 1;
  const period = { kind: 'year' as const, year: lastYear };

  /** The township's figures written directly from the result rows: published county campaigns of last year, the version in force. */
  async function direct(tenantId: string) {
    const rows = await stack.ownerDb.appraisalResult.findMany({ where: { tenantId, subject: { kind: 'township' } }, include: { campaign: true } });
    const counted = rows.filter((r) => r.campaign.ownerTenantId === null && ['published', 'archived'].includes(r.campaign.state) && r.version === r.campaign.resultVersion && r.total !== null && r.campaign.periodKind === 'year' && r.campaign.year === lastYear);
    const ranked = counted.filter((r) => r.campaign.publishRanking && r.rank !== null);
    return {
      ids: counted.map((r) => r.id).sort(),
      score: { numerator: counted.reduce((s, r) => s + r.total!.mul(100).toDecimalPlaces(0).toNumber(), 0), denominator: counted.length },
      rank: { numerator: ranked.reduce((s, r) => s + r.rank!, 0), denominator: ranked.length },
    };
  }
  const cellOf = (overview: { townships: Array<{ id: string; cells: Array<{ indicatorId: string; numerator: number | null; denominator: number | null; value: number | null }> }> }, tenantId: string, indicatorId: string) =>
    overview.townships.find((t) => t.id === tenantId)!.cells.find((c) => c.indicatorId === indicatorId)!;

  it('counts only published campaigns, equals a direct count, drills down to the result rows, and reaches the township after publication', async () => {
    const templates = await county().countyAppraisal.templates.list.query();
    const created = await county().countyAppraisal.campaigns.create.mutate({ templateId: templates.find((t) => t.code === 'seed.congress_work')!.id, title: `${lastYear}年度乡镇人大工作考评（指标）`, year: lastYear, subjects: [{ tenantId: xikou, name: 'x' }, { tenantId: longtan, name: 'x' }] });
    let version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, created.version, [['open'], ['start_scoring']]);
    const subjects = (await county().countyAppraisal.campaigns.get.query({ id: created.id })).subjects;
    const subjectOf = Object.fromEntries(subjects.map((s) => [s.tenantId, s.id])) as Record<string, string>;
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[longtan]!, itemKey: 'A4', input: { kind: 'points', points: 0.5 } });
    version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, version, [['submit_review']]);

    // Under review: nothing of this campaign counts yet.
    await refreshIndicatorValues(stack.appDb);
    const before = await county().dashboard.overview.query({ period });
    const beforeXikou = await direct(xikou);
    expect(cellOf(before, xikou, 'appraisal_township_score')).toMatchObject(beforeXikou.score);
    const townshipBefore = await xikouStaff().townshipDashboard.get.query({ period });
    expect(cellOf(townshipBefore, xikou, 'appraisal_township_score')).toMatchObject(beforeXikou.score);

    await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, version, [['publish', { publishRanking: true }]]);
    await refreshIndicatorValues(stack.appDb);
    const after = await county().dashboard.overview.query({ period });
    for (const tenantId of [xikou, longtan]) {
      const want = await direct(tenantId);
      expect(cellOf(after, tenantId, 'appraisal_township_score')).toMatchObject(want.score);
      expect(cellOf(after, tenantId, 'appraisal_township_rank')).toMatchObject(want.rank);
      // The drill-down lists exactly the result rows counted, this campaign's among them.
      const records = await county().dashboard.records.query({ indicatorId: 'appraisal_township_score', tenantId, period, side: 'numerator', cursor: null, limit: 50 });
      expect(records.items.map((i) => i.key).sort()).toEqual(want.ids);
      expect(records.total).toBe(want.ids.length);
    }
    expect(cellOf(after, xikou, 'appraisal_township_score').denominator).toBe(beforeXikou.score.denominator + 1);
    const mine = await stack.ownerDb.appraisalResult.findFirstOrThrow({ where: { campaignId: created.id, tenantId: xikou } });
    const drill = await county().dashboard.records.query({ indicatorId: 'appraisal_township_score', tenantId: xikou, period, side: 'numerator', cursor: null, limit: 50 });
    expect(drill.items.find((i) => i.key === mine.id)).toMatchObject({ day: `${lastYear}-12-31`, label: `${lastYear}年度乡镇人大工作考评（指标） · 溪口镇 · 1.0分 · 第1名` });

    // The township now sees its own figure, the same as the county's; and nothing of another township.
    const townshipAfter = await xikouStaff().townshipDashboard.get.query({ period });
    expect(cellOf(townshipAfter, xikou, 'appraisal_township_score')).toMatchObject((await direct(xikou)).score);
    expect(townshipAfter.townships.map((t) => t.id)).toEqual([xikou]);
    expect((await failure(xikouStaff().townshipDashboard.records.query({ indicatorId: 'appraisal_township_score', tenantId: longtan, period, side: 'numerator', cursor: null, limit: 50 } as never))).data?.httpStatus).toBe(400);
  }, 300_000);
});

describe('the county holds the democratic evaluation of its own campaign in an appraised township', () => {
  const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

  /** An open leadership-duty campaign over xikou's leadership team: the county's, or xikou's own. */
  async function arrange(title: string, ownerTenantId: string | null) {
    const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
    const campaign = await stack.ownerDb.appraisalCampaign.create({
      data: { countyId: tenant.countyId, ownerTenantId, title, subjectKind: 'leadership_team', periodKind: 'year', year, state: 'open', ruleSet: leadership as object, evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) } },
      include: { evaluatorGroups: true },
    });
    const subject = await stack.ownerDb.appraisalSubject.create({ data: { tenantId: xikou, campaignId: campaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
    return { campaign, subject, groupId: (name: string) => campaign.evaluatorGroups.find((g) => g.name === name)!.id };
  }
  const publicCall = async (path: string, body: unknown) => {
    const res = await fetch(`${stack.apiUrl}/ballot/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.status;
  };

  it('sets it up, issues and replaces codes, and closes it; a township’s own campaign is not the county’s', async () => {
    const { campaign, subject, groupId } = await arrange('县对溪口镇领导班子履职尽责考核', null);
    const setup = { campaignId: campaign.id, heldOn: `${year}-01-15`, gradePoints: [100, 80, 60, 0], groups: [{ groupId: groupId('职工代表'), size: 8 }, { groupId: groupId('中层干部'), size: 5 }] };
    // Staff representatives outside the rule's 8–10 are refused naming the field; a township the campaign does not appraise too.
    const small = await failure(county().countyBallots.create.mutate({ ...setup, tenantId: xikou, groups: [{ groupId: groupId('职工代表'), size: 3 }] }));
    expect(small.data?.fieldIssues?.[0]).toMatchObject({ path: 'groups.0.size' });
    expect((await failure(county().countyBallots.create.mutate({ ...setup, tenantId: longtan }))).data?.fieldIssues?.[0]).toMatchObject({ path: 'campaignId' });
    expect((await failure(county().countyBallots.create.mutate({ ...setup, tenantId: '00000000-0000-4000-8000-000000000000' }))).data?.code).toBe('NOT_FOUND');

    // The setup form's offer: the appraised township only, its groups with their size range there.
    const before = await county().countyBallots.townships.query({ campaignId: campaign.id });
    expect(before.townships.map((t) => [t.tenantId, t.evaluationId])).toEqual([[xikou, null]]);
    expect(before.townships[0]!.grades).toEqual(leadership.grades.set);
    expect(before.townships[0]!.groups.find((g) => g.name === '职工代表')).toMatchObject({ range: { min: 8, max: 10 }, defaultSize: 10 });

    const evaluation = await county().countyBallots.create.mutate({ ...setup, tenantId: xikou });
    expect((await county().countyBallots.townships.query({ campaignId: campaign.id })).townships).toMatchObject([{ tenantId: xikou, evaluationId: evaluation.id, groups: [] }]);
    const staffGroup = evaluation.groups.find((g) => g.name === '职工代表')!.groupId;
    const issued = await county().countyBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffGroup, count: 8 });
    expect(issued.codes.map((c) => c.serial)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await failure(county().countyBallots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: staffGroup, count: 1 }))).data?.fieldIssues?.[0]).toMatchObject({ path: 'count' });
    for (const [i, grade] of ['优秀', '优秀', '合格', '合格', '合格'].entries()) {
      expect(await publicCall(`${xikou}/${evaluation.id}/cast`, { code: issued.codes[i]!.code, answers: [{ subjectId: subject.id, answer: { mark: 'grade', grade }, items: [] }] })).toBe(200);
    }
    // A lost code: cancelled by its number and replaced; the lost one no longer works.
    const replaced = await county().countyBallots.cancelCode.mutate({ evaluationId: evaluation.id, groupId: staffGroup, serial: 8 });
    expect(replaced.codes.map((c) => c.serial)).toEqual([9]);
    expect(await publicCall(`${xikou}/${evaluation.id}/open`, { code: issued.codes[7]!.code })).toBe(403);
    expect((await county().countyBallots.get.query({ evaluationId: evaluation.id })).unusedCodes.map((c) => c.serial)).toEqual([6, 7, 9]);

    // The evaluation is the township's row: its staff see it too; the county's writes are audited in its chain.
    expect((await xikouStaff().ballots.list.query()).map((e) => e.id)).toContain(evaluation.id);
    const audit = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, entityId: { in: [evaluation.id, staffGroup] } }, orderBy: { id: 'asc' } });
    expect(audit.filter((a) => a.action !== 'ballot_cast').map((a) => [a.action, a.actorName])).toEqual([['create', 'county'], ['issue_codes', 'county'], ['cancel_code', 'county']]);
    // Ballots are audited as cast by nobody, as on the township's own evaluations.
    expect(audit.filter((a) => a.action === 'ballot_cast').map((a) => a.actorId)).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(issued.codes[0]!.code.replace(/-/g, ''));

    // The county's tally is the township's own answer: the subjects by name, the same figures.
    const tally = await county().countyBallots.tally.query({ evaluationId: evaluation.id });
    expect(tally.evaluation.subjects.map((s) => s.name)).toEqual(['溪口镇领导班子']);
    expect(tally).toEqual(await xikouStaff().ballots.tally.query({ evaluationId: evaluation.id }));

    const closed = await county().countyBallots.close.mutate({ evaluationId: evaluation.id });
    expect(closed.status).toBe('closed');
    const phase = await stack.ownerDb.appraisalPhaseScore.findFirstOrThrow({ where: { tenantId: xikou, subjectId: subject.id, phase: 'democratic_evaluation' } });
    expect((phase.detail as { gradeVotes: Record<string, number> }).gradeVotes).toMatchObject({ 优秀: 2, 合格: 3 });

    // A township's own campaign and its evaluation are not the county's: not found, like random ids.
    const own = await arrange('溪口镇自己的领导班子考核', xikou);
    const ownEvaluation = await xikouStaff().ballots.create.mutate({ campaignId: own.campaign.id, heldOn: `${year}-01-16`, groups: [{ groupId: own.groupId('职工代表'), size: 8 }] });
    expect((await failure(county().countyBallots.create.mutate({ campaignId: own.campaign.id, tenantId: xikou, heldOn: `${year}-01-16`, groups: [{ groupId: own.groupId('职工代表'), size: 8 }] }))).data?.code).toBe('NOT_FOUND');
    for (const call of [
      () => county().countyBallots.townships.query({ campaignId: own.campaign.id }),
      () => county().countyBallots.tally.query({ evaluationId: ownEvaluation.id }),
      () => county().countyBallots.get.query({ evaluationId: ownEvaluation.id }),
      () => county().countyBallots.issueCodes.mutate({ evaluationId: ownEvaluation.id, groupId: ownEvaluation.groups[0]!.groupId, count: 1 }),
      () => county().countyBallots.close.mutate({ evaluationId: ownEvaluation.id }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
  });
});
