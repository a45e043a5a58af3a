import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * A sub-district (城南街道) has no people's congress: its working committee (人大工委) does the
 * work, with no sessions, no presidium and no presidium meetings (seeds 000, 002). Its home page,
 * meetings, rules, books and the county's figures must say so, never report a session shortfall.
 */
let stack: TestStack;
let chengnan: string;

const today = countyToday();
const year = Number(today.slice(0, 4));
const sessionWords = /人代会|人民代表大会|主席团|session|presidium/i;

beforeAll(async () => {
  stack = await startTestStack();
  chengnan = await stack.tenantId('chengnan');
});

afterAll(() => stack?.close());

const admin = () => stack.client('chengnan.admin');

describe('a sub-district in the township app', () => {
  it('has demo deputies, meetings, activities and suggestions of its own', async () => {
    const deputies = await stack.ownerDb.deputy.findMany({ where: { tenantId: chengnan }, select: { levels: true } });
    expect(deputies.length).toBeGreaterThan(15);
    // The deputies elected in a sub-district are county (and city) deputies: it has no congress of its own.
    expect(deputies.every((d) => d.levels.includes('county') && !d.levels.includes('township'))).toBe(true);
    const kinds = await stack.ownerDb.congressMeeting.groupBy({ by: ['kind'], where: { tenantId: chengnan }, _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(['joint_deputies', 'working_committee']);
    expect(await stack.ownerDb.dutyActivity.count({ where: { tenantId: chengnan } })).toBeGreaterThan(10);
    expect(await stack.ownerDb.suggestion.count({ where: { tenantId: chengnan } })).toBeGreaterThan(10);
  });

  it('shows home-page figures with no session shortfall and its working-committee meetings', async () => {
    const dashboard = await admin().liaisonOffice.dashboard.query({});
    expect(dashboard.counts.sessionsHeld).toBeNull();
    expect(dashboard.counts.bodyMeetingsHeld).toBeGreaterThan(0);
    expect(dashboard.rhythm.sessions).toBe('not_applicable');
    expect(dashboard.rhythm.quarters).toEqual(['not_configured', 'not_configured', 'not_configured', 'not_configured']);
    expect(dashboard.rhythmFlags).toEqual([]);
    // A town keeps its session figures.
    const town = await stack.client('xikou.admin').liaisonOffice.dashboard.query({});
    expect(town.counts.sessionsHeld).toBeGreaterThan(0);
    expect(town.rhythm.sessions).not.toBe('not_applicable');
  });

  it('checks the rhythm of working-committee meetings, and only against a configured minimum', async () => {
    const rhythm = await admin().congressMeetings.rhythm.query({ year: year - 1 });
    expect(rhythm.sessions).toMatchObject({ held: 0, required: null, state: 'not_applicable' });
    expect(rhythm.bodyMeetingKind).toBe('working_committee');
    expect(rhythm.quarters.map((q) => [q.held, q.state])).toEqual([1, 1, 1, 1].map((held) => [held, 'not_configured']));
    expect(rhythm.flags).toEqual([]);
  });

  it('records working-committee meetings and refuses a session with a clear reason', async () => {
    const meeting = { termNo: 18, number: 99, title: '工委会议（测试）', startDate: `${year - 1}-11-05`, endDate: `${year - 1}-11-05`, status: 'held' as const };
    const session = await failure(admin().congressMeetings.create.mutate({ ...meeting, kind: 'session', sessionType: 'regular' }));
    expect(session.data?.code).toBe('BAD_REQUEST');
    expect(session.data?.fieldIssues?.map((i) => [i.path, i.message.zh])).toEqual([['kind', expect.stringContaining('街道不召开人民代表大会，可选：工委会议、代表联组会议')]]);
    const presidium = await failure(admin().congressMeetings.create.mutate({ ...meeting, kind: 'presidium' }));
    expect(presidium.data?.code).toBe('BAD_REQUEST');
    const created = await admin().congressMeetings.create.mutate({ ...meeting, kind: 'working_committee', prefillAttendance: true });
    expect(created).toMatchObject({ kind: 'working_committee', sessionType: null });
    // The working committee's members (director, deputy director, member) are expected.
    expect(created.attendanceSummary.expected).toBe(3);
    // A town cannot record a working-committee meeting.
    const town = await failure(stack.client('xikou.staff').congressMeetings.create.mutate({ ...meeting, kind: 'working_committee' }));
    expect(town.data?.fieldIssues?.map((i) => i.path)).toEqual(['kind']);
    await admin().congressMeetings.delete.mutate({ id: created.id });
  });

  it('marks session and presidium rules not applicable, and refuses to set them', async () => {
    const rules = await admin().rules.effective.query({});
    const of = (key: string) => rules.find((r) => r.key === key)!;
    expect(of('congress.sessions_per_year_min')).toMatchObject({ applicable: false, appliesTo: ['town', 'township', 'ethnic_township'] });
    expect(of('presidium.meetings_per_quarter_min').applicable).toBe(false);
    expect(of('working_committee.meetings_per_quarter_min')).toMatchObject({ applicable: true, value: null, appliesTo: ['subdistrict'] });
    expect(of('suggestion.reply_due_standard_months').applicable).toBe(true);
    expect(rules.filter((r) => !r.applicable)).toHaveLength(8);

    const refused = await failure(admin().rules.setOverride.mutate({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: today }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
    expect(refused.data?.fieldIssues?.[0]).toMatchObject({ path: 'key', message: { zh: expect.stringContaining('此规则不适用于街道，不能设置') } });
    expect(await stack.ownerDb.tenantRuleValue.count({ where: { tenantId: chengnan, key: 'congress.sessions_per_year_min' } })).toBe(0);
    const xikou = await failure(stack.client('xikou.admin').rules.setOverride.mutate({ key: 'working_committee.meetings_per_quarter_min', value: 1, effectiveFrom: today }));
    expect(xikou.data?.code).toBe('BAD_REQUEST');
  });

  it('heads the books with the working committee and keeps its meetings in the first book', async () => {
    const book = await admin().congressBooks.get.query({ book: 'presidium_meetings', year: year - 1 });
    expect(book).toMatchObject({ title: { zh: '工委会议簿' }, owner: { zh: '人大工委' }, tenantName: '城南街道' });
    const titles = book.sections.flatMap((s) => s.rows.map((r) => String(r.title)));
    expect(titles.length).toBe(6);
    expect(titles.some((t) => t.includes('工委会议'))).toBe(true);
    expect(titles.some((t) => t.includes('代表联组会议'))).toBe(true);
    const town = await stack.client('xikou.staff').congressBooks.get.query({ book: 'presidium_meetings', year: year - 1 });
    expect(town).toMatchObject({ title: { zh: '主席团会议簿' }, owner: { zh: '人大' } });
  });
});

describe('a sub-district in the county figures', () => {
  it('shows no session shortfall and lists the rules that do not apply', async () => {
    const rows = await stack.client('county').countyDeputies.indicators.query({ year: year - 1 });
    const row = rows.find((r) => r.code === 'chengnan')!;
    expect(row).toMatchObject({ kind: 'subdistrict', sessionsHeld: null, sessionsRequired: null, sessionsState: 'not_applicable', bodyMeetingKind: 'working_committee', bodyMeetingsPerQuarterRequired: null, bodyQuartersMet: null });
    expect(row.servingDeputies).toBeGreaterThan(15);
    expect(row.activities).toBeGreaterThan(0);
    expect(row.shortfalls.filter((f) => sessionWords.test(f.zh) || sessionWords.test(f.en))).toEqual([]);
    expect(row.notApplicableRules.map((r) => r.key)).toEqual(['congress.sessions_per_year_min', 'congress.session_days_min', 'presidium.meetings_per_quarter_min', 'congress.regular_session_deadline', 'presidium.size_range', 'presidium.member_contacts_min']);

    const town = rows.find((r) => r.code === 'xikou')!;
    expect(town).toMatchObject({ sessionsState: expect.not.stringMatching(/not_applicable/), bodyMeetingKind: 'presidium', bodyMeetingsPerQuarterRequired: 1 });
    expect(town.sessionsHeld).toBeGreaterThan(0);
    expect(town.notApplicableRules.map((r) => r.key)).toEqual(['working_committee.meetings_per_quarter_min']);
  });
});
