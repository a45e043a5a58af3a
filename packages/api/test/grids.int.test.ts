import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestStack, type TestStack } from './harness';
import { PDF, photoJpeg, uploadFile } from './attachment-http';

/**
 * Grid management through tRPC against PostgreSQL: the five fixes and people, letters with their
 * signed file, ledgers and their all-or-nothing import, patrols by grid workers on their own grids
 * only, photos (images only, size-limited), coverage, and the county's level-2 guarantees.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
const staff = () => stack.client('xikou.staff', { tenantId: xikou });
const worker = () => stack.client('xikou.grid', { tenantId: xikou });
const longtanAdmin = () => stack.client('longtan.admin', { tenantId: longtan });
let myGridId: string;
let otherGridId: string;
let longtanGridId: string;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  const mine = await worker().grids.mine.query();
  myGridId = mine.grids.find((g) => g.role === 'supervisor')!.id;
  const all = await staff().grids.list.query({});
  otherGridId = all.find((g) => g.level === 4 && !mine.grids.some((m) => m.id === g.id))!.id;
  longtanGridId = (await longtanAdmin().grids.list.query({})).find((g) => g.level === 4)!.id;
}, 180_000);
afterAll(() => stack?.close());

const hourAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('grids and the five fixes', () => {
  it('keeps the five fixes, people (users and named persons), cells and letters, and says what is missing', async () => {
    const grid = await staff().grids.get.query({ id: otherGridId });
    expect(grid.members.length).toBeGreaterThan(0);
    const saved = await staff().grids.updateFixes.mutate({ id: grid.id, version: grid.version, areaDescription: '全村', duties: null, tasks: '每周巡查', rewardsPenalties: '纳入考核' });
    expect((await staff().grids.get.query({ id: grid.id })).gaps).toContain('duties');
    expect((await failure(staff().grids.updateFixes.mutate({ id: grid.id, version: grid.version, duties: 'x' }))).data?.code).toBe('CONFLICT');
    await staff().grids.updateFixes.mutate({ id: grid.id, version: saved.version, areaDescription: '全村', duties: '发现、制止、上报', tasks: '每周巡查', rewardsPenalties: '纳入考核' });

    const candidates = await staff().grids.memberCandidates.query();
    const handler = candidates.find((c) => c.username === 'xikou.handler')!;
    await staff().grids.addMember.mutate({ gridId: grid.id, role: 'worker', userId: handler.userId });
    expect((await failure(staff().grids.addMember.mutate({ gridId: grid.id, role: 'worker', userId: handler.userId }))).data?.fieldIssues?.[0]?.path).toBe('userId');
    const named = await staff().grids.addMember.mutate({ gridId: grid.id, role: 'supervisor', name: '陈晓', phone: '13800001111' });
    const longtanUser = (await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'longtan.admin' } })).id;
    expect((await failure(staff().grids.addMember.mutate({ gridId: grid.id, role: 'worker', userId: longtanUser }))).data?.code).toBe('NOT_FOUND');
    const detail = await staff().grids.get.query({ id: grid.id });
    expect(detail.members).toEqual(expect.arrayContaining([expect.objectContaining({ name: '赵敏', role: 'worker' }), expect.objectContaining({ id: named.id, name: '陈晓', phone: '13800001111' })]));
    expect(detail.gaps).toEqual([]);

    const cell = await staff().grids.createCell.mutate({ parentId: grid.id, name: '测试网格单元' });
    expect((await staff().grids.list.query({})).find((g) => g.id === cell.id)).toMatchObject({ level: 5, parentId: grid.id });
    const township = (await staff().grids.list.query({})).find((g) => g.level === 3)!;
    expect((await failure(staff().grids.createCell.mutate({ parentId: township.id, name: '错误单元' }))).data?.fieldIssues?.[0]?.path).toBe('parentId');

    const letter = await staff().grids.createLetter.mutate({ gridId: grid.id, title: '目标责任状', issuerParty: '溪口镇人民政府', signerParty: '村民委员会', signedOn: '2026-01-15' });
    const token = await stack.tokenFor('xikou.staff');
    expect((await uploadFile(stack.apiUrl, token, xikou, 'responsibility_letter', letter.id, '责任状.pdf', PDF)).status).toBe(201);
    expect((await staff().grids.get.query({ id: grid.id })).letters.find((l) => l.id === letter.id)?.files).toEqual([expect.objectContaining({ fileName: '责任状.pdf' })]);
    await staff().grids.deleteLetter.mutate({ id: letter.id });
    expect(await stack.ownerDb.attachment.count({ where: { ownerId: letter.id } })).toBe(0);
  });

  it("answers another township's grids as not found", async () => {
    expect((await failure(staff().grids.get.query({ id: longtanGridId }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().grids.addMember.mutate({ gridId: longtanGridId, role: 'worker', name: '某人' }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().grids.createLetter.mutate({ gridId: longtanGridId, title: 't', issuerParty: 'a', signerParty: 'b', signedOn: '2026-01-01' }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().ledgers.create.mutate({ gridId: longtanGridId, kind: 'enterprise', name: '外乡企业', address: '某地', riskLevel: 'low' }))).data?.code).toBe('NOT_FOUND');
  });
});

describe('patrols', () => {
  it('lets a grid worker patrol their own grid, visiting its ledger objects, with photos', async () => {
    const mine = await worker().grids.mine.query();
    const grid = mine.grids.find((g) => g.id === myGridId)!;
    expect(grid.ledgerObjects.length).toBeGreaterThan(0);
    expect(grid.week.frequency).toBe('weekly');
    const before = grid.week.patrols;
    const visit = grid.ledgerObjects[0]!;
    const patrol = await worker().patrols.create.mutate({ gridId: grid.id, startedAt: hourAgo(2), endedAt: hourAgo(1), findings: '巡查正常', visits: [{ ledgerObjectId: visit.id, problemFound: true, finding: '废水外溢' }] });
    expect((await worker().grids.mine.query()).grids.find((g) => g.id === myGridId)!.week).toMatchObject({ patrols: before + 1, status: expect.stringMatching(/met|short/) });
    const history = await worker().ledgers.get.query({ id: visit.id });
    expect(history.inspections[0]).toMatchObject({ patrolId: patrol.id, problemFound: true, finding: '废水外溢', inspectorName: '孙强' });

    const token = await stack.tokenFor('xikou.grid');
    const photo = await uploadFile(stack.apiUrl, token, xikou, 'patrol', patrol.id, 'IMG_2001.jpg', await photoJpeg({ takenAt: '2026:11:20 09:15:00', latitude: '31/1 33/1 36/1', longitude: '118/1 29/1 24/1' }));
    expect(photo.status).toBe(201);
    const detail = await worker().patrols.get.query({ id: patrol.id });
    expect(detail.photos).toEqual([expect.objectContaining({ id: photo.body.id, hasThumbnail: true, capturedAt: '2026-11-20T01:15:00.000Z', removable: true })]);
    // Photos only; the office sees them too.
    const pdf = await uploadFile(stack.apiUrl, token, xikou, 'patrol', patrol.id, '报告.pdf', PDF);
    expect(pdf.status).toBe(400);
    expect(pdf.body.error?.data?.fieldIssues?.[0]?.path).toBe('file');
    expect((await staff().patrols.get.query({ id: patrol.id })).photos).toHaveLength(1);

    const api = await stack.startApi({ maxFileBytes: 2 * 1024 });
    try {
      expect((await uploadFile(api.url, token, xikou, 'patrol', patrol.id, 'big.jpg', await photoJpeg({ width: 2000, height: 1500 }))).status).toBe(413);
    } finally {
      await api.close();
    }
    expect(await stack.ownerDb.attachment.count({ where: { ownerId: patrol.id } })).toBe(1);
  });

  it('refuses a grid worker on a grid not theirs, and their photos on its patrols', async () => {
    const count = await stack.ownerDb.patrol.count({ where: { gridId: otherGridId } });
    const refused = await failure(worker().patrols.create.mutate({ gridId: otherGridId, startedAt: hourAgo(2), endedAt: hourAgo(1), visits: [] }));
    expect(refused.data?.code).toBe('FORBIDDEN');
    expect(refused.data?.messages?.zh).toContain('不是该网格的成员');
    expect(await stack.ownerDb.patrol.count({ where: { gridId: otherGridId } })).toBe(count);
    const theirs = await staff().patrols.create.mutate({ gridId: otherGridId, startedAt: hourAgo(3), endedAt: hourAgo(2), visits: [] });
    expect((await failure(worker().patrols.get.query({ id: theirs.id }))).data?.code).toBe('NOT_FOUND');
    const token = await stack.tokenFor('xikou.grid');
    expect((await uploadFile(stack.apiUrl, token, xikou, 'patrol', theirs.id, 'a.jpg', await photoJpeg())).status).toBe(404);
    // The worker's lists hold only their grids.
    const listed = await worker().patrols.list.query({ page: 1, pageSize: 100 });
    const mine = (await worker().grids.mine.query()).grids.map((g) => g.id);
    expect(listed.items.every((p) => mine.includes(p.gridId))).toBe(true);
    expect((await worker().ledgers.list.query({ page: 1, pageSize: 100 })).items.every((o) => mine.includes(o.gridId))).toBe(true);
  });

  it("answers another township's grid and objects as not found, and refuses bad times and strays", async () => {
    expect((await failure(worker().patrols.create.mutate({ gridId: longtanGridId, startedAt: hourAgo(2), endedAt: hourAgo(1), visits: [] }))).data?.code).toBe('NOT_FOUND');
    const longtanObject = await stack.ownerDb.ledgerObject.findFirstOrThrow({ where: { tenantId: longtan } });
    expect((await failure(worker().patrols.create.mutate({ gridId: myGridId, startedAt: hourAgo(2), endedAt: hourAgo(1), visits: [{ ledgerObjectId: longtanObject.id, problemFound: false }] }))).data?.code).toBe('NOT_FOUND');
    const late = await failure(worker().patrols.create.mutate({ gridId: myGridId, startedAt: hourAgo(1), endedAt: hourAgo(2), visits: [] }));
    expect(late.data?.fieldIssues?.[0]?.path).toBe('endedAt');
    const stray = await stack.ownerDb.ledgerObject.findFirstOrThrow({ where: { tenantId: xikou, gridId: otherGridId } });
    const strayed = await failure(worker().patrols.create.mutate({ gridId: myGridId, startedAt: hourAgo(2), endedAt: hourAgo(1), visits: [{ ledgerObjectId: stray.id, problemFound: false }] }));
    expect(strayed.data?.fieldIssues?.[0]?.path).toBe('visits.0.ledgerObjectId');
  });

  it('shows every grid with its coverage this week and month on the overview', async () => {
    const overview = await staff().grids.overview.query({});
    expect(overview.guaranteeDepartment).not.toBeNull();
    const village = overview.grids.filter((g) => g.level === 4);
    expect(village.length).toBeGreaterThan(3);
    for (const g of village) {
      expect(g.month.frequency).toBe('weekly');
      expect(['met', 'short', 'on_track']).toContain(g.month.status);
      expect(g.month.windows).toBeGreaterThanOrEqual(4);
    }
    // Open events per grid: those not closed or refused, counted directly.
    const events = await stack.ownerDb.gridEvent.findMany({ where: { tenantId: await stack.tenantId('xikou') }, select: { gridId: true, state: true, overdue: true } });
    const open = events.filter((e) => e.state !== 'closed' && e.state !== 'refused');
    expect(open.length).toBeGreaterThan(0);
    for (const g of overview.grids) {
      expect(g.openEvents, g.name).toBe(open.filter((e) => e.gridId === g.id).length);
      expect(g.overdueEvents, g.name).toBe(open.filter((e) => e.gridId === g.id && e.overdue).length);
    }
    expect((await failure(worker().grids.overview.query({}))).data?.code).toBe('FORBIDDEN');
  });
});

describe('ledger import', () => {
  const good = { gridName: '', kind: '企业', name: '导入测试企业', address: '工业区1号', riskLevel: '高', latitude: '31.5', longitude: '118.4' };

  it('stores nothing when one row is bad, and every row when none is', async () => {
    const gridName = (await staff().grids.list.query({})).find((g) => g.id === otherGridId)!.name;
    const rows = [
      { ...good, gridName },
      { ...good, gridName, name: '导入测试养殖场', kind: '养猪场', riskLevel: '中' },
      { ...good, gridName: '不存在的网格', name: '导入测试河段' },
    ];
    const preview = await staff().ledgers.importPreview.mutate({ rows });
    expect(preview).toMatchObject({ valid: 1, invalid: 2 });
    expect(preview.rows[1]!.issues[0]).toMatchObject({ path: 'kind' });
    expect(preview.rows[2]!.issues[0]!.message.zh).toContain('不存在');
    const refused = await failure(staff().ledgers.importCommit.mutate({ rows }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
    expect(refused.data?.messages?.zh).toContain('第3行');
    expect(await stack.ownerDb.ledgerObject.count({ where: { tenantId: xikou, name: { startsWith: '导入测试' } } })).toBe(0);

    const ok = [rows[0]!, { ...rows[1]!, kind: '畜禽养殖场' }];
    expect(await staff().ledgers.importCommit.mutate({ rows: ok })).toEqual({ created: 2 });
    expect(await stack.ownerDb.ledgerObject.count({ where: { tenantId: xikou, name: { startsWith: '导入测试' } } })).toBe(2);
    // The same sheet again: every row is already in the ledger.
    expect(await staff().ledgers.importPreview.mutate({ rows: ok })).toMatchObject({ valid: 0, invalid: 2 });
    expect((await failure(worker().ledgers.importCommit.mutate({ rows: ok }))).data?.code).toBe('FORBIDDEN');
  });
});

describe('level-2 grid: county department guarantees', () => {
  it('is set by the platform admin, read by the county, refused to a township', async () => {
    const admin = stack.client('admin');
    const listed = await admin.gridGuarantees.list.query();
    const row = listed.townships.find((t) => t.code === 'xikou')!;
    const other = listed.departments.find((d) => d.id !== row.departmentId)!;
    await admin.gridGuarantees.set.mutate({ townshipId: row.id, departmentId: other.id });
    expect((await stack.client('county').gridGuarantees.list.query()).townships.find((t) => t.code === 'xikou')).toMatchObject({ departmentId: other.id, departmentName: other.name });
    expect((await staff().grids.overview.query({})).guaranteeDepartment).toMatchObject({ id: other.id });
    expect((await failure(admin.gridGuarantees.set.mutate({ townshipId: row.id, departmentId: '00000000-0000-4000-8000-000000000000' }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(stack.client('xikou.admin', { tenantId: xikou }).gridGuarantees.set.mutate({ townshipId: row.id, departmentId: null }))).data?.code).toBe('FORBIDDEN');
    await admin.gridGuarantees.set.mutate({ townshipId: row.id, departmentId: null });
    expect((await staff().grids.overview.query({})).guaranteeDepartment).toBeNull();
  });
});
