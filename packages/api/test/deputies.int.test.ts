import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_POINTS } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * Deputies, meetings, duty records, import and the six books through tRPC over HTTP against
 * a real PostgreSQL with the demo data (xikou, longtan and baiyun have deputies).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let longtanDeputyId: string;
let longtanGroupId: string;
let xikouGroup: { id: string; name: string };

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

const newDeputy = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  gender: 'female' as const,
  birthDate: '1980-04-12',
  ethnicity: '汉族',
  party: 'cpc' as const,
  education: 'college' as const,
  sector: 'farmer' as const,
  levels: ['township' as const],
  termNo: 18,
  constituency: '第三选区（河头村）',
  phone: '13900001111',
  ...extra,
});

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  longtanDeputyId = (await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: longtan } })).id;
  longtanGroupId = (await stack.ownerDb.deputyGroup.findFirstOrThrow({ where: { tenantId: longtan } })).id;
  xikouGroup = await stack.ownerDb.deputyGroup.findFirstOrThrow({ where: { tenantId: xikou }, orderBy: { name: 'asc' } });
});

afterAll(() => stack?.close());

const staff = () => stack.client('xikou.staff');

describe('deputies', () => {
  it('creates, lists, finds, edits with an optimistic lock and audits each write', async () => {
    const created = await staff().deputies.create.mutate(newDeputy('测试代表甲', { groupId: xikouGroup.id }));
    expect(created).toMatchObject({ name: '测试代表甲', status: 'serving', groupName: xikouGroup.name, birthDate: '1980-04-12' });

    const page = await staff().deputies.list.query({ search: '测试代表甲', pageSize: 10 });
    expect(page.total).toBe(1);
    const byGroup = await staff().deputies.list.query({ groupId: xikouGroup.id, sortBy: 'birthDate', sortDirection: 'desc', pageSize: 100 });
    expect(byGroup.items.map((d) => d.id)).toContain(created.id);
    const births = byGroup.items.map((d) => d.birthDate);
    expect([...births].sort().reverse()).toEqual(births);

    const updated = await staff().deputies.update.mutate({ ...newDeputy('测试代表甲', { groupId: xikouGroup.id }), id: created.id, version: created.version, workplace: '河头村党支部书记' });
    expect(updated.version).toBe(created.version + 1);
    const stale = await failure(staff().deputies.update.mutate({ ...newDeputy('测试代表甲'), id: created.id, version: created.version }));
    expect(stale.data?.code).toBe('CONFLICT');

    const audits = await stack.ownerDb.auditLog.findMany({ where: { entity: 'Deputy', entityId: created.id }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses bad input with field issues in both languages', async () => {
    const missingName = await failure(staff().deputies.create.mutate(newDeputy('')));
    expect(missingName.data?.code).toBe('BAD_REQUEST');
    expect(missingName.data?.fieldIssues?.map((i) => i.path)).toEqual(['name']);
    expect(missingName.data?.fieldIssues?.[0]?.message.zh).toMatch(/^名称：/);

    const badDate = await failure(staff().deputies.create.mutate(newDeputy('日期不对', { birthDate: '1980-02-30' })));
    expect(badDate.data?.fieldIssues?.map((i) => i.path)).toEqual(['birthDate']);
    const future = await failure(staff().deputies.create.mutate(newDeputy('未来出生', { birthDate: `${year + 1}-01-01` })));
    expect(future.data?.fieldIssues?.[0]?.message.zh).toContain('出生日期不合理');
    const underAge = await failure(staff().deputies.create.mutate(newDeputy('未成年', { birthDate: '2010-01-01', electedOn: '2021-12-28' })));
    expect(underAge.data?.fieldIssues?.map((i) => i.path)).toEqual(['electedOn']);

    const meeting = await failure(
      staff().congressMeetings.create.mutate({ kind: 'presidium', termNo: 18, number: 90, title: '日期颠倒的会议', startDate: `${year}-03-10`, endDate: `${year}-03-09`, status: 'planned' }),
    );
    expect(meeting.data?.fieldIssues?.map((i) => i.path)).toEqual(['endDate']);

    expect(await stack.ownerDb.deputy.count({ where: { name: { in: ['', '日期不对', '未来出生', '未成年'] } } })).toBe(0);
  });

  it('treats an unknown group and another township’s group alike, and writes nothing', async () => {
    const unknown = await failure(staff().deputies.create.mutate(newDeputy('无此小组', { groupId: '00000000-0000-4000-8000-000000000001' })));
    const foreign = await failure(staff().deputies.create.mutate(newDeputy('外镇小组', { groupId: longtanGroupId })));
    expect(unknown.data?.code).toBe('BAD_REQUEST');
    expect(unknown.data?.fieldIssues?.map((i) => i.path)).toEqual(['groupId']);
    expect(foreign.data?.fieldIssues).toEqual(unknown.data?.fieldIssues);
    expect(await stack.ownerDb.deputy.count({ where: { name: { in: ['无此小组', '外镇小组'] } } })).toBe(0);
  });

  it("treats another township's deputy ID as not found, everywhere", async () => {
    expect((await failure(staff().deputies.get.query({ id: longtanDeputyId }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().deputies.update.mutate({ ...newDeputy('篡改'), id: longtanDeputyId, version: 0 }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().deputies.delete.mutate({ id: longtanDeputyId }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().deputies.changeStatus.mutate({ id: longtanDeputyId, version: 0, action: 'resign', effectiveOn: today }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().dutyProfiles.get.query({ deputyId: longtanDeputyId, year }))).data?.code).toBe('NOT_FOUND');
    const activity = await failure(
      staff().dutyActivities.create.mutate({ type: 'inspection', title: '越界参加', date: today, participantIds: [longtanDeputyId] }),
    );
    expect(activity.data?.code).toBe('BAD_REQUEST');
    expect(activity.data?.fieldIssues?.map((i) => i.path)).toEqual(['participantIds']);
    expect(await stack.ownerDb.dutyActivity.count({ where: { title: '越界参加' } })).toBe(0);
    const untouched = await stack.ownerDb.deputy.findUniqueOrThrow({ where: { tenantId_id: { tenantId: longtan, id: longtanDeputyId } } });
    expect(untouched.name).not.toBe('篡改');
    const list = await staff().deputies.list.query({ pageSize: 500 });
    expect(list.items.map((d) => d.id)).not.toContain(longtanDeputyId);
  });

  it('follows the status table: resignation is final, removal needs a reason', async () => {
    const d = await staff().deputies.create.mutate(newDeputy('测试代表乙', { birthDate: '1970-01-01' }));
    const removal = await failure(staff().deputies.changeStatus.mutate({ id: d.id, version: d.version, action: 'remove', effectiveOn: today }));
    expect(removal.data?.fieldIssues?.map((i) => i.path)).toEqual(['reason']);
    const resigned = await staff().deputies.changeStatus.mutate({ id: d.id, version: d.version, action: 'resign', effectiveOn: today, reason: '工作调动' });
    expect(resigned).toMatchObject({ status: 'resigned', statusDate: today, statusReason: '工作调动' });
    const again = await failure(staff().deputies.changeStatus.mutate({ id: d.id, version: resigned.version, action: 'decease', effectiveOn: today }));
    expect(again.data?.fieldIssues?.map((i) => i.path)).toEqual(['action']);
    const detail = await staff().deputies.get.query({ id: d.id });
    expect(detail.statusChanges.map((c) => c.toStatus)).toEqual(['serving', 'resigned']);
    expect(detail.actions).toEqual([]);
  });

  it('keeps the roster from grid workers and unit handlers, reading or writing', async () => {
    for (const username of ['xikou.grid', 'xikou.handler']) {
      const outsider = stack.client(username);
      expect((await failure(outsider.deputies.list.query({ pageSize: 5 }))).data?.code).toBe('FORBIDDEN');
      expect((await failure(outsider.deputies.create.mutate(newDeputy('越权新增')))).data?.code).toBe('FORBIDDEN');
    }
    const own = await staff().deputies.list.query({ pageSize: 5 });
    expect(own.items.some((d) => d.phone)).toBe(true);
  });
});

describe('roster import', () => {
  const row = (name: string, extra: Record<string, string> = {}) => ({
    name,
    gender: '男',
    birthDate: '1976.05.18',
    ethnicity: '汉族',
    party: '群众',
    sector: '农民',
    levels: '乡镇',
    termNo: '第十八届',
    constituency: '第五选区',
    ...extra,
  });

  it('reports every bad row and commits nothing when any row is bad', async () => {
    const existing = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' } });
    const rows = [
      row('导入代表一', { groupName: xikouGroup.name }),
      row('', { gender: '未知' }),
      row('导入代表三', { birthDate: '1976-13-01' }),
      row('导入代表四', { groupName: '第九十九代表小组' }),
      row(existing.name, { birthDate: existing.birthDate.toISOString().slice(0, 10), termNo: String(existing.termNo) }),
      row('导入代表一', { groupName: xikouGroup.name }),
      row('导入代表七', { levels: '乡镇、县' }),
    ];
    const before = await stack.ownerDb.deputy.count({ where: { tenantId: xikou } });
    const preview = await staff().deputies.importPreview.mutate({ rows });
    expect(preview).toMatchObject({ valid: 2, invalid: 5 });
    expect(preview.rows.map((r) => r.ok)).toEqual([true, false, false, false, false, false, true]);
    expect(preview.rows[1]!.issues.map((i) => i.path).sort()).toEqual(['gender', 'name']);
    expect(preview.rows[2]!.issues[0]!.path).toBe('birthDate');
    expect(preview.rows[3]!.issues[0]!.message.zh).toContain('第九十九代表小组');
    expect(preview.rows[4]!.issues[0]!.message.zh).toContain('名册中已有此代表');
    expect(preview.rows[5]!.issues[0]!.message.zh).toContain('与第2行重复');

    const commit = await failure(staff().deputies.importCommit.mutate({ rows }));
    expect(commit.data?.code).toBe('BAD_REQUEST');
    expect(commit.data?.fieldIssues?.length).toBeGreaterThanOrEqual(6);
    expect(commit.data?.fieldIssues?.[0]?.message.zh).toContain('第3行');
    expect(await stack.ownerDb.deputy.count({ where: { tenantId: xikou } })).toBe(before);
    expect(await stack.ownerDb.deputy.count({ where: { name: { startsWith: '导入代表' } } })).toBe(0);
  });

  it('commits a clean file in one go, and the same file again is all duplicates', async () => {
    const rows = [row('整批导入一', { groupName: xikouGroup.name, status: '补选', electedOn: '2024-06-20' }), row('整批导入二', { education: '本科', levels: '乡镇、县' })];
    expect(await staff().deputies.importCommit.mutate({ rows })).toEqual({ created: 2 });
    const imported = await staff().deputies.list.query({ search: '整批导入', sortBy: 'name' });
    expect(imported.items.map((d) => [d.name, d.status, d.groupName, d.levels])).toEqual([
      ['整批导入一', 'by_elected', xikouGroup.name, ['township']],
      ['整批导入二', 'serving', null, ['township', 'county']],
    ]);
    const again = await staff().deputies.importPreview.mutate({ rows });
    expect(again.invalid).toBe(2);
    expect(await stack.ownerDb.auditLog.count({ where: { entity: 'Deputy', action: 'import' } })).toBe(2);
  });
});

describe('meetings, duty records and profiles', () => {
  it('records a meeting with agenda, outcomes and attendance', async () => {
    const meeting = await staff().congressMeetings.create.mutate({
      kind: 'session',
      sessionType: 'extraordinary',
      termNo: 18,
      number: 60,
      title: '测试临时会议',
      startDate: today,
      endDate: today,
      status: 'held',
      agenda: [{ kind: 'election', title: '补选副镇长' }],
      outcomes: [{ kind: 'election', title: '补选副镇长', post: '副镇长', electedName: '周测试', votesFor: 40, votesAgainst: 1, abstentions: 0 }],
      prefillAttendance: true,
    });
    expect(meeting.agenda).toHaveLength(1);
    expect(meeting.attendanceSummary.expected).toBeGreaterThan(40);
    expect(meeting.attendanceSummary.present).toBe(meeting.attendanceSummary.expected);
    const first = meeting.attendance[0]!;
    const changed = await staff().congressMeetings.setAttendance.mutate({
      meetingId: meeting.id,
      entries: meeting.attendance.map((a) => ({ deputyId: a.deputyId, status: a.deputyId === first.deputyId ? ('leave' as const) : ('present' as const), spoke: false })),
    });
    expect(changed.attendanceSummary.leave).toBe(1);
    const foreign = await failure(staff().congressMeetings.setAttendance.mutate({ meetingId: meeting.id, entries: [{ deputyId: longtanDeputyId, status: 'present', spoke: false }] }));
    expect(foreign.data?.code).toBe('BAD_REQUEST');
  });

  it('checks the rhythm against the township rule (longtan: one session a year, a quarter skipped)', async () => {
    const rhythm = await stack.client('longtan.admin').congressMeetings.rhythm.query({ year });
    expect(rhythm.sessions.required).toBe(1);
    expect(rhythm.sessions.state).toBe('met');
    if (today > `${year}-06-30`) {
      expect(rhythm.quarters[1]!.state).toBe('shortfall');
      expect(rhythm.flags.some((f) => f.zh.includes('第2季度'))).toBe(true);
    }
  });

  it('records an activity that shows in the deputy’s profile with points from the rule', async () => {
    const deputy = await staff().deputies.create.mutate(newDeputy('履职测试代表'));
    const activity = await staff().dutyActivities.create.mutate({ type: 'inspection', title: '视察测试水库', date: today, place: '测试水库', participantIds: [deputy.id], staffParticipants: '人大办 王芳' });
    expect(activity.participants.map((p) => p.name)).toEqual(['履职测试代表']);
    const profile = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year });
    expect(profile.activities.map((a) => a.title)).toEqual(['视察测试水库']);
    expect(profile.points.total).toBe(DEFAULT_DUTY_POINTS.inspection);

    // The township changes its points rule from today on: the profile follows.
    await stack.client('xikou.admin').rules.setOverride.mutate({ key: 'deputy.duty_points', value: { ...DEFAULT_DUTY_POINTS, inspection: 5 }, effectiveFrom: today });
    expect((await staff().dutyProfiles.get.query({ deputyId: deputy.id, year })).points.total).toBe(5);
    const profiles = await staff().dutyProfiles.list.query({ year, search: '履职测试代表' });
    expect(profiles.items[0]).toMatchObject({ name: '履职测试代表', activities: 1, points: 5 });

    await staff().dutyReviews.create.mutate({ deputyId: deputy.id, year, date: today, form: 'oral', venue: 'voters_meeting', votesSatisfied: 30, votesBasicallySatisfied: 5, votesUnsatisfied: 1 });
    const reviewed = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year });
    expect(reviewed.review?.satisfaction).toBe(97.2);
    expect(reviewed.points.total).toBe(5 + DEFAULT_DUTY_POINTS.duty_review);
  });

  it('lists contact shortfalls from the catalogue quotas', async () => {
    const shortfalls = await staff().deputyContacts.shortfalls.query({ year });
    expect(shortfalls.rules).toMatchObject({ townshipMin: 3, memberMin: 10, frequency: 'monthly' });
    expect(shortfalls.citizens.length).toBeGreaterThan(0);
    expect(shortfalls.citizens.every((c) => c.contacts < c.quota)).toBe(true);
    expect(shortfalls.members.length).toBeGreaterThan(0);
    const target = shortfalls.citizens[0]!;
    for (let i = target.contacts; i < target.quota; i++) await staff().deputyContacts.addCitizen.mutate({ deputyId: target.id, name: `群众${i}`, phone: '13700000000' });
    const after = await staff().deputyContacts.shortfalls.query({ year });
    expect(after.citizens.map((c) => c.id)).not.toContain(target.id);
  });

  it('records a reception day with visits, and refuses deputies of another township', async () => {
    const serving = await staff().deputies.options.query({});
    const reception = await staff().receptions.create.mutate({
      date: today,
      place: '代表联络站',
      deputyIds: [serving[0]!.id],
      visits: [{ visitorName: '来访群众', visitorCount: 2, issue: '路灯不亮', handling: 'referred_unit', followUp: '交村委会' }],
    });
    expect(reception.visits).toHaveLength(1);
    const foreign = await failure(staff().receptions.create.mutate({ date: today, deputyIds: [longtanDeputyId], visits: [] }));
    expect(foreign.data?.fieldIssues?.map((i) => i.path)).toEqual(['deputyIds']);
  });

  it('keeps attachments in the database, checking type and size', async () => {
    const activity = (await staff().dutyActivities.list.query({ pageSize: 1 })).items[0]!;
    const pdf = Buffer.from('%PDF-1.4\n% test\n').toString('base64');
    const uploaded = await staff().congressAttachments.upload.mutate({ ownerKind: 'activity', ownerId: activity.id, fileName: '视察报告.pdf', contentType: 'application/pdf', dataBase64: pdf });
    expect(uploaded.size).toBe(16);
    const files = await staff().congressAttachments.list.query({ ownerKind: 'activity', ownerId: activity.id });
    expect(files.map((f) => f.fileName)).toEqual(['视察报告.pdf']);
    expect((await staff().congressAttachments.download.query({ id: uploaded.id })).dataBase64).toBe(pdf);
    const disguised = await failure(
      staff().congressAttachments.upload.mutate({ ownerKind: 'activity', ownerId: activity.id, fileName: 'x.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('MZ not a pdf').toString('base64') }),
    );
    expect(disguised.data?.fieldIssues?.[0]?.path).toBe('dataBase64');
    const longtanActivity = await stack.ownerDb.dutyActivity.findFirstOrThrow({ where: { tenantId: longtan } });
    const foreign = await failure(staff().congressAttachments.upload.mutate({ ownerKind: 'activity', ownerId: longtanActivity.id, fileName: 'x.pdf', contentType: 'application/pdf', dataBase64: pdf }));
    expect(foreign.data?.code).toBe('NOT_FOUND');
  });

  it('produces the six books and one roster for a year', async () => {
    const roster = await staff().congressBooks.get.query({ book: 'roster', year });
    expect(roster.tenantName).toBe('溪口镇');
    expect(roster.sections.length).toBeGreaterThan(3);
    expect(roster.columns.map((c) => c.key)).toContain('phone');
    // The books hold every petitioner and suggestion: not for a grid worker or a unit handler.
    for (const username of ['xikou.grid', 'xikou.handler']) {
      for (const book of ['roster', 'letters_visits', 'motions_suggestions'] as const) {
        expect((await failure(stack.client(username).congressBooks.get.query({ book, year }))).data?.code).toBe('FORBIDDEN');
      }
    }
    const presidium = await staff().congressBooks.get.query({ book: 'presidium_meetings', year });
    expect(presidium.sections[0]!.rows.length).toBeGreaterThan(0);
    const groups = await staff().congressBooks.get.query({ book: 'group_activities', year });
    expect(groups.sections.some((s) => s.rows.length > 0)).toBe(true);
    for (const book of ['exemplary_deeds', 'letters_visits', 'documents', 'motions_suggestions'] as const) {
      const data = await staff().congressBooks.get.query({ book, year });
      expect(data.columns.length).toBeGreaterThan(3);
    }
  });

  it('gives the liaison office this year’s figures', async () => {
    const dashboard = await staff().liaisonOffice.dashboard.query({});
    expect(dashboard.counts.servingDeputies).toBeGreaterThan(40);
    expect(dashboard.counts.activities).toBeGreaterThan(0);
    expect(dashboard.byMonth).toHaveLength(12);
    expect(Array.isArray(dashboard.quietDeputies)).toBe(true);
  });
});

describe('the county view of deputy work', () => {
  it('reads every township’s figures and writes nothing', async () => {
    const rows = await stack.client('county').countyDeputies.indicators.query({ year });
    const xikouRow = rows.find((r) => r.code === 'xikou')!;
    expect(xikouRow.servingDeputies).toBeGreaterThan(40);
    expect(xikouRow.dutyReportCoverage).toBeGreaterThan(0);
    expect(rows.find((r) => r.code === 'longtan')!.sessionsRequired).toBe(1);
    expect(rows.find((r) => r.code === 'shimen')!.servingDeputies).toBe(0);
    expect((await failure(stack.client('xikou.staff').countyDeputies.indicators.query({ year }))).data?.code).toBe('FORBIDDEN');
  });
});
