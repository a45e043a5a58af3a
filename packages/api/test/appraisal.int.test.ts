import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResults, type AppraisalRuleSet } from '@pcs/domain';
import { subjectInputs } from '../src/routers/appraisal/results';
import { PDF, uploadFile } from './attachment-http';
import { countyToday, failure, startTestStack, type TestStack } from './harness';
import { steps } from './lib/workflow-steps';

/** Appraisal through tRPC against PostgreSQL: the four kinds of the seeds, the refusals, and what a township may see. */
let stack: TestStack;
let xikou: string;
let longtan: string;
const county = () => stack.client('county');
const xikouStaff = () => stack.client('xikou.staff');
const longtanAdmin = () => stack.client('longtan.admin');
const year = 2031;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
});
afterAll(() => stack?.close());

async function templateId(client: ReturnType<TestStack['client']>, code: string, level: 'county' | 'township') {
  const list = level === 'county' ? await county().countyAppraisal.templates.list.query() : await client.appraisal.templates.list.query();
  return list.find((t) => t.code === code)!.id;
}

/** Moves a campaign through steps, returning its last version. */

describe('the county appraises the townships’ congress work (seed 002)', () => {
  let campaignId: string;
  let version: number;
  let subjectOf: Record<string, string>;

  it('sets up a campaign from the starting template; weights that do not add up are refused naming the field', async () => {
    const templates = await county().countyAppraisal.templates.list.query();
    expect(templates.map((t) => t.code)).toEqual(expect.arrayContaining(['seed.congress_work', 'seed.leadership_duty', 'seed.village_environment', 'seed.grid_half_year']));
    const template = await county().countyAppraisal.templates.get.query({ id: templates.find((t) => t.code === 'seed.congress_work')!.id });
    expect(template.ruleSet.grades.set).toEqual(['优秀', '合格', '基本合格', '不合格']); // rule appraisal.grade_set
    const created = await county().countyAppraisal.campaigns.create.mutate({
      templateId: template.id,
      title: `${year}年度乡镇人大工作考评`,
      year,
      phases: [{ kind: 'self_score', startsOn: `${year + 1}-01-02`, endsOn: `${year + 1}-01-10` }, { kind: 'onsite_review', startsOn: `${year + 1}-01-10`, endsOn: `${year + 1}-01-20` }],
      subjects: [{ tenantId: xikou, name: 'x' }, { tenantId: longtan, name: 'x' }],
    });
    campaignId = created.id;
    const broken = { ...template.ruleSet, maxTotal: 30 } as AppraisalRuleSet;
    const refused = await failure(county().countyAppraisal.campaigns.update.mutate({ id: campaignId, version: created.version, ruleSet: broken }));
    expect(refused.data?.httpStatus).toBe(400);
    expect(refused.data?.fieldIssues?.[0]).toMatchObject({ path: 'ruleSet.maxTotal' });
    expect(refused.data?.messages.zh).toContain('总分值');
    const cutoffs = { ...template.ruleSet, grades: { ...template.ruleSet.grades, cutoffs: [24, 22, 20] } };
    version = (await county().countyAppraisal.campaigns.update.mutate({ id: campaignId, version: created.version, ruleSet: cutoffs })).version;
    const detail = await county().countyAppraisal.campaigns.get.query({ id: campaignId });
    expect(detail.subjects.map((s) => s.name).sort()).toEqual(['溪口镇', '龙潭镇'].sort());
    subjectOf = Object.fromEntries(detail.subjects.map((s) => [s.tenantId, s.id]));
    version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), campaignId, version, [['open']]);
    const frozen = await stack.ownerDb.appraisalRuleSet.findMany({ where: { campaignId } });
    expect(frozen.map((f) => f.version)).toEqual([1]);
  });

  it('a township self-scores; above the item maximum is a 400 naming the field', async () => {
    const mine = await xikouStaff().appraisal.mine.list.query();
    expect(mine.find((m) => m.campaignId === campaignId)).toMatchObject({ subjectId: subjectOf[xikou], state: 'open' });
    const over = await failure(xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'A4', input: { kind: 'points', points: 1.5 } }));
    expect(over.data?.httpStatus).toBe(400);
    expect(over.data?.fieldIssues?.[0]).toMatchObject({ path: 'input.points' });
    expect(over.data?.messages.zh).toContain('得分');
    const self = await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    expect(self.points).toBe(1);
    // Another township's subject: not found, for reading and for scoring.
    expect((await failure(xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[longtan]! }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[longtan]!, itemKey: 'A4', input: { kind: 'points', points: 1 } }))).data?.code).toBe('NOT_FOUND');
    // A4 asks for 台账: self-scored above zero without a file, the hand-in is refused naming the item (rule
    // appraisal.evidence_before_hand_in, on by default); B1 self-scored zero and D3 (no evidence named) need none.
    await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'D3', input: { kind: 'points', points: 0.5 } });
    const before = await xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[xikou]! });
    expect(before.lackingEvidence.map((i) => [i.key, i.evidence])).toEqual([['A4', '台账']]);
    const bare = await failure(xikouStaff().appraisal.mine.submitSelf.mutate({ subjectId: subjectOf[xikou]!, selfReport: '对照细则逐项自查。' }));
    expect(bare.data?.httpStatus).toBe(400);
    expect(bare.data?.fieldIssues?.map((i) => i.path)).toEqual(['evidence']);
    expect(bare.data?.messages.zh).toContain('佐证材料');
    expect(bare.data?.messages.zh).toContain('A4 活动台账');
    expect(bare.data?.messages.en).toContain('no evidence attached');
    expect(bare.data?.messages.en).toContain('A4');
    expect(bare.data?.messages.zh).not.toContain('B1');
    expect(bare.data?.messages.zh).not.toContain('D3');
    expect((await stack.ownerDb.appraisalSubject.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: subjectOf[xikou]! } } })).selfSubmittedAt).toBeNull();
    // The rule is the organiser's: a township turning it off for itself does not waive it for the county's campaign.
    const setOwn = (value: boolean) => stack.client('xikou.admin').rules.setOverride.mutate({ key: 'appraisal.evidence_before_hand_in', value, effectiveFrom: countyToday() });
    await setOwn(false);
    try {
      expect((await failure(xikouStaff().appraisal.mine.submitSelf.mutate({ subjectId: subjectOf[xikou]! }))).data?.fieldIssues?.[0]?.path).toBe('evidence');
    } finally {
      await setOwn(true);
    }
    // With its file the hand-in is accepted.
    const up = await uploadFile(stack.apiUrl, await stack.tokenFor('xikou.staff'), xikou, 'appraisal_score', self.id, '台账.pdf', PDF);
    expect(up.status).toBe(201);
    expect((await xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[xikou]! })).lackingEvidence).toEqual([]);
    await xikouStaff().appraisal.mine.submitSelf.mutate({ subjectId: subjectOf[xikou]!, selfReport: '对照细则逐项自查。' });
    expect((await xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[xikou]! })).subject.selfSubmittedAt).not.toBeNull();
  });

  it('the county scores; the townships see neither its scores nor any rank before publication', async () => {
    version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), campaignId, version, [['start_scoring']]);
    const over = await failure(county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'B4', input: { kind: 'points', points: 2 } }));
    expect(over.data?.httpStatus).toBe(400);
    expect(over.data?.fieldIssues?.[0]).toMatchObject({ path: 'input.points' });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'A3', input: { kind: 'deduction', occurrences: 2 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'E6', input: { kind: 'bonus', units: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[longtan]!, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    const sheet = await xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[xikou]! });
    expect(sheet.published).toBe(false);
    expect(sheet.areas.flatMap((a) => a.items).every((i) => i.official === null)).toBe(true);
    expect(sheet.areas[0]!.items.find((i) => i.key === 'A4')!.self).toMatchObject({ points: 1 });
    expect((await failure(xikouStaff().appraisal.mine.result.query({ subjectId: subjectOf[xikou]! }))).data?.code).toBe('NOT_FOUND');
    // The county's campaign is not the township's to organise or rank.
    expect((await failure(xikouStaff().appraisal.results.ranking.query({ campaignId }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.scores.sheet.query({ subjectId: subjectOf[xikou]! }))).data?.code).toBe('NOT_FOUND');
    const live = await county().countyAppraisal.results.ranking.query({ campaignId });
    expect(live.rows.length).toBe(2);
  });

  it('publishes with the ranking; the township sees its result and the ranking; a published campaign cannot be edited', async () => {
    version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), campaignId, version, [['submit_review'], ['publish', { publishRanking: true }]]);
    const ranking = await county().countyAppraisal.results.ranking.query({ campaignId });
    // Only items scored count (unscored items 0): xikou A3 0.5 + E6 bonus 0.5 = 1; longtan B1 failed = 0.
    expect(ranking.rows.map((r) => [r.name, r.total, r.rank])).toEqual([['溪口镇', 1, 1], ['龙潭镇', 0, 2]]);
    const result = await xikouStaff().appraisal.mine.result.query({ subjectId: subjectOf[xikou]! });
    expect(result).toMatchObject({ total: 1, rank: 1, version: 1 });
    expect(result.ranking?.map((r) => [r.name, r.rank, r.own])).toEqual([['溪口镇', 1, true], ['龙潭镇', 2, false]]);
    const edit = await failure(county().countyAppraisal.campaigns.update.mutate({ id: campaignId, version, title: '改' }));
    expect(edit.data?.httpStatus).toBe(400);
    expect((await failure(county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[xikou]!, itemKey: 'A1', input: { kind: 'pass_fail', passed: true } }))).data?.httpStatus).toBe(400);
  });

  it('a correction is a new, audited version with its reason; results recompute identically from the stored inputs', async () => {
    const noReason = await failure(county().countyAppraisal.campaigns.step.mutate({ id: campaignId, version, action: 'correct', payload: {} as never }));
    expect(noReason.data?.httpStatus).toBe(400);
    version = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), campaignId, version, [['correct', { reason: '复核更正计分' }]]);
    const stored = await stack.ownerDb.appraisalResult.findMany({ where: { campaignId }, orderBy: [{ version: 'asc' }] });
    expect(stored.map((r) => r.version)).toEqual([1, 1, 2, 2]);
    expect(stored.filter((r) => r.version === 2).every((r) => r.reason === '复核更正计分')).toBe(true);
    const audit = await stack.ownerDb.auditLog.findMany({ where: { entity: 'AppraisalResult', action: 'correct_result' } });
    expect(audit.length).toBe(2);
    const frozen = await stack.ownerDb.appraisalRuleSet.findFirstOrThrow({ where: { campaignId } });
    const campaign = await stack.ownerDb.appraisalCampaign.findUniqueOrThrow({ where: { id: campaignId }, select: { id: true, countyId: true } });
    const inputs = await stack.ownerDb.$transaction((tx) => subjectInputs(tx, campaign));
    const again = computeResults(frozen.rules as unknown as AppraisalRuleSet, inputs);
    for (const r of stored.filter((s) => s.version === 2)) expect(again.find((a) => a.id === r.subjectId)).toMatchObject({ total: Number(r.total), rank: r.rank, grade: r.grade });
  });
});

describe('a township appraises its villages monthly on environment governance (seed 001)', () => {
  it('scores villages, publishes; the subsidy is not configured until bands are set, then follows them', async () => {
    const villages = await stack.ownerDb.village.findMany({ where: { tenantId: xikou }, take: 2, orderBy: { name: 'asc' } });
    const template = await templateId(xikouStaff(), 'seed.village_environment', 'township');
    const set = (await xikouStaff().appraisal.templates.get.query({ id: template })).ruleSet;
    const created = await xikouStaff().appraisal.campaigns.create.mutate({
      templateId: template,
      title: '村居环境月度考核',
      year,
      periodIndex: 3,
      recurring: true,
      subjects: villages.map((v) => ({ tenantId: xikou, name: v.name, villageId: v.id })),
    });
    let v = (await xikouStaff().appraisal.campaigns.update.mutate({ id: created.id, version: created.version, ruleSet: { ...set, subsidyBands: [{ min: 90, amount: 5000 }, { min: 60, amount: 1000 }] } })).version;
    // A month outside 1–12 and another township's village are refused, naming the field.
    expect((await failure(xikouStaff().appraisal.campaigns.create.mutate({ templateId: template, title: 'x', year, periodIndex: null }))).data?.fieldIssues?.[0]).toMatchObject({ path: 'periodIndex' });
    const foreignVillage = await stack.ownerDb.village.findFirstOrThrow({ where: { tenantId: longtan } });
    expect((await failure(xikouStaff().appraisal.campaigns.create.mutate({ templateId: template, title: 'x', year, periodIndex: 3, subjects: [{ tenantId: longtan, name: foreignVillage.name, villageId: foreignVillage.id }] }))).data?.httpStatus).toBe(400);
    v = await steps((i) => xikouStaff().appraisal.campaigns.step.mutate(i), created.id, v, [['open'], ['start_scoring']]);
    const detail = await xikouStaff().appraisal.campaigns.get.query({ id: created.id });
    const [first, second] = detail.subjects;
    for (const item of set.areas.flatMap((a) => a.items)) {
      const r = item.rule;
      const best = r.kind === 'points' ? { kind: 'points' as const, points: item.max } : r.kind === 'deduction' ? { kind: 'deduction' as const, occurrences: 0 } : r.kind === 'pass_fail' ? { kind: 'pass_fail' as const, passed: true } : r.kind === 'linear' ? { kind: 'linear' as const, value: r.to } : null;
      if (!best) continue;
      await xikouStaff().appraisal.scores.setItem.mutate({ subjectId: first!.id, itemKey: item.key, input: best });
      await xikouStaff().appraisal.scores.setItem.mutate({ subjectId: second!.id, itemKey: item.key, input: item.key === 'S2' ? { kind: 'pass_fail', passed: false } : best });
    }
    await steps((i) => xikouStaff().appraisal.campaigns.step.mutate(i), created.id, v, [['submit_review'], ['publish', {}]]);
    const ranking = await xikouStaff().appraisal.results.ranking.query({ campaignId: created.id });
    expect(ranking.rows.map((r) => [r.total, r.subsidy])).toEqual([[100, 5000], [85, 1000]]);
    // Longtan cannot see Xikou's campaign at all.
    expect((await failure(longtanAdmin().appraisal.campaigns.get.query({ id: created.id }))).data?.code).toBe('NOT_FOUND');
    // The next month's campaign comes from this one.
    const next = await xikouStaff().appraisal.campaigns.createNext.mutate({ campaignId: created.id });
    expect(await xikouStaff().appraisal.campaigns.get.query({ id: next.id })).toMatchObject({ year, periodIndex: 4, state: 'draft', subjectCount: 2, previousCampaignId: created.id });
  });
});

describe('leadership duty appraisal in three phases (seed 003)', () => {
  it('combines the on-site sheet with the mutual evaluation and daily performance; the missing democratic evaluation’s weight is shared', async () => {
    const units = await stack.ownerDb.handlingUnit.findMany({ where: { tenantId: xikou }, take: 2, orderBy: { name: 'asc' } });
    const template = await templateId(xikouStaff(), 'seed.leadership_duty', 'township');
    const created = await xikouStaff().appraisal.campaigns.create.mutate({
      templateId: template,
      title: '领导班子履职尽责考核',
      year,
      phases: [
        { kind: 'self_score', startsOn: `${year + 1}-01-01`, endsOn: `${year + 1}-01-10` },
        { kind: 'onsite_review', startsOn: `${year + 1}-01-10`, endsOn: `${year + 1}-01-20` },
        { kind: 'democratic_evaluation', startsOn: `${year + 1}-01-10`, endsOn: `${year + 1}-01-20` },
        { kind: 'mutual_evaluation', startsOn: `${year + 1}-01-21`, endsOn: `${year + 1}-01-31` },
      ],
      subjects: units.map((u) => ({ tenantId: xikou, name: `${u.name}领导班子`, handlingUnitId: u.id })),
    });
    const detail = await xikouStaff().appraisal.campaigns.get.query({ id: created.id });
    expect(detail.evaluatorGroups.find((g) => g.kind === 'staff_reps')).toMatchObject({ sizeMin: 8, sizeMax: 10 }); // rule appraisal.onsite_staff_reps
    const v = await steps((i) => xikouStaff().appraisal.campaigns.step.mutate(i), created.id, created.version, [['open'], ['start_scoring']]);
    const subject = detail.subjects[0]!.id;
    // On-site: W1 12, W2 100 % → 8, W3 100 % → 8, W4 8, C1 8, C2 passed 8, C3 6, C4 6 = 64 of 64 → 100
    for (const [itemKey, input] of [['W1', { kind: 'points', points: 12 }], ['W2', { kind: 'linear', value: 100 }], ['W3', { kind: 'linear', value: 100 }], ['W4', { kind: 'deduction', occurrences: 0 }], ['C1', { kind: 'points', points: 8 }], ['C2', { kind: 'pass_fail', passed: true }], ['C3', { kind: 'points', points: 6 }], ['C4', { kind: 'points', points: 6 }]] as const) {
      await xikouStaff().appraisal.scores.setItem.mutate({ subjectId: subject, itemKey, input: input as never });
    }
    await xikouStaff().appraisal.scores.setPhase.mutate({ subjectId: subject, phase: 'mutual_evaluation', score: 80 });
    await xikouStaff().appraisal.scores.setPhase.mutate({ subjectId: subject, phase: 'daily_performance', score: 90 });
    expect((await failure(xikouStaff().appraisal.scores.setPhase.mutate({ subjectId: subject, phase: 'mutual_evaluation', score: 101 }))).data?.httpStatus).toBe(400);
    await steps((i) => xikouStaff().appraisal.campaigns.step.mutate(i), created.id, v, [['submit_review'], ['publish', {}]]);
    const ranking = await xikouStaff().appraisal.results.ranking.query({ campaignId: created.id });
    // Weights 25/25/25/25; democratic evaluation missing → the three others 33.333 % each: (100 + 80 + 90) / 3 = 90
    const row = ranking.rows.find((r) => r.subjectId === subject)!;
    expect(row.total).toBe(90);
    expect(row.grade).toBeNull(); // cut-offs not configured
    expect(row.gradeReason).toBe('not_configured');
  });
});

describe('grids evaluate themselves each half year; the county ranks level-3 and level-4 grids (seed 000)', () => {
  it('the township self-evaluates its grids, the county evaluates and ranks across townships', async () => {
    const grids = await stack.ownerDb.grid.findMany({ where: { tenantId: { in: [xikou, longtan] } }, orderBy: { name: 'asc' } });
    const pick = [grids.find((g) => g.tenantId === xikou)!, grids.find((g) => g.tenantId === longtan)!];
    const template = await templateId(county(), 'seed.grid_half_year', 'county');
    const created = await county().countyAppraisal.campaigns.create.mutate({ templateId: template, title: '网格半年考核', year, periodIndex: 1, recurring: true, subjects: pick.map((g) => ({ tenantId: g.tenantId, name: g.name, gridId: g.id })) });
    let v = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, created.version, [['open']]);
    const mine = (await xikouStaff().appraisal.mine.list.query()).find((m) => m.campaignId === created.id)!;
    expect(mine.subjectKind).toBe('grid');
    await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: mine.subjectId, itemKey: 'L1', input: { kind: 'points', points: 15 } });
    v = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, v, [['start_scoring']]);
    const detail = await county().countyAppraisal.campaigns.get.query({ id: created.id });
    for (const s of detail.subjects) {
      await county().countyAppraisal.scores.setItem.mutate({ subjectId: s.id, itemKey: 'H2', input: { kind: 'rank', rank: s.tenantId === xikou ? 1 : 6 } });
    }
    await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, v, [['submit_review'], ['publish', { publishRanking: true }]]);
    const ranking = await county().countyAppraisal.results.ranking.query({ campaignId: created.id });
    // Xikou's grid: self 15 of 100 → 15, upper 10 of 10 items in its phase … on-site 10 of 100 → 10: 0.5·15 + 0.5·10 = 12.5.
    // Longtan's grid: no self-evaluation → upper level's 7.5 (rank 6, beyond the list) carries the whole weight: 7.5.
    expect(ranking.rows.map((r) => [r.tenantId, r.total, r.rank])).toEqual([[xikou, 12.5, 1], [longtan, 7.5, 2]]);
    expect(ranking.rows[0]!.standardScore).toBe(60);
    expect(ranking.rows[1]!.standardScore).toBe(40);
  });
});

describe('demo data', () => {
  it('has one finished and one running campaign of each of the four kinds, the running one following the finished one', async () => {
    const campaigns = await stack.ownerDb.appraisalCampaign.findMany({ where: { year: { lt: year } }, include: { template: true } });
    const byKind = (code: string) => campaigns.filter((c) => c.template?.code === code).map((c) => c.state).sort();
    for (const code of ['seed.congress_work', 'seed.leadership_duty', 'seed.village_environment', 'seed.grid_half_year']) expect(byKind(code), code).toEqual(['published', 'scoring']);
    const running = campaigns.filter((c) => c.state === 'scoring');
    expect(running.every((c) => campaigns.some((p) => p.id === c.previousCampaignId && p.state === 'published'))).toBe(true);
    const published = await stack.ownerDb.appraisalResult.count({ where: { campaignId: { in: campaigns.filter((c) => c.state === 'published').map((c) => c.id) } } });
    expect(published).toBeGreaterThan(10);
  });
});
