import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, countyToday, startTestStack, type TestStack } from './harness';

/**
 * One activity, one record (issue 17 part 6): an inspection entered as a supervision activity
 * is the deputies' duty activity too. It counts once in a deputy's points and on the liaison
 * office's home page, both detail views link to each other, and another township sees nothing.
 */
let stack: TestStack;
let xikou: string;
const staff = () => stack.client('xikou.staff');
const longtan = () => stack.client('longtan.admin');
const today = countyToday();
const year = Number(today.slice(0, 4));

const newDeputy = (name: string) => ({
  name,
  gender: 'male' as const,
  birthDate: '1975-09-03',
  ethnicity: '汉族',
  party: 'non_party' as const,
  sector: 'farmer' as const,
  levels: ['township' as const],
  termNo: 18,
  constituency: '第五选区（石坑村）',
});

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
});
afterAll(() => stack?.close());

const inspections = (profile: { points: { lines: Array<{ item: string; count: number; subtotal: number }> } }) => profile.points.lines.find((l) => l.item === 'inspection');

describe('a supervision inspection with deputies is their duty activity', () => {
  it('creates the duty activity with it, counts it once when carried out, and links both views', async () => {
    const deputy = await staff().deputies.create.mutate(newDeputy('链接测试代表甲'));
    const before = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year });
    const homeBefore = await staff().liaisonOffice.dashboard.query({});
    expect(inspections(before)).toBeUndefined();

    const activity = await staff().supervision.activities.create.mutate({
      kind: 'inspection',
      title: '视察石坑村饮水安全工程',
      subject: '农村饮水安全',
      startDate: today,
      location: '石坑村',
      participants: [{ name: deputy.name, role: 'deputy', deputyId: deputy.id }, { name: '人大办 刘洋', role: 'staff' }],
    });
    expect(activity.dutyActivityId).toEqual(expect.any(String));

    // Planned: in the ledger with its link, but nobody earns anything yet.
    const planned = await staff().dutyActivities.get.query({ id: activity.dutyActivityId! });
    expect(planned).toMatchObject({ type: 'inspection', title: '视察石坑村饮水安全工程', date: today, place: '石坑村', staffParticipants: '人大办 刘洋', supervisionActivity: { id: activity.id, state: 'planned', kind: 'inspection' } });
    expect(planned.participants.map((p) => p.id)).toEqual([deputy.id]);
    expect(inspections(await staff().dutyProfiles.get.query({ deputyId: deputy.id, year }))).toBeUndefined();
    expect((await staff().liaisonOffice.dashboard.query({})).counts.activities).toBe(homeBefore.counts.activities);

    await staff().supervision.activities.report.mutate({ id: activity.id, version: activity.version, report: '工程运行正常，建议加强水源地保护。' });

    // Carried out: one inspection, one count, for points and the home page alike.
    const after = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year });
    expect(inspections(after)).toMatchObject({ count: 1 });
    expect(after.points.total - before.points.total).toBe(inspections(after)!.subtotal);
    expect(after.activities.filter((a) => a.title === '视察石坑村饮水安全工程')).toEqual([
      expect.objectContaining({ id: activity.dutyActivityId, source: 'supervision', supervisionActivityId: activity.id }),
    ]);
    const home = await staff().liaisonOffice.dashboard.query({});
    expect(home.counts.activities).toBe(homeBefore.counts.activities + 1);
    expect(home.counts.participations).toBe(homeBefore.counts.participations + 1);
    expect(home.byType.find((t) => t.type === 'inspection')!.count).toBe(homeBefore.byType.find((t) => t.type === 'inspection')!.count + 1);
    expect(home.quietDeputies.map((d) => d.id)).not.toContain(deputy.id);
    const list = await staff().dutyProfiles.list.query({ year, search: deputy.name });
    expect(list.items).toEqual([expect.objectContaining({ id: deputy.id, activities: 1, points: after.points.total })]);

    // Both detail views link to each other; the ledger lists it once, with the link.
    const supervision = await staff().supervision.activities.get.query({ id: activity.id });
    expect(supervision.dutyActivity).toMatchObject({ id: activity.dutyActivityId, type: 'inspection', participantCount: 1 });
    expect((await staff().dutyActivities.get.query({ id: activity.dutyActivityId! })).supervisionActivity).toMatchObject({ id: activity.id, state: 'completed' });
    const ledger = await staff().dutyActivities.list.query({ deputyId: deputy.id, year });
    expect(ledger.items).toEqual([expect.objectContaining({ id: activity.dutyActivityId, supervisionActivity: expect.objectContaining({ id: activity.id }) })]);

    // The ledger does not edit or delete what the supervision activity keeps.
    const locked = await failure(staff().dutyActivities.delete.mutate({ id: activity.dutyActivityId! }));
    expect(locked.data?.code).toBe('CONFLICT');
    expect(locked.message).toContain('supervision');
    const edit = await failure(
      staff().dutyActivities.update.mutate({ id: planned.id, version: planned.version + 1, type: 'inspection', title: '改名', date: today, participantIds: [deputy.id] }),
    );
    expect(edit.data?.code).toBe('CONFLICT');
    expect(await stack.ownerDb.dutyActivity.count({ where: { tenantId: xikou, id: activity.dutyActivityId! } })).toBe(1);
  });

  it('links an inspection already in the ledger instead of recording it twice', async () => {
    const first = await staff().deputies.create.mutate(newDeputy('链接测试代表乙'));
    const second = await staff().deputies.create.mutate(newDeputy('链接测试代表丙'));
    const entered = await staff().dutyActivities.create.mutate({ type: 'inspection', title: '视察村级卫生室', date: today, participantIds: [first.id] });
    const before = await staff().liaisonOffice.dashboard.query({});
    // The form offers the ledger's unlinked entries of the activity's days.
    expect((await staff().supervision.activities.linkableDutyActivities.query({ startDate: today })).map((d) => d.id)).toContain(entered.id);
    const activity = await staff().supervision.activities.create.mutate({
      kind: 'inspection',
      title: '视察村级卫生室建设',
      startDate: today,
      dutyActivityId: entered.id,
      participants: [{ name: second.name, role: 'deputy', deputyId: second.id }],
    });
    expect(activity.dutyActivityId).toBe(entered.id);
    const offered = await staff().supervision.activities.linkableDutyActivities.query({ startDate: countyToday(-1), endDate: today });
    expect(offered.map((d) => d.id)).not.toContain(entered.id);
    expect(offered.every((d) => d.date >= countyToday(-1) && d.date <= today)).toBe(true);
    await staff().supervision.activities.report.mutate({ id: activity.id, version: activity.version, report: '卫生室设施基本齐全。' });

    // Each side names everyone either side named; the one activity counts once for each.
    const duty = await staff().dutyActivities.get.query({ id: entered.id });
    expect(duty.participants.map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
    const detail = await staff().supervision.activities.get.query({ id: activity.id });
    expect(detail.participants.map((p) => p.deputyId).sort()).toEqual([first.id, second.id].sort());
    for (const d of [first, second]) expect(inspections(await staff().dutyProfiles.get.query({ deputyId: d.id, year }))).toMatchObject({ count: 1 });
    const home = await staff().liaisonOffice.dashboard.query({});
    expect(home.counts.activities).toBe(before.counts.activities);
    expect(home.counts.participations).toBe(before.counts.participations + 1);

    // A duty activity belongs to one supervision activity at most.
    const again = await failure(staff().supervision.activities.create.mutate({ kind: 'survey', title: '再次链接', startDate: today, dutyActivityId: entered.id }));
    expect(again.data?.code).toBe('CONFLICT');
    expect(await stack.ownerDb.supervisionActivity.count({ where: { tenantId: xikou, title: '再次链接' } })).toBe(0);
    // The database says so too, whatever the API checks.
    const other = await staff().supervision.activities.create.mutate({ kind: 'survey', title: '无代表的调研', startDate: today });
    await expect(stack.ownerDb.supervisionActivity.update({ where: { tenantId_id: { tenantId: xikou, id: other.id } }, data: { dutyActivityId: entered.id } })).rejects.toThrow(/Unique constraint/);

    // An entry of another day is another event.
    const yesterday = await staff().dutyActivities.create.mutate({ type: 'survey', title: '前一天的调研', date: countyToday(-1), participantIds: [first.id] });
    const otherDay = await failure(staff().supervision.activities.create.mutate({ kind: 'survey', title: '今天的调研', startDate: today, dutyActivityId: yesterday.id }));
    expect(otherDay.data?.code).toBe('BAD_REQUEST');
  });

  it('keeps a supervision activity without deputies out of the ledger', async () => {
    const activity = await staff().supervision.activities.create.mutate({ kind: 'work_report_hearing', title: '听取工作报告（无代表）', startDate: today, participants: [{ name: '人大办 刘洋', role: 'staff' }] });
    expect(activity.dutyActivityId).toBeNull();
    expect((await staff().supervision.activities.get.query({ id: activity.id })).dutyActivity).toBeNull();
  });
});

describe('another township', () => {
  it('finds neither side of a linked pair, and cannot link to it', async () => {
    const linked = await stack.ownerDb.supervisionActivity.findFirstOrThrow({ where: { tenantId: xikou, dutyActivityId: { not: null } } });
    expect((await failure(longtan().supervision.activities.get.query({ id: linked.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtan().dutyActivities.get.query({ id: linked.dutyActivityId! }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtan().dutyActivities.delete.mutate({ id: linked.dutyActivityId! }))).data?.code).toBe('NOT_FOUND');
    const unlinked = await staff().dutyActivities.create.mutate({ type: 'inspection', title: '溪口镇自己的视察', date: today, participantIds: [] });
    const cross = await failure(longtan().supervision.activities.create.mutate({ kind: 'inspection', title: '越界链接', startDate: today, dutyActivityId: unlinked.id }));
    expect(cross.data?.code).toBe('NOT_FOUND');
    expect(await stack.ownerDb.supervisionActivity.count({ where: { title: '越界链接' } })).toBe(0);
    expect(await stack.ownerDb.supervisionActivity.count({ where: { dutyActivityId: unlinked.id } })).toBe(0);
  });
});

describe('the demo county', () => {
  it('shows linked inspections: the supervision demo records its deputies in the duty ledger', async () => {
    const pairs = await stack.ownerDb.supervisionActivity.findMany({ where: { tenantId: xikou, kind: 'inspection', dutyActivityId: { not: null } }, include: { dutyActivity: { include: { _count: { select: { participants: true } } } }, participants: true } });
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    for (const pair of pairs) expect(pair.dutyActivity!._count.participants).toBe(pair.participants.filter((p) => p.deputyId).length);
  });
});
