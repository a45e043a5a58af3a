import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile, PDF, uploadFile } from './attachment-http';
import { failure, startTestStack, type TestStack } from './harness';
import { steps } from './lib/workflow-steps';

/**
 * Seed 000 through tRPC and the attachment routes against PostgreSQL: the county lists the level-3
 * and level-4 grids of its townships (`countyAppraisal.subjectOptions`), runs its half-yearly grid
 * campaign over two townships' grids from the starting template (the township self-scores with
 * evidence, the county downloads it, scores, publishes and ranks across townships), and every
 * subject must be its township's row of the campaign's kind (docs/decisions.md, 80).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
const tokens: Record<string, string> = {};
const county = () => stack.client('county');
const xikouStaff = () => stack.client('xikou.staff');
const longtanAdmin = () => stack.client('longtan.admin');
const year = 2036;
const RANDOM = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  for (const username of ['xikou.staff', 'longtan.admin', 'county']) tokens[username] = await stack.tokenFor(username);
});
afterAll(() => stack?.close());

/** A grid of another county (its own township), arranged behind the API's back. */
async function otherCountyGrid() {
  const other = await stack.ownerDb.county.create({ data: { code: 'other-county-grids', name: '邻县', standingCommitteeName: '邻县人大常委会' } });
  const tenant = await stack.ownerDb.tenant.create({ data: { countyId: other.id, code: 'other-county-grids-town', name: '邻县镇', kind: 'town' } });
  const grid = await stack.ownerDb.grid.create({ data: { tenantId: tenant.id, name: '邻县镇三级网格', level: 3 } });
  return { tenantId: tenant.id, gridId: grid.id, name: grid.name };
}

describe('the county lists its townships’ rows for a campaign', () => {
  it('grids of levels 3 and 4 across townships by default, narrowed by township, name and level, bounded', async () => {
    const active = (await stack.ownerDb.tenant.findMany({ where: { county: { tenants: { some: { id: xikou } } }, status: 'active' }, select: { id: true } })).map((t) => t.id);
    const grids = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', pageSize: 200 });
    expect(grids.total).toBe(await stack.ownerDb.grid.count({ where: { tenantId: { in: active }, level: { in: [3, 4] } } }));
    expect(grids.items.every((g) => g.level === 3 || g.level === 4)).toBe(true);
    expect(grids.items.every((g) => active.includes(g.tenantId))).toBe(true);
    expect(grids.items.some((g) => g.tenantId === xikou && g.tenantName === '溪口镇')).toBe(true);
    expect(grids.items.some((g) => g.tenantId === longtan && g.tenantName === '龙潭镇')).toBe(true);

    const xikouGrids = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', tenantId: xikou });
    expect(xikouGrids.items.length).toBeGreaterThan(1);
    expect(xikouGrids.items.every((g) => g.tenantId === xikou)).toBe(true);
    expect(xikouGrids.total).toBe(await stack.ownerDb.grid.count({ where: { tenantId: xikou, level: { in: [3, 4] } } }));
    // Within a township, its level-3 grid first.
    expect(xikouGrids.items.map((g) => g.level)).toEqual([...xikouGrids.items.map((g) => g.level)].sort((a, b) => a! - b!));
    expect(xikouGrids.items[0]).toMatchObject({ name: '溪口镇三级网格', level: 3 });
    const third = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', levels: [3] });
    expect(third.items.length).toBeGreaterThan(1);
    expect(third.items.every((g) => g.level === 3)).toBe(true);
    const cells = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', levels: [5] });
    expect(cells.items.every((g) => g.level === 5)).toBe(true);
    const named = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', search: '三级网格' });
    expect(named.items.length).toBeGreaterThan(1);
    expect(named.items.every((g) => g.name.includes('三级网格'))).toBe(true);
    const page = await county().countyAppraisal.subjectOptions.query({ kind: 'grid', pageSize: 3, page: 2 });
    expect(page.items.map((g) => g.id)).toEqual(grids.items.slice(3, 6).map((g) => g.id));

    // The other kinds: villages, serving deputies, offices and stations, each with its township.
    const villages = await county().countyAppraisal.subjectOptions.query({ kind: 'village', tenantId: longtan });
    expect(villages.total).toBe(await stack.ownerDb.village.count({ where: { tenantId: longtan } }));
    const deputies = await county().countyAppraisal.subjectOptions.query({ kind: 'deputy', pageSize: 200 });
    expect(deputies.total).toBe(await stack.ownerDb.deputy.count({ where: { tenantId: { in: active }, status: 'serving' } }));
    const units = await county().countyAppraisal.subjectOptions.query({ kind: 'unit', tenantId: xikou });
    expect(units.total).toBe(await stack.ownerDb.handlingUnit.count({ where: { tenantId: xikou, active: true, kind: { in: ['township_office', 'station'] } } }));
    expect(units.items.every((u) => u.tenantName === '溪口镇' && u.level === null)).toBe(true);

    // Another county's township lists nothing; no page is larger than 200; a township cannot ask.
    const foreign = await otherCountyGrid();
    expect(await county().countyAppraisal.subjectOptions.query({ kind: 'grid', tenantId: foreign.tenantId })).toMatchObject({ items: [], total: 0 });
    expect((await county().countyAppraisal.subjectOptions.query({ kind: 'grid', search: '邻县', pageSize: 200 })).items).toEqual([]);
    const big = await failure(county().countyAppraisal.subjectOptions.query({ kind: 'grid', pageSize: 500 }));
    expect(big.data?.httpStatus).toBe(400);
    expect(big.data?.fieldIssues?.[0]?.path).toBe('pageSize');
    expect(big.data?.messages.zh).toContain('每页条数');
    expect((await failure(xikouStaff().countyAppraisal.subjectOptions.query({ kind: 'grid' }))).data?.code).toBe('FORBIDDEN');
  });
});

describe('the county ranks the level-3 and level-4 grids of two townships (seed 000)', () => {
  it('creates from the listed grids; a subject that is not its township’s grid is refused naming the field', async () => {
    const templates = await county().countyAppraisal.templates.list.query();
    const templateId = templates.find((t) => t.code === 'seed.grid_half_year')!.id;
    const base = { templateId, title: `${year}年上半年网格考核`, year, periodIndex: 1 };
    const refused = async (subjects: Array<Record<string, string>>) => {
      const f = await failure(county().countyAppraisal.campaigns.create.mutate({ ...base, subjects: subjects as never }));
      return { status: f.data?.httpStatus, path: f.data?.fieldIssues?.[0]?.path, zh: f.data?.messages.zh, en: f.data?.messages.en };
    };
    const longtanGrid = (await county().countyAppraisal.subjectOptions.query({ kind: 'grid', tenantId: longtan })).items[0]!;
    const foreign = await stack.ownerDb.grid.findFirstOrThrow({ where: { name: '邻县镇三级网格' } });
    // A random id, another county's grid, another township's grid: the grid field, like any unknown row.
    expect(await refused([{ tenantId: xikou, name: 'x', gridId: RANDOM }])).toMatchObject({ status: 400, path: 'subjects.0.gridId', zh: expect.stringContaining('网格') });
    expect(await refused([{ tenantId: xikou, name: 'x', gridId: foreign.id }])).toMatchObject({ status: 400, path: 'subjects.0.gridId' });
    expect(await refused([{ tenantId: xikou, name: 'x', gridId: longtanGrid.id }])).toMatchObject({ status: 400, path: 'subjects.0.gridId' });
    expect(await refused([{ tenantId: foreign.tenantId, name: 'x', gridId: foreign.id }])).toMatchObject({ status: 400, path: 'subjects.0.tenantId' });
    // A grid campaign's subject is a grid: a township alone or a village is refused.
    expect(await refused([{ tenantId: xikou, name: '溪口镇' }])).toMatchObject({ status: 400, path: 'subjects.0.gridId', zh: expect.stringContaining('请选择网格'), en: expect.stringContaining('choose the grid') });
    const village = (await county().countyAppraisal.subjectOptions.query({ kind: 'village', tenantId: xikou })).items[0]!;
    expect(await refused([{ tenantId: xikou, name: village.name, villageId: village.id }])).toMatchObject({ status: 400, path: 'subjects.0.villageId', en: expect.stringContaining('does not appraise a village') });
    expect(await stack.ownerDb.appraisalCampaign.count({ where: { title: base.title } })).toBe(0);
  });

  it('runs: self-score with evidence, the county’s download, scoring, publication, the ranking across townships', async () => {
    const templates = await county().countyAppraisal.templates.list.query();
    const templateId = templates.find((t) => t.code === 'seed.grid_half_year')!.id;
    // One level-3 and one level-4 grid of each township, as the form offers them.
    const offered = async (tenantId: string) => {
      const items = (await county().countyAppraisal.subjectOptions.query({ kind: 'grid', tenantId })).items;
      return [items.find((g) => g.level === 3)!, items.find((g) => g.level === 4)!];
    };
    const [x3, x4] = await offered(xikou);
    const [l3, l4] = await offered(longtan);
    const chosen = [x3!, x4!, l3!, l4!];
    const created = await county().countyAppraisal.campaigns.create.mutate({ templateId, title: `${year}年下半年网格考核`, year, periodIndex: 2, subjects: chosen.map((g) => ({ tenantId: g.tenantId, name: g.name, gridId: g.id })) });
    let v = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, created.version, [['open']]);
    const detail = await county().countyAppraisal.campaigns.get.query({ id: created.id });
    expect(detail.subjects.map((s) => [s.tenantId, s.gridId, s.kind]).sort()).toEqual(chosen.map((g) => [g.tenantId, g.id, 'grid']).sort());
    const subjectOf = Object.fromEntries(detail.subjects.map((s) => [s.gridId, s.id])) as Record<string, string>;
    // Each subject names its township (a level-4 grid's name does not).
    expect(detail.subjects.map((s) => [s.gridId, s.tenantName]).sort()).toEqual(chosen.map((g) => [g.id, g.tenantName]).sort());

    // The township sees its own two grids, and self-scores one with its evidence (L1 asks 台账).
    const mine = (await xikouStaff().appraisal.mine.list.query()).filter((m) => m.campaignId === created.id);
    expect(mine.map((m) => m.subjectId).sort()).toEqual([subjectOf[x3!.id], subjectOf[x4!.id]].sort());
    expect((await failure(xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[l3!.id]! }))).data?.code).toBe('NOT_FOUND');
    const self = await xikouStaff().appraisal.mine.setSelf.mutate({ subjectId: subjectOf[x3!.id]!, itemKey: 'L1', input: { kind: 'points', points: 15 } });
    const evidence = await uploadFile(stack.apiUrl, tokens['xikou.staff'], xikou, 'appraisal_score', self.id, '污染源台账.pdf', PDF);
    expect(evidence.status).toBe(201);
    await xikouStaff().appraisal.mine.submitSelf.mutate({ subjectId: subjectOf[x3!.id]!, selfReport: '网格自评。' });

    // The county: the evidence on its sheet, downloaded; nothing else of the township's files.
    v = await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, v, [['start_scoring']]);
    const countySheet = await county().countyAppraisal.scores.sheet.query({ subjectId: subjectOf[x3!.id]! });
    expect(countySheet.areas.flatMap((a) => a.items).find((i) => i.key === 'L1')!.evidence.map((e) => [e.id, e.fileName])).toEqual([[evidence.body.id, '污染源台账.pdf']]);
    const down = await downloadFile(stack.apiUrl, tokens['county'], undefined, evidence.body.id!);
    expect(down.status).toBe(200);
    expect(down.bytes.equals(PDF)).toBe(true);
    const suggestion = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: xikou }, select: { id: true } });
    const suggestionFile = await stack.ownerDb.attachment.create({ data: { tenantId: xikou, ownerKind: 'suggestion', ownerId: suggestion.id, fileName: '答复函.pdf', contentType: 'application/pdf', size: PDF.length, storage: 'database', uploaderName: '溪口镇人大办', content: { create: { data: new Uint8Array(PDF) } } } });
    expect((await downloadFile(stack.apiUrl, tokens['xikou.staff'], xikou, suggestionFile.id)).status).toBe(200);
    const notEvidence = await downloadFile(stack.apiUrl, tokens['county'], undefined, suggestionFile.id);
    const random = await downloadFile(stack.apiUrl, tokens['county'], undefined, RANDOM);
    expect([notEvidence.status, notEvidence.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    expect([random.status, random.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    // Another township's user: not found, as a random id.
    const otherTownship = await downloadFile(stack.apiUrl, tokens['longtan.admin'], longtan, evidence.body.id!);
    expect([otherTownship.status, otherTownship.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);

    // The upper level's scores (H2: the county-wide rank of the completion rate; F1 on one grid).
    const ranks: Array<[string, number]> = [[x3!.id, 1], [x4!.id, 2], [l3!.id, 3], [l4!.id, 4]];
    for (const [gridId, rank] of ranks) await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[gridId]!, itemKey: 'H2', input: { kind: 'rank', rank } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: subjectOf[l4!.id]!, itemKey: 'F1', input: { kind: 'pass_fail', passed: true } });

    // Before publication the township reads its own self-scores only: no county score, no rank, no result.
    const before = await xikouStaff().appraisal.mine.sheet.query({ subjectId: subjectOf[x3!.id]! });
    expect(before.published).toBe(false);
    expect(before.areas.flatMap((a) => a.items).every((i) => i.official === null)).toBe(true);
    expect(before.areas.flatMap((a) => a.items).find((i) => i.key === 'L1')!.self).toMatchObject({ points: 15 });
    expect(JSON.stringify(before)).not.toMatch(/"rank"\s*:\s*\d/);
    expect((await failure(xikouStaff().appraisal.mine.result.query({ subjectId: subjectOf[x3!.id]! }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.results.ranking.query({ campaignId: created.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtanAdmin().appraisal.mine.result.query({ subjectId: subjectOf[l4!.id]! }))).data?.code).toBe('NOT_FOUND');

    await steps((i) => county().countyAppraisal.campaigns.step.mutate(i), created.id, v, [['submit_review'], ['publish', { publishRanking: true }]]);
    const ranking = await county().countyAppraisal.results.ranking.query({ campaignId: created.id });
    // Self 50 % and upper level 50 % (seed 000); a grid without a self-score is its upper level's score.
    // x3: 0.5·15 + 0.5·10 = 12.5; x4: 9.5 (rank 2); l3: 9 (rank 3); l4: 8.5 + 10 (F1) = 18.5.
    expect(ranking.rows.map((r) => r.tenantName)).toEqual(['龙潭镇', '溪口镇', '溪口镇', '龙潭镇']);
    expect(ranking.rows.map((r) => [r.subjectId, r.tenantId, r.total, r.rank])).toEqual([
      [subjectOf[l4!.id], longtan, 18.5, 1],
      [subjectOf[x3!.id], xikou, 12.5, 2],
      [subjectOf[x4!.id], xikou, 9.5, 3],
      [subjectOf[l3!.id], longtan, 9, 4],
    ]);
    // After publication the township reads its grids' results and the published ranking across townships.
    const result = await xikouStaff().appraisal.mine.result.query({ subjectId: subjectOf[x3!.id]! });
    expect(result).toMatchObject({ total: 12.5, rank: 2 });
    expect(result.ranking?.map((r) => [r.name, r.rank, r.own])).toEqual([[l4!.name, 1, false], [x3!.name, 2, true], [x4!.name, 3, true], [l3!.name, 4, false]]);
    expect((await longtanAdmin().appraisal.mine.result.query({ subjectId: subjectOf[l4!.id]! })).rank).toBe(1);
  });
});
