import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTING_TEMPLATES, type BallotContent } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * Democratic evaluation by one-time codes (issue 15, part 3): codes issued by township staff,
 * ballots cast on the public page without an account, turnout and the tally, and anonymity
 * checked in the database itself (docs/audit.md, "Anonymous ballots").
 */
let stack: TestStack;
let xikou: string;
/** The evaluations this file makes (the demo data has its own ballots too). */
const evaluationIds = { main: '', other: '' };
beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
});
afterAll(() => stack?.close());

const staff = () => stack.client('xikou.staff', { tenantId: xikou });
const GRADES = ['优秀', '合格', '基本合格', '不合格'];
const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!.ruleSet;

/** An open campaign of xikou's own over its leadership team, arranged behind the API (the appraisal area's screens make these). */
async function arrangeCampaign(title: string) {
  const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } });
  const campaign = await stack.ownerDb.appraisalCampaign.create({
    data: {
      countyId: tenant.countyId,
      // The township's own campaign: a county campaign's evaluation is the county's check team's to run (decision 79).
      ownerTenantId: xikou,
      title,
      subjectKind: 'leadership_team',
      periodKind: 'year',
      year: 2025,
      state: 'open',
      ruleSet: leadership as object,
      evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) },
    },
    include: { evaluatorGroups: true },
  });
  const subject = await stack.ownerDb.appraisalSubject.create({ data: { tenantId: xikou, campaignId: campaign.id, kind: 'leadership_team', name: '溪口镇领导班子' } });
  const groupId = (name: string) => campaign.evaluatorGroups.find((g) => g.name === name)!.id;
  return { campaign, subject, groupId };
}

async function newEvaluation(title: string) {
  const { campaign, subject, groupId } = await arrangeCampaign(title);
  const evaluation = await staff().ballots.create.mutate({
    campaignId: campaign.id,
    heldOn: '2026-01-15',
    gradePoints: [100, 80, 60, 0],
    groups: [
      { groupId: groupId('职工代表'), size: 10 },
      { groupId: groupId('中层干部'), size: 6 },
      { groupId: groupId('支部书记'), size: 3 },
    ],
  });
  return { ...evaluation, subjectId: subject.id, campaignGroupId: groupId };
}

/** The public ballot page's calls, as a phone would make them: no token, no township header. */
async function publicCall(path: string, body?: unknown) {
  const res = await fetch(`${stack.apiUrl}/ballot/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
let subjectId = '';
const vote = (grade: string): BallotContent => [{ subjectId, answer: { mark: 'grade', grade }, items: [] }];
const ballotCount = async () => (await stack.ownerDb.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "Ballot"`)[0].n;

describe('democratic evaluation', () => {
  let evaluation: Awaited<ReturnType<typeof newEvaluation>>;
  let other: Awaited<ReturnType<typeof newEvaluation>>;
  let staffCodes: Array<{ serial: number; code: string }>;
  const group = (name: string, of = evaluation) => of.groups.find((g) => g.name === name)!.groupId;

  beforeAll(async () => {
    evaluation = await newEvaluation('2025年度领导班子履职尽责考核');
    other = await newEvaluation('另一场考核');
    subjectId = evaluation.subjectId;
    evaluationIds.main = evaluation.id;
    evaluationIds.other = other.id;
  });

  it('refuses staff representatives outside the rule (8–10), a group of another campaign, a second evaluation', async () => {
    const { campaign, groupId } = await arrangeCampaign('人数不符的考核');
    const size = await failure(staff().ballots.create.mutate({ campaignId: campaign.id, heldOn: '2026-01-15', groups: [{ groupId: groupId('职工代表'), size: 12 }] }));
    expect(size.data?.httpStatus).toBe(400);
    expect((size.data as unknown as { messages: { zh: string } }).messages.zh).toContain('8–10');
    const foreign = await failure(staff().ballots.create.mutate({ campaignId: campaign.id, heldOn: '2026-01-15', groups: [{ groupId: evaluation.campaignGroupId('职工代表'), size: 10 }] }));
    expect(foreign.data?.httpStatus).toBe(400);
    const twice = await failure(staff().ballots.create.mutate({ campaignId: evaluation.campaignId, heldOn: '2026-01-15', groups: [{ groupId: evaluation.campaignGroupId('职工代表'), size: 10 }] }));
    expect(twice.data?.code).toBe('CONFLICT');
    // The campaigns open for an evaluation here, with the staff representatives' default size from the rule.
    const campaigns = await staff().ballots.campaigns.query();
    const offered = campaigns.find((c) => c.id === campaign.id)!;
    expect(offered.groups.find((g) => g.kind === 'staff_reps')).toMatchObject({ range: { min: 8, max: 10 }, defaultSize: 10 });
  });

  it('issues codes once, shown in full only in the answer, stored only as keyed hashes', async () => {
    const issued = await staff().ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: group('职工代表'), count: 10 });
    staffCodes = issued.codes;
    expect(staffCodes.map((c) => c.serial)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(staffCodes.map((c) => c.code)).size).toBe(10);
    for (const { code } of staffCodes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    // More than the group's size is refused.
    expect((await failure(staff().ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: group('职工代表'), count: 1 }))).data?.httpStatus).toBe(400);
    const stored = await stack.ownerDb.$queryRaw<Array<{ hash: Buffer }>>`SELECT "codeHash" AS hash FROM "BallotCode" WHERE "evaluationId" = ${evaluation.id}::uuid`;
    expect(stored).toHaveLength(10);
    const dump = JSON.stringify(await stack.ownerDb.$queryRaw`SELECT to_jsonb(c) AS row FROM "BallotCode" c`);
    for (const { code } of staffCodes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ''));
    }
    const audit = JSON.stringify(await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, entity: 'EvaluationGroup' }, select: { before: true, after: true } }));
    for (const { code } of staffCodes) expect(audit).not.toContain(code.replace(/-/g, ''));
  });

  it('opens the form with a code and casts ballots without an account', async () => {
    const summary = await publicCall(`${xikou}/${evaluation.id}`);
    expect(summary).toMatchObject({ status: 200, body: { title: evaluation.title, status: 'open' } });
    const opened = await publicCall(`${xikou}/${evaluation.id}/open`, { code: staffCodes[0]!.code.toLowerCase() });
    expect(opened).toMatchObject({ status: 200, body: { grades: GRADES, subjects: [{ id: subjectId, name: '溪口镇领导班子' }] } });
    const grades = ['优秀', '优秀', '合格', '合格', '不合格', '不合格'];
    for (const [i, grade] of grades.entries()) expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: staffCodes[i]!.code, answers: vote(grade) })).status).toBe(200);
  });

  it('refuses a code used twice, and stores nothing the second time', async () => {
    const before = await ballotCount();
    const again = await publicCall(`${xikou}/${evaluation.id}/cast`, { code: staffCodes[0]!.code, answers: vote('优秀') });
    expect(again.status).toBe(403);
    expect(JSON.stringify(again.body)).toContain('投票码无效、已使用');
    expect(await ballotCount()).toBe(before);
    expect((await publicCall(`${xikou}/${evaluation.id}/open`, { code: staffCodes[0]!.code })).status).toBe(403);
  });

  it("refuses a code of another evaluation, stores nothing, and leaves that code usable where it belongs", async () => {
    const foreign = (await staff().ballots.issueCodes.mutate({ evaluationId: other.id, groupId: group('中层干部', other), count: 1 })).codes[0]!;
    const before = await ballotCount();
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: foreign.code, answers: vote('优秀') })).status).toBe(403);
    expect(await ballotCount()).toBe(before);
    expect((await publicCall(`${xikou}/${other.id}/cast`, { code: foreign.code, answers: [{ subjectId: other.subjectId, answer: { mark: 'grade', grade: '合格' }, items: [] }] })).status).toBe(200);
    expect(await ballotCount()).toBe(before + 1);
  });

  it('refuses a ballot that breaks its form, keeping the code', async () => {
    const code = staffCodes[6]!.code;
    const bad = await publicCall(`${xikou}/${evaluation.id}/cast`, { code, answers: vote('称职') });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('不是本次考核的等次');
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code, answers: [{ subjectId, answer: { mark: 'unknown' } }] })).status).toBe(200);
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: 'not a code', answers: vote('优秀') })).status).toBe(400);
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, '{')).status).toBe(400);
  });

  it('cancels a lost code by its printed number and replaces it; the lost one is refused', async () => {
    const lost = staffCodes[7]!;
    const replaced = await staff().ballots.cancelCode.mutate({ evaluationId: evaluation.id, groupId: group('职工代表'), serial: lost.serial, replace: true });
    expect(replaced.codes).toHaveLength(1);
    expect(replaced.codes[0]!.serial).toBe(11);
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: lost.code, answers: vote('优秀') })).status).toBe(403);
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: replaced.codes[0]!.code, answers: vote('合格') })).status).toBe(200);
    // A used code cannot be cancelled (and nobody learns more than that it is not there).
    expect((await failure(staff().ballots.cancelCode.mutate({ evaluationId: evaluation.id, groupId: group('职工代表'), serial: 1, replace: false }))).data?.httpStatus).toBe(400);
  });

  it('shows turnout as counts, and hides the figures of a group below the threshold (5)', async () => {
    const cadres = (await staff().ballots.issueCodes.mutate({ evaluationId: evaluation.id, groupId: group('中层干部'), count: 2 })).codes;
    for (const c of cadres) expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: c.code, answers: vote('优秀') })).status).toBe(200);
    const turnout = await staff().ballots.turnout.query({ evaluationId: evaluation.id });
    const reps = turnout.groups.find((g) => g.name === '职工代表')!;
    expect([reps.issued, reps.cancelled, reps.cast, reps.unused]).toEqual([11, 1, 8, 2]);
    const tally = await staff().ballots.tally.query({ evaluationId: evaluation.id });
    expect(tally.minBallots).toBe(5);
    const [team] = tally.results;
    const figure = (name: string) => team!.groups.find((g) => g.groupId === group(name))!;
    // Staff reps: 8 ballots, 优秀 2, 合格 3, 不合格 2, do-not-know 1 → valid 7.
    expect(figure('职工代表')).toMatchObject({ cast: 8, shown: true, count: { grades: [2, 3, 0, 2], unknown: 1, valid: 7 } });
    expect(figure('中层干部')).toMatchObject({ cast: 2, shown: false, count: null, shares: null, score: null });
    // Only the staff reps count: their score (200 + 240 + 0) / 7; 2 of 7 lowest is not above one third.
    expect(team!.score).toBeCloseTo(440 / 7, 3);
    expect(team!.gradeVotes).toEqual({ 优秀: 2, 合格: 3, 基本合格: 0, 不合格: 2 });
    expect(team!.override).toBe(false);
  });

  it("gives another township's staff NOT_FOUND for this township's evaluation", async () => {
    const longtan = stack.client('longtan.admin', { tenantId: await stack.tenantId('longtan') });
    expect((await failure(longtan.ballots.get.query({ evaluationId: evaluation.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtan.ballots.tally.query({ evaluationId: evaluation.id }))).data?.code).toBe('NOT_FOUND');
    // The public page with the wrong township finds nothing either.
    expect((await publicCall(`${await stack.tenantId('longtan')}/${evaluation.id}/open`, { code: staffCodes[9]!.code })).status).toBe(404);
  });

  it("keeps the township's own campaign's evaluation from the county; the township's tally hides a group below the threshold", async () => {
    // The county's view of its own campaigns' evaluations: appraisal-county.int.test.ts.
    const county = stack.client('county');
    expect((await failure(county.countyBallots.turnout.query({ campaignId: evaluation.campaignId }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(county.countyBallots.tally.query({ evaluationId: evaluation.id }))).data?.code).toBe('NOT_FOUND');
    const tally = await staff().ballots.tally.query({ evaluationId: evaluation.id });
    expect(tally.results[0]!.groups.find((g) => g.groupId === group('中层干部'))!.shown).toBe(false);
  });

  it("closes: codes never used are void, and the subject's democratic-evaluation phase score is written", async () => {
    const closed = await staff().ballots.close.mutate({ evaluationId: evaluation.id });
    expect(closed.status).toBe('closed');
    expect(closed.unusedCodes).toEqual([]);
    const phase = await stack.ownerDb.appraisalPhaseScore.findFirstOrThrow({ where: { subjectId: evaluation.subjectId, phase: 'democratic_evaluation' } });
    expect(Number(phase.score)).toBeCloseTo(440 / 7, 2);
    expect(phase.detail).toMatchObject({ gradeVotes: { 不合格: 2 }, minBallots: 5 });
    expect(JSON.stringify(phase.detail)).not.toMatch(/code|user/i);
    // Nothing more can be cast.
    expect((await publicCall(`${xikou}/${evaluation.id}/cast`, { code: staffCodes[9]!.code, answers: vote('优秀') })).status).toBe(409);
  });
});

describe('anonymity in the database itself', () => {
  it('gives a ballot row no user, no code, no code id and no time finer than a day', async () => {
    const columns = await stack.ownerDb.$queryRaw<Array<{ name: string; type: string; default: string | null }>>`
      SELECT column_name AS name, data_type AS type, column_default AS default FROM information_schema.columns WHERE table_name = 'Ballot' ORDER BY ordinal_position`;
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['tenantId', 'uuid'],
      ['id', 'uuid'],
      ['evaluationId', 'uuid'],
      ['groupId', 'uuid'],
      ['castOn', 'date'],
      ['content', 'jsonb'],
    ]);
    // No sequence orders ballots by insertion.
    expect(columns.filter((c) => c.default !== null)).toEqual([]);
    // Its keys lead to the township, the evaluation and the group only; nothing points at a ballot.
    const keys = await stack.ownerDb.$queryRaw<Array<{ source: string; target: string }>>`
      SELECT conrelid::regclass::text AS source, confrelid::regclass::text AS target FROM pg_constraint
      WHERE contype = 'f' AND ('"Ballot"'::regclass IN (conrelid, confrelid) OR '"BallotCode"'::regclass IN (conrelid, confrelid))
      ORDER BY 1, 2`;
    expect(keys).toEqual([
      { source: '"Ballot"', target: '"DemocraticEvaluation"' },
      { source: '"Ballot"', target: '"EvaluationGroup"' },
      { source: '"Ballot"', target: '"Tenant"' },
      { source: '"BallotCode"', target: '"DemocraticEvaluation"' },
      { source: '"BallotCode"', target: '"EvaluationGroup"' },
      { source: '"BallotCode"', target: '"Tenant"' },
    ]);
    // A used code leaves no row: nothing remains to join a ballot to.
    const ours = [evaluationIds.main, evaluationIds.other];
    const [{ ballots, codes }] = await stack.ownerDb.$queryRaw<[{ ballots: number; codes: number }]>`
      SELECT (SELECT count(*)::int FROM "Ballot" WHERE "evaluationId" = ANY (${ours}::uuid[])) AS ballots, (SELECT count(*)::int FROM "BallotCode") AS codes`;
    expect(ballots).toBe(11);
    expect(codes).toBe(0);
    // The content holds answers only.
    const contents = await stack.ownerDb.$queryRaw<Array<{ keys: string[] }>>`SELECT DISTINCT array(SELECT jsonb_object_keys(e) ORDER BY 1) AS keys FROM "Ballot", jsonb_array_elements(content) e`;
    expect(contents.map((c) => c.keys)).toEqual([['answer', 'items', 'subjectId']]);
  });

  it('lets the application role read no single ballot, only a whole evaluation', async () => {
    await expect(stack.appDb.$queryRaw`SELECT * FROM "Ballot"`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$executeRaw`DELETE FROM "Ballot"`).rejects.toThrow(/permission denied/);
  });

  it('audits each ballot as cast by nobody, on a day, with no request and no choice, in an intact chain', async () => {
    const entries = await stack.ownerDb.auditLog.findMany({ where: { action: 'ballot_cast', entityId: { in: [evaluationIds.main, evaluationIds.other] } } });
    expect(entries).toHaveLength(11);
    // The demo's ballots were cast the same way.
    expect(await stack.ownerDb.auditLog.count({ where: { action: 'ballot_cast', actorId: null } })).toBeGreaterThan(11);
    for (const e of entries) {
      expect([e.tenantId, e.actorId, e.actorName, e.requestId, e.before, e.entity]).toEqual([xikou, null, '匿名测评', null, null, 'DemocraticEvaluation']);
      expect(e.at.toISOString().slice(10)).toBe('T00:00:00.000Z');
      expect(Object.keys(e.after as object).sort()).toEqual(['day', 'evaluationId', 'evaluatorGroupId']);
    }
    const verified = await stack.client('admin').audit.verify.query();
    expect(verified.intact).toBe(true);
  });
});
