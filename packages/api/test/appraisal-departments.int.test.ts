import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScope, countyReadScope, tenantScope, withCounty } from '@pcs/db';
import { downloadFile, PDF, uploadFile } from './attachment-http';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * County departments (县直部门) as appraised units (decision 68): a county
 * campaign over departments end to end through tRPC against PostgreSQL, what a township and
 * another department see of it (nothing), and the county home's row-level security read
 * directly under a township's and a department's scope.
 */
let stack: TestStack;
let xikou: string;
let countyId: string;
const departments: Record<string, string> = {};
const county = () => stack.client('county');
const transport = () => stack.client('transport');
const xikouStaff = () => stack.client('xikou.staff');
const year = 2036;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  countyId = (await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } })).countyId;
  for (const d of await stack.ownerDb.countyDepartment.findMany({ where: { countyId } })) departments[d.code] = d.id;
  for (const username of ['transport', 'county', 'xikou.staff']) tokens[username] = await stack.tokenFor(username);
});
afterAll(() => stack?.close());

async function steps(id: string, version: number, actions: Array<[string, Record<string, unknown>?]>) {
  let v = version;
  for (const [action, payload] of actions) v = (await county().countyAppraisal.campaigns.step.mutate({ id, version: v, action: action as never, payload: (payload ?? {}) as never })).version;
  return v;
}

/** Runs fn as another department's user: the transport user's membership moved for the call, then back. */
async function asDepartment<T>(code: string, fn: () => Promise<T>): Promise<T> {
  const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'transport' }, role: 'county_dept_handler' } });
  await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: departments[code] } });
  try {
    return await fn();
  } finally {
    await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: membership.departmentId } });
  }
}

describe('the county appraises its departments', () => {
  let campaignId: string;
  let version: number;
  let subjectOf: Record<string, string>;

  it('creates a campaign over county departments from a department template; a township or a foreign id is refused naming the field', async () => {
    const offered = await county().countyAppraisal.departments.query();
    expect(offered.map((d) => d.name)).toEqual(expect.arrayContaining(['县交通运输局', '县生态环境局']));
    expect((await failure(transport().countyAppraisal.departments.query())).data?.code).toBe('FORBIDDEN');

    const seed = (await county().countyAppraisal.templates.list.query()).find((t) => t.code === 'seed.congress_work')!;
    const base = await county().countyAppraisal.templates.get.query({ id: seed.id });
    const template = await county().countyAppraisal.templates.save.mutate({ name: '县直部门支持人大工作考评', nameEn: 'County departments: support of congress work', subjectKind: 'department', periodKind: 'year', ruleSet: base.ruleSet });
    const input = { templateId: template.id, title: `${year}年度县直部门考评`, year };

    const township = await failure(county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ tenantId: xikou, name: '溪口镇' }] }));
    expect(township.data?.httpStatus).toBe(400);
    expect(township.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.0.countyDepartmentId' });
    expect(township.data?.messages.zh).toContain('县直部门');
    const foreign = await failure(county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ countyDepartmentId: '00000000-0000-4000-8000-000000000000', name: 'x' }] }));
    expect(foreign.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.0.countyDepartmentId' });
    expect(foreign.data?.messages.en).toContain('not a department of this county');

    const created = await county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ countyDepartmentId: departments['transport']!, name: 'x' }, { countyDepartmentId: departments['ecology']!, name: 'x' }] });
    campaignId = created.id;
    const detail = await county().countyAppraisal.campaigns.get.query({ id: campaignId });
    expect(detail.subjects.map((s) => [s.name, s.tenantId]).sort()).toEqual([['县交通运输局', null], ['县生态环境局', null]].sort());
    subjectOf = Object.fromEntries(detail.subjects.map((s) => [s.countyDepartmentId, s.id]));
    expect(await stack.ownerDb.appraisalSubject.count({ where: { campaignId } })).toBe(0);
    version = await steps(campaignId, created.version, [['open']]);
  });

  it("the department attaches evidence to its self-score through the attachment routes; the standing committee reads it; another department and a township find nothing", async () => {
    const own = subjectOf[departments['transport']!]!;
    const self = await transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    // The department's user sends no township: the county home's item.
    const up = await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', self.id, '台账.pdf', PDF);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: '台账.pdf', contentType: 'application/pdf', uploaderUnitName: '县交通运输局' });
    const fileId = up.body.id!;
    expect(await stack.ownerDb.countyAttachment.count({ where: { id: fileId, countyId, ownerId: self.id } })).toBe(1);
    expect(await stack.ownerDb.attachment.count({ where: { id: fileId } })).toBe(0);
    const audit = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entity: 'CountyAttachment', action: 'attach', entityId: fileId } });
    expect(audit.tenantId).toBeNull();

    // The same limits as a township's files: the type is read from the bytes.
    const bad = await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', self.id, 'x.pdf', Buffer.from('not a pdf at all'));
    expect([bad.status, bad.body.error?.data?.fieldIssues?.[0]?.path]).toEqual([400, 'file']);

    // Its sheet lists the file, removable while it may still change the self-score; it downloads it.
    const item = (await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own })).areas[0]!.items.find((i) => i.key === 'A4')!;
    expect(item.evidence.map((e) => [e.id, e.fileName, e.removable])).toEqual([[fileId, '台账.pdf', true]]);
    const down = await downloadFile(stack.apiUrl, tokens['transport'], undefined, fileId);
    expect([down.status, down.bytes.equals(PDF)]).toEqual([200, true]);

    // The standing committee reads it on its scoring sheet and downloads it; it uploads none.
    const countySheet = await county().countyAppraisal.scores.sheet.query({ subjectId: own });
    expect(countySheet.areas[0]!.items.find((i) => i.key === 'A4')!.evidence.map((e) => [e.id, e.removable])).toEqual([[fileId, false]]);
    const countyDown = await downloadFile(stack.apiUrl, tokens['county'], undefined, fileId);
    expect([countyDown.status, countyDown.bytes.equals(PDF)]).toEqual([200, true]);
    expect(countyDown.headers.get('content-disposition')).toContain('attachment');
    expect((await uploadFile(stack.apiUrl, tokens['county'], undefined, 'county_appraisal_score', self.id, 'y.pdf', PDF)).status).toBe(403);

    // A township: not found, whichever kind it names.
    for (const kind of ['county_appraisal_score', 'appraisal_score']) {
      const t = await uploadFile(stack.apiUrl, tokens['xikou.staff'], xikou, kind, self.id, 'y.pdf', PDF);
      expect([t.status, t.body.error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    }
    const townshipDown = await downloadFile(stack.apiUrl, tokens['xikou.staff'], xikou, fileId);
    expect([townshipDown.status, townshipDown.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
    expect((await failure(xikouStaff().attachments.list.query({ ownerKind: 'county_appraisal_score', ownerId: self.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().attachments.delete.mutate({ id: fileId }))).data?.code).toBe('NOT_FOUND');

    // Another department: not found for download, upload and removal.
    await asDepartment('ecology', async () => {
      const d = await downloadFile(stack.apiUrl, tokens['transport'], undefined, fileId);
      expect([d.status, d.json().error?.data?.code]).toEqual([404, 'NOT_FOUND']);
      const u = await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', self.id, 'y.pdf', PDF);
      expect([u.status, u.body.error?.data?.code]).toEqual([404, 'NOT_FOUND']);
      expect((await failure(transport().department.attachments.delete.mutate({ id: fileId }))).data?.code).toBe('NOT_FOUND');
    });

    // The department removes a file of its own through its one delete procedure.
    const extra = await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', self.id, '照片说明.pdf', PDF);
    expect(extra.status).toBe(201);
    await transport().department.attachments.delete.mutate({ id: extra.body.id! });
    expect(await stack.ownerDb.countyAttachment.count({ where: { ownerId: self.id } })).toBe(1);
    expect(await stack.ownerDb.countyAttachmentContent.count({ where: { attachmentId: extra.body.id! } })).toBe(0);
  });

  it("the department's own user self-scores its own subject; another department's and a township's are not found", async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    // Its own subject of this campaign (the demo's published department campaign is its too).
    const mine = await transport().countyDeptAppraisal.mine.list.query();
    expect(mine.filter((m) => m.campaignId === campaignId).map((m) => [m.subjectId, m.subjectName])).toEqual([[own, '县交通运输局']]);
    // Every subject it sees is its own: the department itself, or its leadership team (the demo's running county-home campaign, decision 79).
    expect(mine.map((m) => m.subjectName).filter((name) => name !== '县交通运输局' && name !== '县交通运输局领导班子')).toEqual([]);
    const over = await failure(transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1.5 } }));
    expect(over.data?.httpStatus).toBe(400);
    expect(over.data?.fieldIssues?.[0]).toMatchObject({ path: 'input.points' });
    expect((await transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1 } })).points).toBe(1);
    await transport().countyDeptAppraisal.mine.submitSelf.mutate({ subjectId: own, selfReport: '对照细则逐项自查。' });
    expect((await failure(transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 0 } }))).data?.httpStatus).toBe(400);
    // Handed in: its evidence no longer changes (still read), and the sheet offers no removal.
    const selfId = (await stack.ownerDb.countyAppraisalItemScore.findFirstOrThrow({ where: { subjectId: own, itemKey: 'A4', phase: 'self_score' } })).id;
    const late = await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', selfId, 'late.pdf', PDF);
    expect(late.status).toBe(400);
    const kept = (await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own })).areas[0]!.items.find((i) => i.key === 'A4')!.evidence;
    expect(kept.map((e) => e.removable)).toEqual([false]);
    expect((await failure(transport().department.attachments.delete.mutate({ id: kept[0]!.id }))).data?.httpStatus).toBe(400);
    expect((await downloadFile(stack.apiUrl, tokens['transport'], undefined, kept[0]!.id)).status).toBe(200);

    // Another department's subject: not found, like a random id.
    for (const call of [
      () => transport().countyDeptAppraisal.mine.sheet.query({ subjectId: other }),
      () => transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: other, itemKey: 'A4', input: { kind: 'points', points: 1 } }),
      () => transport().countyDeptAppraisal.mine.sheet.query({ subjectId: '00000000-0000-4000-8000-000000000000' }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
    // The ecology department's user sees its own subject only, and not transport's self-score.
    await asDepartment('ecology', async () => {
      expect((await transport().countyDeptAppraisal.mine.list.query()).filter((m) => m.campaignId === campaignId).map((m) => m.subjectId)).toEqual([other]);
      expect((await failure(transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    });
    // A township sees nothing of a county department's subject.
    expect((await failure(xikouStaff().appraisal.mine.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.scores.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    expect((await xikouStaff().appraisal.mine.list.query()).some((m) => m.campaignId === campaignId)).toBe(false);
  });

  it('the county scores and ranks; the department sees neither its scores nor its result before publication', async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    version = await steps(campaignId, version, [['start_scoring']]);
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: other, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    const sheet = await county().countyAppraisal.scores.sheet.query({ subjectId: own });
    expect(sheet.subject).toMatchObject({ tenantId: null, name: '县交通运输局' });
    expect(sheet.areas[0]!.items.find((i) => i.key === 'A4')).toMatchObject({ self: { points: 1 }, official: { points: 1 } });
    const mine = await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own });
    expect(mine.published).toBe(false);
    expect(mine.areas.flatMap((a) => a.items).every((i) => i.official === null)).toBe(true);
    expect((await failure(transport().countyDeptAppraisal.mine.result.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    const live = await county().countyAppraisal.results.ranking.query({ campaignId });
    expect(live.rows.map((r) => [r.name, r.rank])).toEqual([['县交通运输局', 1], ['县生态环境局', 2]]);
    // The dashboards show published results only: before publication, not this campaign (the demo's published one), and asked for by id, not found.
    const board = await county().countyAppraisal.results.departments.query({});
    expect(board.status).toBe('published');
    expect(board.campaign?.id).not.toBe(campaignId);
    expect(board.campaigns.map((c) => c.id)).not.toContain(campaignId);
    expect((await failure(county().countyAppraisal.results.departments.query({ campaignId }))).data?.code).toBe('NOT_FOUND');
  });

  it('publishes with the ranking through the workflow step; the department sees its result, a township and another department nothing', async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    version = await steps(campaignId, version, [['submit_review'], ['publish', { publishRanking: true }]]);
    const stored = await stack.ownerDb.countyAppraisalResult.findMany({ where: { campaignId }, orderBy: { rank: 'asc' } });
    expect(stored.map((r) => [r.subjectId, Number(r.total), r.rank, r.version])).toEqual([[own, 1, 1, 1], [other, 0, 2, 1]]);
    const result = await transport().countyDeptAppraisal.mine.result.query({ subjectId: own });
    expect(result).toMatchObject({ total: 1, rank: 1, version: 1 });
    expect(result.ranking?.map((r) => [r.name, r.rank, r.own])).toEqual([['县交通运输局', 1, true], ['县生态环境局', 2, false]]);
    expect((await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own })).areas[0]!.items.find((i) => i.key === 'A4')!.official).toMatchObject({ points: 1 });
    expect((await failure(transport().countyDeptAppraisal.mine.result.query({ subjectId: other }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.mine.result.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    // The county's dashboards: the latest published campaign over departments, ranked; the others to choose from.
    const board = await county().countyAppraisal.results.departments.query({});
    expect(board).toMatchObject({ status: 'published', campaign: { id: campaignId, title: `${year}年度县直部门考评`, period: { zh: `${year}年` } } });
    expect(board.rows.map((r) => [r.subjectId, r.name, r.total, r.rank])).toEqual([[own, '县交通运输局', 1, 1], [other, '县生态环境局', 0, 2]]);
    expect(board.campaigns[0]!.id).toBe(campaignId);
    expect(board.campaigns.length).toBeGreaterThanOrEqual(2);
    const earlier = await county().countyAppraisal.results.departments.query({ campaignId: board.campaigns[1]!.id });
    expect(earlier.campaign?.id).toBe(board.campaigns[1]!.id);
    expect(earlier.rows.length).toBeGreaterThan(0);
    // A department's user and a township have no dashboard of the county.
    expect((await failure(transport().countyAppraisal.results.departments.query({}))).data?.code).toBe('FORBIDDEN');
    expect((await failure(xikouStaff().countyAppraisal.results.departments.query({}))).data?.code).toBe('FORBIDDEN');
    const audit = await stack.ownerDb.auditLog.findMany({ where: { entity: 'CountyAppraisalResult', action: 'publish_result', entityId: { in: [own, other] } } });
    expect(audit.map((a) => a.tenantId)).toEqual([null, null]);
  });

  it("row-level security: a township's scope reads none of the county home, a department's scope its own subject's rows only", async () => {
    const own = subjectOf[departments['transport']!]!;
    const read = (scope: Parameters<typeof applyScope>[1]) =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        return Promise.all([
          tx.countyAppraisalSubject.findMany({ where: { campaignId } }),
          tx.countyAppraisalItemScore.count(),
          tx.countyAppraisalPhaseScore.count(),
          tx.countyAppraisalResult.findMany({ where: { campaignId } }),
          tx.countyAttachment.findMany({ select: { id: true, ownerId: true } }),
          tx.countyAttachmentContent.count(),
        ]);
      });
    const ownFiles = await stack.ownerDb.countyAttachment.findMany({ where: { countyId, ownerId: { in: (await stack.ownerDb.countyAppraisalItemScore.findMany({ where: { subjectId: own } })).map((i) => i.id) } }, select: { id: true } });
    expect(ownFiles.length).toBe(1);
    // Evidence of the ecology department too, so "its own only" has something to leave out.
    const other = subjectOf[departments['ecology']!]!;
    const otherSelf = await stack.ownerDb.countyAppraisalItemScore.create({ data: { countyId, subjectId: other, itemKey: 'A1', phase: 'self_score', input: {}, scorerName: 'x' } });
    await stack.ownerDb.countyAttachment.create({ data: { countyId, ownerKind: 'county_appraisal_score', ownerId: otherSelf.id, fileName: 'e.pdf', contentType: 'application/pdf', size: 1, storage: 'database', uploaderName: 'x', content: { create: { data: new Uint8Array([1]) } } } });
    const [subjects, items, phases, results, files, contents] = await read(tenantScope(xikou));
    expect([subjects.length, items, phases, results.length, files.length, contents]).toEqual([0, 0, 0, 0, 0, 0]);
    const dept = await read(withCounty(countyReadScope([]), countyId, departments['transport']!));
    expect(dept[0].map((s) => s.id)).toEqual([own]);
    expect(dept[3].map((r) => r.subjectId)).toEqual([own]);
    expect([dept[4].map((f) => f.id), dept[5]]).toEqual([ownFiles.map((f) => f.id), 1]);
    const all = await read(withCounty(countyReadScope([]), countyId));
    expect([all[0].length, all[3].length, all[4].length, all[5]]).toEqual([2, 2, 2, 2]);
    // Files: a department cannot attach to another department's self-score, the standing committee and a township attach nothing.
    const attach = (scope: Parameters<typeof applyScope>[1], ownerId: string) =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        await tx.countyAttachment.create({ data: { countyId, ownerKind: 'county_appraisal_score', ownerId, fileName: 'x.pdf', contentType: 'application/pdf', size: 1, storage: 'database', uploaderName: 'x' } });
      });
    await expect(attach(withCounty(countyReadScope([]), countyId, departments['transport']!), otherSelf.id)).rejects.toThrow(/row-level security/);
    await expect(attach(withCounty(countyReadScope([]), countyId), otherSelf.id)).rejects.toThrow(/row-level security/);
    await expect(attach(tenantScope(xikou), otherSelf.id)).rejects.toThrow(/row-level security/);
    const removed = await stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, withCounty(countyReadScope([]), countyId, departments['transport']!));
      return tx.countyAttachment.deleteMany({ where: { ownerId: otherSelf.id } });
    });
    expect(removed.count).toBe(0);
    // A department cannot write the county's score or another department's rows; a township nothing.
    const write = (scope: Parameters<typeof applyScope>[1], subjectId: string, phase: 'self_score' | 'onsite_review') =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        await tx.countyAppraisalItemScore.create({ data: { countyId, subjectId, itemKey: 'A1', phase, input: {}, scorerName: 'x' } });
      });
    await expect(write(withCounty(countyReadScope([]), countyId, departments['transport']!), own, 'onsite_review')).rejects.toThrow(/row-level security/);
    await expect(write(withCounty(countyReadScope([]), countyId, departments['ecology']!), own, 'self_score')).rejects.toThrow(/row-level security/);
    await expect(write(tenantScope(xikou), own, 'self_score')).rejects.toThrow(/row-level security/);
  });
});

describe("the county appraises its departments' cadres and leadership teams (docs/decisions.md, 72)", () => {
  let cadreCampaign: string;
  let teamCampaign: string;
  const cadreYear = 2037;

  async function templateOf(subjectKind: 'cadre' | 'leadership_team') {
    const seed = (await county().countyAppraisal.templates.list.query()).find((t) => t.code === 'seed.congress_work')!;
    const base = await county().countyAppraisal.templates.get.query({ id: seed.id });
    return county().countyAppraisal.templates.save.mutate({ name: `县直部门${subjectKind}考评`, nameEn: `County departments: ${subjectKind}`, subjectKind, periodKind: 'year', ruleSet: base.ruleSet });
  }

  it('creates a campaign over two cadres of one department and one of another in the county home; a township subject, a cadre without a name, a name twice and a foreign department are refused naming the field', async () => {
    const template = await templateOf('cadre');
    const input = { templateId: template.id, title: `${cadreYear}年度县直部门干部考评`, year: cadreYear, ofCountyDepartments: true };
    const transportId = departments['transport']!;
    const refused = async (subjects: Array<Record<string, string>>, extra: Record<string, unknown> = {}) => {
      const f = await failure(county().countyAppraisal.campaigns.create.mutate({ ...input, ...extra, subjects } as never));
      expect(f.data?.httpStatus).toBe(400);
      return { path: f.data?.fieldIssues?.[0]?.path, zh: f.data?.messages.zh, en: f.data?.messages.en };
    };
    expect(await refused([{ tenantId: xikou, name: '张三', personName: '张三' }])).toMatchObject({ path: 'subjects.0.countyDepartmentId', zh: expect.stringContaining('县直部门') });
    expect(await refused([{ countyDepartmentId: transportId, tenantId: xikou, name: '张三', personName: '张三' }])).toMatchObject({ path: 'subjects.0.tenantId' });
    expect(await refused([{ countyDepartmentId: transportId, name: '张三' }])).toMatchObject({ path: 'subjects.0.personName', zh: expect.stringContaining('干部姓名'), en: expect.stringContaining('name') });
    expect(await refused([{ countyDepartmentId: transportId, name: 'x', personName: '张三' }, { countyDepartmentId: transportId, name: 'y', personName: '张三' }])).toMatchObject({ path: 'subjects.1.personName', zh: expect.stringContaining('重复') });
    expect(await refused([{ countyDepartmentId: '00000000-0000-4000-8000-000000000000', name: 'x', personName: '张三' }])).toMatchObject({ path: 'subjects.0.countyDepartmentId', en: expect.stringContaining('not a department of this county') });
    // Without the choice a county campaign over cadres is the townships' (as before): a department is not a township.
    expect(await refused([{ countyDepartmentId: transportId, name: 'x', personName: '张三' }], { ofCountyDepartments: false })).toMatchObject({ path: 'subjects.0.tenantId' });
    // A kind the county home does not hold cannot ask for it.
    const villageTemplate = await county().countyAppraisal.templates.save.mutate({ name: '村考评', nameEn: 'Villages', subjectKind: 'village', periodKind: 'year', ruleSet: (await county().countyAppraisal.templates.get.query({ id: template.id })).ruleSet });
    expect(await refused([], { templateId: villageTemplate.id })).toMatchObject({ path: 'ofCountyDepartments' });

    const created = await county().countyAppraisal.campaigns.create.mutate({
      ...input,
      subjects: [
        { countyDepartmentId: transportId, name: 'x', personName: '张伟' },
        { countyDepartmentId: transportId, name: 'x', personName: '李娜' },
        { countyDepartmentId: departments['ecology']!, name: 'x', personName: '王芳' },
      ],
    });
    cadreCampaign = created.id;
    const detail = await county().countyAppraisal.campaigns.get.query({ id: cadreCampaign });
    expect(detail.countyHome).toBe(true);
    expect(detail.subjects.map((s) => [s.name, s.personName, s.kind, s.tenantId]).sort()).toEqual([
      ['张伟（县交通运输局）', '张伟', 'cadre', null],
      ['李娜（县交通运输局）', '李娜', 'cadre', null],
      ['王芳（县生态环境局）', '王芳', 'cadre', null],
    ].sort());
    expect(await stack.ownerDb.appraisalSubject.count({ where: { campaignId: cadreCampaign } })).toBe(0);
    expect(await stack.ownerDb.countyAppraisalSubject.count({ where: { campaignId: cadreCampaign, countyDepartmentId: transportId } })).toBe(2);
    // The store refuses the same cadre twice even past the API (unique per campaign, department, kind and name).
    await expect(stack.ownerDb.countyAppraisalSubject.create({ data: { countyId, campaignId: cadreCampaign, kind: 'cadre', countyDepartmentId: transportId, name: 'dup', personName: '张伟' } })).rejects.toThrow(/Unique/i);
    // Editing the draft keeps the home: the same checks.
    const again = await failure(county().countyAppraisal.campaigns.update.mutate({ id: cadreCampaign, version: created.version, subjects: [{ countyDepartmentId: transportId, name: 'x' }] }));
    expect(again.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.0.personName' });
    await steps(cadreCampaign, created.version, [['open']]);
  });

  it("the department self-scores its own cadres; another department's cadre is not found", async () => {
    const subjects = await stack.ownerDb.countyAppraisalSubject.findMany({ where: { campaignId: cadreCampaign } });
    const byName = Object.fromEntries(subjects.map((s) => [s.personName, s.id]));
    const mine = (await transport().countyDeptAppraisal.mine.list.query()).filter((m) => m.campaignId === cadreCampaign);
    expect(mine.map((m) => [m.subjectName, m.subjectKind]).sort()).toEqual([['张伟（县交通运输局）', 'cadre'], ['李娜（县交通运输局）', 'cadre']].sort());
    const self = await transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: byName['张伟']!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    expect(self.points).toBe(1);
    // The same hand-in as a township's: refused naming the item while it lacks its evidence, accepted with a file.
    const bare = await failure(transport().countyDeptAppraisal.mine.submitSelf.mutate({ subjectId: byName['张伟']!, selfReport: '述职。' }));
    expect([bare.data?.httpStatus, bare.data?.fieldIssues?.[0]?.path]).toEqual([400, 'evidence']);
    expect(bare.data?.messages.zh).toContain('佐证材料：');
    expect(bare.data?.messages.zh).toContain('A4');
    expect(bare.data?.messages.en).toContain('Evidence: ');
    expect((await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: byName['张伟']! })).lackingEvidence.map((i) => i.key)).toEqual(['A4']);
    expect((await uploadFile(stack.apiUrl, tokens['transport'], undefined, 'county_appraisal_score', self.id, '述职材料.pdf', PDF)).status).toBe(201);
    await transport().countyDeptAppraisal.mine.submitSelf.mutate({ subjectId: byName['张伟']!, selfReport: '述职。' });
    // 李娜 self-scored zero on the item: nothing to attach, handed in at once.
    await transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: byName['李娜']!, itemKey: 'A4', input: { kind: 'points', points: 0 } });
    await transport().countyDeptAppraisal.mine.submitSelf.mutate({ subjectId: byName['李娜']! });
    for (const call of [
      () => transport().countyDeptAppraisal.mine.sheet.query({ subjectId: byName['王芳']! }),
      () => transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: byName['王芳']!, itemKey: 'A4', input: { kind: 'points', points: 1 } }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
    await asDepartment('ecology', async () => {
      expect((await transport().countyDeptAppraisal.mine.list.query()).filter((m) => m.campaignId === cadreCampaign).map((m) => m.subjectId)).toEqual([byName['王芳']]);
      expect((await failure(transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: byName['李娜']!, itemKey: 'A4', input: { kind: 'points', points: 1 } }))).data?.code).toBe('NOT_FOUND');
    });
    expect((await failure(xikouStaff().appraisal.mine.sheet.query({ subjectId: byName['张伟']! }))).data?.code).toBe('NOT_FOUND');
  });

  it('the county scores and publishes the cadres and, in a campaign of its own, the leadership teams: a ranking per kind on the dashboard', async () => {
    const subjects = await stack.ownerDb.countyAppraisalSubject.findMany({ where: { campaignId: cadreCampaign } });
    const byName = Object.fromEntries(subjects.map((s) => [s.personName, s.id]));
    let version = (await county().countyAppraisal.campaigns.get.query({ id: cadreCampaign })).version;
    version = await steps(cadreCampaign, version, [['start_scoring']]);
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: byName['李娜']!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: byName['张伟']!, itemKey: 'A4', input: { kind: 'points', points: 0.5 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: byName['王芳']!, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    await steps(cadreCampaign, version, [['submit_review'], ['publish', { publishRanking: true }]]);
    expect((await transport().countyDeptAppraisal.mine.result.query({ subjectId: byName['李娜']! })).rank).toBe(1);

    // The leadership teams: one per department, ranked among themselves.
    const template = await templateOf('leadership_team');
    const teamInput = { templateId: template.id, title: `${cadreYear}年度县直部门领导班子考评`, year: cadreYear, ofCountyDepartments: true };
    const twice = await failure(county().countyAppraisal.campaigns.create.mutate({ ...teamInput, subjects: [{ countyDepartmentId: departments['transport']!, name: 'x' }, { countyDepartmentId: departments['transport']!, name: 'y' }] }));
    expect(twice.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.1.countyDepartmentId' });
    const created = await county().countyAppraisal.campaigns.create.mutate({ ...teamInput, subjects: [{ countyDepartmentId: departments['transport']!, name: 'x' }, { countyDepartmentId: departments['ecology']!, name: 'x' }] });
    teamCampaign = created.id;
    const teams = Object.fromEntries((await county().countyAppraisal.campaigns.get.query({ id: teamCampaign })).subjects.map((s) => [s.name, s.id]));
    expect(Object.keys(teams).sort()).toEqual(['县交通运输局领导班子', '县生态环境局领导班子'].sort());
    version = await steps(teamCampaign, created.version, [['open'], ['start_scoring']]);
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: teams['县生态环境局领导班子']!, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: teams['县交通运输局领导班子']!, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    await steps(teamCampaign, version, [['submit_review'], ['publish', { publishRanking: true }]]);

    // The dashboard: each campaign its own kind's ranking, never mixed.
    const board = await county().countyAppraisal.results.departments.query({});
    expect(board.campaigns.map((c) => c.id)).toEqual(expect.arrayContaining([cadreCampaign, teamCampaign]));
    const cadres = await county().countyAppraisal.results.departments.query({ campaignId: cadreCampaign });
    expect(cadres.campaign).toMatchObject({ id: cadreCampaign, subjectKind: 'cadre' });
    expect(cadres.rows.map((r) => [r.name, r.rank])).toEqual([['李娜（县交通运输局）', 1], ['张伟（县交通运输局）', 2], ['王芳（县生态环境局）', 3]]);
    const leaders = await county().countyAppraisal.results.departments.query({ campaignId: teamCampaign });
    expect(leaders.campaign).toMatchObject({ id: teamCampaign, subjectKind: 'leadership_team' });
    expect(leaders.rows.map((r) => [r.name, r.rank])).toEqual([['县生态环境局领导班子', 1], ['县交通运输局领导班子', 2]]);
  });
});
