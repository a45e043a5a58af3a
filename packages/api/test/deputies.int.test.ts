import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_DUTY_POINTS } from '@pcs/domain';
import { PDF, uploadFile } from './attachment-http';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

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

const today = countyToday();
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
    // One issue per bad field of each bad row, each naming its sheet row (rows[0] is sheet row 2).
    expect(commit.data?.fieldIssues?.map((i) => i.message.zh.match(/第(\d+)行/)?.[1])).toEqual(['3', '3', '4', '5', '6', '7']);
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
    // Prefilled: every serving deputy is expected, and present.
    expect(meeting.attendanceSummary.expected).toBe(await stack.ownerDb.deputy.count({ where: { tenantId: xikou, status: { in: ['serving', 'by_elected'] } } }));
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
    const longtanAdmin = stack.client('longtan.admin');
    const rhythm = await longtanAdmin.congressMeetings.rhythm.query({ year });
    expect(rhythm.sessions.required).toBe(1);
    expect(rhythm.sessions.state).toBe('met');

    // Past years have ended whatever today is. Last year (demo data) kept the rhythm under the
    // township's rule of one session (in force since 2025).
    const lastYear = await longtanAdmin.congressMeetings.rhythm.query({ year: year - 1 });
    expect(lastYear.sessions).toMatchObject({ held: 2, required: 1, state: 'met' });
    expect(lastYear.flags).toEqual([]);
    // 2024, before the township's rule, needs the county's two sessions: one session and a
    // skipped second quarter (its only meeting cancelled) are both short.
    await longtanAdmin.congressMeetings.create.mutate({ kind: 'session', sessionType: 'regular', termNo: 18, number: 90, title: '测试例会', startDate: '2024-03-05', endDate: '2024-03-05', status: 'held' });
    for (const [number, date, status] of [[91, '2024-02-10', 'held'], [92, '2024-05-10', 'cancelled'], [93, '2024-08-10', 'held'], [94, '2024-11-10', 'held']] as const) {
      await longtanAdmin.congressMeetings.create.mutate({ kind: 'presidium', termNo: 18, number, title: `测试主席团会议${number}`, startDate: date, endDate: date, status });
    }
    const before = await longtanAdmin.congressMeetings.rhythm.query({ year: 2024 });
    expect(before.sessions).toMatchObject({ held: 1, planned: 0, required: 2, state: 'shortfall' });
    expect(before.quarters.map((q) => [q.held, q.state])).toEqual([[1, 'met'], [0, 'shortfall'], [1, 'met'], [1, 'met']]);
    expect(before.flags.map((f) => f.zh)).toEqual(['人代会召开1次，少于每年2次', '第2季度主席团会议0次，少于1次']);
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

  it('scores each activity by the points rule of its own day: a change on 1 July leaves January to June alone', async () => {
    // Replaces the check that read today's rule for the whole year. The change is written as
    // if made on 1 July of last year (the API takes only today or later).
    const lastYear = year - 1;
    const deputy = await staff().deputies.create.mutate(newDeputy('积分分段代表', { birthDate: '1979-05-05' }));
    await staff().dutyActivities.create.mutate({ type: 'inspection', title: '上半年视察', date: `${lastYear}-03-10`, place: '水库', participantIds: [deputy.id] });
    await staff().dutyActivities.create.mutate({ type: 'inspection', title: '下半年视察', date: `${lastYear}-08-10`, place: '水库', participantIds: [deputy.id] });
    expect((await staff().dutyProfiles.get.query({ deputyId: deputy.id, year: lastYear })).points.total).toBe(2 * DEFAULT_DUTY_POINTS.inspection);
    const change = await stack.ownerDb.tenantRuleValue.create({ data: { tenantId: xikou, key: 'deputy.duty_points', value: { ...DEFAULT_DUTY_POINTS, inspection: 7 }, effectiveFrom: new Date(`${lastYear}-07-01`) } });
    onTestFinished(() => stack.ownerDb.tenantRuleValue.delete({ where: { tenantId_id: { tenantId: xikou, id: change.id } } }).then(() => undefined));
    const profile = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year: lastYear });
    expect(profile.points.total).toBe(DEFAULT_DUTY_POINTS.inspection + 7);
    expect(profile.points.lines).toEqual([{ item: 'inspection', count: 2, points: (DEFAULT_DUTY_POINTS.inspection + 7) / 2, subtotal: DEFAULT_DUTY_POINTS.inspection + 7 }]);
    // The rule shown beside a past year's figures is the one in force on its last day.
    expect(profile.rule.inspection).toBe(7);
    const listed = await staff().dutyProfiles.list.query({ year: lastYear, search: '积分分段代表' });
    expect(listed.items[0]).toMatchObject({ points: DEFAULT_DUTY_POINTS.inspection + 7 });
  });

  it('lists exactly the deputies and presidium members short of their contact quotas', async () => {
    // qingshan has no demo deputies: the test makes its own.
    const qingshan = stack.client('qingshan.admin');
    const full = await qingshan.deputies.create.mutate(newDeputy('联系足额代表'));
    const short = await qingshan.deputies.create.mutate(newDeputy('联系不足代表', { birthDate: '1981-01-01' }));
    const county = await qingshan.deputies.create.mutate(newDeputy('县级代表', { birthDate: '1982-01-01', levels: ['township', 'county'] }));
    const member = await qingshan.deputies.create.mutate(newDeputy('主席团成员', { birthDate: '1983-01-01', presidiumRole: 'member' }));
    const resigned = await qingshan.deputies.create.mutate(newDeputy('已辞职代表', { birthDate: '1984-01-01' }));
    await qingshan.deputies.changeStatus.mutate({ id: resigned.id, version: resigned.version, action: 'resign', effectiveOn: today });
    for (const [deputyId, n] of [[full.id, 3], [short.id, 2], [county.id, 3], [member.id, 3]] as const) {
      for (let i = 0; i < n; i++) await qingshan.deputyContacts.addCitizen.mutate({ deputyId, name: `群众${i}`, phone: '13700000000' });
    }
    await qingshan.deputyContacts.setPresidiumContacts.mutate({ memberId: member.id, deputyIds: [full.id, short.id] });
    const own = await qingshan.deputyContacts.shortfalls.query({ year });
    expect(own.servingCount).toBe(4);
    expect(own.citizens.map((c) => [c.name, c.contacts, c.quota])).toEqual([['联系不足代表', 2, 3]]);
    expect(own.members.map((m) => [m.name, m.presidiumRole, m.contacts, m.quota])).toEqual([['主席团成员', 'member', 2, 10]]);
    expect(own.presidiumMembers.map((m) => m.id)).toEqual([member.id]);

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

  it('removes the files of an activity with it', async () => {
    const target = await staff().dutyActivities.create.mutate({ type: 'inspection', title: '视察带附件', date: today, participantIds: [] });
    const token = await stack.tokenFor('xikou.staff');
    const uploaded = await uploadFile(stack.apiUrl, token, xikou, 'duty_activity', target.id, '视察报告.pdf', PDF);
    expect(uploaded.status).toBe(201);
    const files = await staff().attachments.list.query({ ownerKind: 'duty_activity', ownerId: target.id });
    expect(files.map((f) => f.fileName)).toContain('视察报告.pdf');
    await staff().dutyActivities.delete.mutate({ id: target.id });
    expect(await stack.ownerDb.attachment.count({ where: { ownerKind: 'duty_activity', ownerId: target.id } })).toBe(0);
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

  it("fills each book's rows with the year's records, row by row", async () => {
    // fengle has no demo deputies: every row below comes from records made here, last year.
    const fengle = stack.client('fengle.admin');
    const y = year - 1;
    const group = await fengle.deputyGroups.create.mutate({ name: '第一代表小组' });
    const chair = await fengle.deputies.create.mutate(newDeputy('丰乐主席', { presidiumRole: 'chair', groupId: group.id, workplace: '丰乐镇人大', birthDate: '1970-05-06' }));
    const member = await fengle.deputies.create.mutate(newDeputy('丰乐代表', { groupId: group.id, gender: 'male', levels: ['township', 'county'], birthDate: '1985-11-20' }));
    await fengle.deputies.create.mutate(newDeputy('未分组代表', { education: null, phone: '', birthDate: '1990-01-01' }));
    await fengle.deputyGroups.update.mutate({ ...(await fengle.deputyGroups.get.query({ id: group.id })), leaderId: member.id });

    await fengle.congressMeetings.create.mutate({
      kind: 'presidium', termNo: 18, number: 1, title: '主席团第一次会议', startDate: `${y}-03-02`, endDate: `${y}-03-02`, place: '丰乐镇会议室', status: 'held',
      agenda: [{ kind: 'work_plan', title: '研究年度工作计划' }], outcomes: [{ kind: 'decision', title: '通过年度工作计划' }], prefillAttendance: true,
    });
    await fengle.deputyDeeds.create.mutate({ deputyId: member.id, date: `${y}-05-01`, title: '带头修路', description: '组织村民修通村道', recognition: '县级表彰' });
    await fengle.receptions.create.mutate({ date: `${y}-06-15`, place: '丰乐联络站', deputyIds: [chair.id], visits: [{ visitorName: '王大爷', visitorCount: 3, phone: '13800000001', issue: '村道积水', handling: 'referred_unit', followUp: '交村委会' }] });
    await fengle.congressDocuments.create.mutate({ direction: 'incoming', date: `${y}-02-01`, docNumber: `县人大〔${y}〕1号`, title: '关于做好代表工作的通知', counterpart: '县人大常委会', handledBy: '人大办' });
    await fengle.dutyActivities.create.mutate({ type: 'survey', title: '小组调研农田水利', date: `${y}-07-08`, place: '丰乐村', groupId: group.id, participantIds: [chair.id, member.id], summary: '调研三处水渠' });
    // Another year's records stay out of the book.
    await fengle.congressDocuments.create.mutate({ direction: 'outgoing', date: `${y - 1}-12-31`, title: '去年的文件', counterpart: '县人大常委会' });

    const book = (name: Parameters<typeof fengle.congressBooks.get.query>[0]['book']) => fengle.congressBooks.get.query({ book: name, year: y });
    // The book words its own texts (enumerated values, headings) in both languages; the reader's is shown.
    const rowsIn = (lang: 'zh' | 'en') => (data: Awaited<ReturnType<typeof book>>) =>
      data.sections.map((section) => [section.title?.[lang] ?? null, section.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, cell !== null && typeof cell === 'object' ? cell[lang] : cell])))]);
    const rows = rowsIn('zh');

    const rosterBook = await book('roster');
    expect(rosterBook.tenantName).toBe('丰乐镇');
    expect(rosterBook.columns.map((c) => c.key)).toEqual(['no', 'name', 'gender', 'birth', 'ethnicity', 'party', 'education', 'sector', 'levels', 'constituency', 'workplace', 'phone', 'status']);
    const person = { ethnicity: '汉族', party: '中共党员', sector: '农民', constituency: '第三选区（河头村）', status: '在任' };
    expect(rows(rosterBook)).toEqual([
      ['第一代表小组（2名）', [
        { no: 1, name: '丰乐主席', gender: '女', birth: '1970.05', education: '大专', levels: '乡镇', workplace: '丰乐镇人大；主席团主席', phone: '13900001111', ...person },
        { no: 2, name: '丰乐代表（组长）', gender: '男', birth: '1985.11', education: '大专', levels: '乡镇、县', workplace: '', phone: '13900001111', ...person },
      ]],
      ['未分组（1名）', [{ no: 1, name: '未分组代表', gender: '女', birth: '1990.01', education: '', levels: '乡镇', workplace: '', phone: null, ...person }]],
    ]);

    expect(rowsIn('en')(rosterBook)).toEqual([
      ['第一代表小组 (2)', [
        expect.objectContaining({ name: '丰乐主席', gender: 'Female', levels: 'Township', workplace: '丰乐镇人大; Presidium chair', status: 'Serving' }),
        expect.objectContaining({ name: '丰乐代表 (group leader)', gender: 'Male', levels: 'Township, County', workplace: '', status: 'Serving' }),
      ]],
      ['Not in a group (1)', [expect.objectContaining({ name: '未分组代表', education: '', levels: 'Township' })]],
    ]);

    expect(rows(await book('presidium_meetings'))).toEqual([
      [null, [{ no: 1, date: `${y}-03-02`, title: '主席团第一次会议', place: '丰乐镇会议室', attendees: '丰乐主席', agenda: '1. 研究年度工作计划（年度工作计划）', decisions: '1. 决定：通过年度工作计划', status: '已召开' }]],
    ]);
    expect(rowsIn('en')(await book('presidium_meetings'))).toEqual([
      [null, [expect.objectContaining({ agenda: '1. 研究年度工作计划 (Annual work plan)', decisions: '1. Decision: 通过年度工作计划', status: 'Held' })]],
    ]);
    expect(rows(await book('exemplary_deeds'))).toEqual([
      [null, [{ no: 1, date: `${y}-05-01`, deputy: '丰乐代表', group: '第一代表小组', title: '带头修路', description: '组织村民修通村道', recognition: '县级表彰' }]],
    ]);
    expect(rows(await book('letters_visits'))).toEqual([
      ['代表接待日来访', [{ no: 1, date: `${y}-06-15`, source: '代表接待日（丰乐联络站）', visitor: '王大爷等3人', address: '13800000001', issue: '村道积水', handling: '交有关单位办理；交村委会', receivedBy: '丰乐主席' }]],
      ['信访登记', []],
    ]);
    expect(rowsIn('en')(await book('letters_visits'))).toEqual([
      ['Visits on reception days', [expect.objectContaining({ source: 'Reception day (丰乐联络站)', visitor: '王大爷 and 2 more', handling: 'Referred to a unit; 交村委会' })]],
      ['Petitions registered', []],
    ]);
    expect(rows(await book('documents'))).toEqual([
      ['收文', [{ no: 1, date: `${y}-02-01`, docNumber: `县人大〔${y}〕1号`, title: '关于做好代表工作的通知', counterpart: '县人大常委会', handling: null, handledBy: '人大办' }]],
      ['发文', []],
    ]);
    expect(rows(await book('group_activities'))).toEqual([
      ['第一代表小组（组长：丰乐代表）', [{ no: 1, date: `${y}-07-08`, type: '调研', title: '小组调研农田水利', place: '丰乐村', participants: expect.stringMatching(/^(丰乐主席、丰乐代表|丰乐代表、丰乐主席)$/), count: 2, summary: '调研三处水渠' }]],
    ]);
    const motions = await book('motions_suggestions');
    expect(rows(motions)).toEqual([[null, []]]);
    expect(motions.note?.zh).toBe('本年度代表建议模块中尚无议案、建议、批评和意见记录。');
  });

  it('gives the liaison office this year’s figures', async () => {
    const dashboard = await staff().liaisonOffice.dashboard.query({});
    expect(dashboard.counts.servingDeputies).toBe(await stack.ownerDb.deputy.count({ where: { tenantId: xikou, status: { in: ['serving', 'by_elected'] } } }));
    // The ledger's own entries and supervision activities' once carried out (a planned one earns nothing yet).
    const counted = { OR: [{ supervisionActivity: { is: null } }, { supervisionActivity: { is: { state: 'completed' as const } } }] };
    expect(dashboard.counts.activities).toBe(await stack.ownerDb.dutyActivity.count({ where: { tenantId: xikou, date: { gte: new Date(`${year}-01-01`), lte: new Date(`${year}-12-31`) }, ...counted } }));
    expect(dashboard.byMonth).toHaveLength(12);
    expect(dashboard.byMonth.reduce((sum, m) => sum + m.activities, 0)).toBe(dashboard.counts.activities);
  });

  it('names exactly the serving deputies quiet this quarter', async () => {
    // yaoshan has no demo deputies: the test makes its own, and today is in the current quarter.
    const yaoshan = stack.client('yaoshan.admin');
    const active = await yaoshan.deputies.create.mutate(newDeputy('本季度履职代表'));
    const onDuty = await yaoshan.deputies.create.mutate(newDeputy('接待日值班代表', { birthDate: '1981-01-01' }));
    const earlier = await yaoshan.deputies.create.mutate(newDeputy('早先履职代表', { birthDate: '1982-01-01' }));
    await yaoshan.deputies.create.mutate(newDeputy('从未履职代表', { birthDate: '1983-01-01' }));
    const resigned = await yaoshan.deputies.create.mutate(newDeputy('已辞职代表', { birthDate: '1984-01-01' }));
    await yaoshan.deputies.changeStatus.mutate({ id: resigned.id, version: resigned.version, action: 'resign', effectiveOn: today });
    await yaoshan.dutyActivities.create.mutate({ type: 'inspection', title: '本季度视察', date: today, participantIds: [active.id] });
    await yaoshan.dutyActivities.create.mutate({ type: 'training', title: '往年培训', date: `${year - 2}-05-06`, participantIds: [earlier.id] });
    await yaoshan.receptions.create.mutate({ date: today, deputyIds: [onDuty.id], visits: [{ visitorName: '来访群众', visitorCount: 2, issue: '路灯不亮', handling: 'answered' }] });

    const dashboard = await yaoshan.liaisonOffice.dashboard.query({});
    expect(dashboard.quietDeputies.map((d) => [d.name, d.groupName, d.lastActivity])).toEqual([
      ['从未履职代表', null, null],
      ['早先履职代表', null, `${year - 2}-05-06`],
    ]);
    expect(dashboard.counts).toMatchObject({ servingDeputies: 4, activities: 1, participations: 1, receptions: 1, visitors: 2, sessionsHeld: 0, bodyMeetingsHeld: 0, reviews: 0 });
    expect(dashboard.byMonth.map((m) => m.activities)).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1 === Number(today.slice(5, 7)) ? 1 : 0)));
    expect(dashboard.byType.find((t) => t.type === 'inspection')?.count).toBe(1);
  });
});

describe('the county view of deputy work', () => {
  it('reads every township’s figures and writes nothing', async () => {
    const rows = await stack.client('county').countyDeputies.indicators.query({ year });
    const xikouRow = rows.find((r) => r.code === 'xikou')!;
    const xikouServing = await stack.ownerDb.deputy.count({ where: { tenantId: xikou, status: { in: ['serving', 'by_elected'] } } });
    const xikouReviews = await stack.ownerDb.dutyReview.count({ where: { tenantId: xikou, year } });
    expect(xikouServing).toBeGreaterThan(40);
    expect(xikouRow.servingDeputies).toBe(xikouServing);
    expect(xikouReviews).toBeGreaterThan(0);
    expect(xikouRow.dutyReportCoverage).toBe(Math.round((xikouReviews / xikouServing) * 1000) / 10);
    // qingshan's deputies were made by the shortfalls test: 4 serving, 3 of them with their 3 contacts.
    expect(rows.find((r) => r.code === 'qingshan')).toMatchObject({ servingDeputies: 4, activities: 0, dutyReportCoverage: 0, contactCompliance: 75, groups: 0, sessionsHeld: 0 });
    expect(rows.find((r) => r.code === 'longtan')!.sessionsRequired).toBe(1);
    expect(rows.find((r) => r.code === 'shimen')!.servingDeputies).toBe(0);
    expect((await failure(stack.client('xikou.staff').countyDeputies.indicators.query({ year }))).data?.code).toBe('FORBIDDEN');
  });
});
