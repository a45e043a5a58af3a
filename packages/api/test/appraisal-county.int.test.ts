import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, PDF, uploadFile } from './attachment-http';
import { refreshIndicatorValues } from '../src/indicators/refresh';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * The county's side of appraisal through tRPC and the attachment routes against PostgreSQL: its
 * reading of a township's self-score evidence, and its published results as indicators of its
 * dashboards (docs/decisions-appraisal-finish.md).
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

async function steps(run: (input: { id: string; version: number; action: never; payload: never }) => Promise<{ version: number }>, id: string, version: number, actions: Array<[string, Record<string, unknown>?]>) {
  let v = version;
  for (const [action, payload] of actions) v = (await run({ id, version: v, action: action as never, payload: (payload ?? {}) as never })).version;
  return v;
}

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
