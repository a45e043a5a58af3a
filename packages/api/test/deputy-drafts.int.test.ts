import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { countyToday, failure, startTestStack, type TestStack } from './harness';
import { rawCall } from './lib/raw-call';

/**
 * What a signed-in deputy drafts, signs up for and reports (issue 14, docs/decisions.md, 65),
 * through tRPC against real PostgreSQL: a draft is its author's until the co-signers are asked,
 * each co-signer answers for themself, submitting makes the office's suggestion with the deputy in
 * its history; sign-up to activities the office opens; the annual duty report; another deputy's
 * rows, another township's deputy and a deputy whose term ended.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;

const me = (username: string, tenantId = xikou) => stack.client(username, { tenantId });
const staff = () => stack.client('xikou.staff');
const code = async (call: Promise<unknown>) => (await failure(call)).data?.code;

async function deputyIdOf(username: string) {
  const m = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username }, role: 'deputy' } });
  return m.deputyId!;
}

const draftOf = (coSignerIds: string[], title = '关于修缮溪口小学围墙的建议') => ({ kind: 'suggestion' as const, title, content: '围墙多处开裂，存在安全隐患。', topic: 'education' as const, coSignerIds });

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
});

afterAll(() => stack?.close());

describe("a deputy's suggestion draft", () => {
  it('is the author’s until they ask; the co-signer confirms; a changed text asks again; submitted, it is the office’s suggestion by the deputy', async () => {
    const author = me('xikou.deputy');
    const co = me('xikou.deputy2');
    const coId = await deputyIdOf('xikou.deputy2');
    const saved = await author.deputyWorkspace.drafts.save.mutate(draftOf([coId]));
    // Not yet asked: the named co-signer finds nothing of it.
    expect(await code(co.deputyWorkspace.drafts.get.query({ id: saved.id }))).toBe('NOT_FOUND');
    expect((await co.deputyWorkspace.drafts.list.query()).map((d) => d.id)).not.toContain(saved.id);
    const mine = await author.deputyWorkspace.drafts.get.query({ id: saved.id });
    expect(mine).toMatchObject({ state: 'draft', isAuthor: true, canAsk: true, canSubmit: false, coSigners: [{ deputyId: coId, response: 'pending' }] });

    const asked = await author.deputyWorkspace.drafts.ask.mutate({ id: saved.id, version: saved.version });
    const seen = await co.deputyWorkspace.drafts.get.query({ id: saved.id });
    expect(seen).toMatchObject({ state: 'cosigning', isAuthor: false, canAnswer: true, canEdit: false, myAnswer: 'pending' });
    const notice = await stack.ownerDb.notification.findFirst({ where: { tenantId: xikou, entity: 'SuggestionDraft', entityId: saved.id, kind: 'cosign_requested' } });
    expect(notice).not.toBeNull();
    // The author cannot submit while the co-signer has not answered.
    const early = await failure(author.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: asked.version }));
    expect(early.data?.code).toBe('BAD_REQUEST');
    expect(early.data?.messages.zh).toContain('还有1位附议代表未确认');

    // The co-signer cannot edit or submit the author's draft: not theirs, not found.
    expect(await code(co.deputyWorkspace.drafts.save.mutate({ ...draftOf([]), id: saved.id, version: asked.version }))).toBe('NOT_FOUND');
    expect(await code(co.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: asked.version }))).toBe('NOT_FOUND');

    const confirmed = await co.deputyWorkspace.drafts.answer.mutate({ id: saved.id, version: asked.version, answer: 'confirmed' });
    // The author changes the text: the co-signer agreed to the old one and is asked again.
    const edited = await author.deputyWorkspace.drafts.save.mutate({ ...draftOf([coId], '关于尽快修缮溪口小学围墙的建议'), id: saved.id, version: confirmed.version });
    expect((await author.deputyWorkspace.drafts.get.query({ id: saved.id })).coSigners[0]!.response).toBe('pending');
    const again = await co.deputyWorkspace.drafts.answer.mutate({ id: saved.id, version: edited.version, answer: 'confirmed' });
    // A stale version is refused.
    expect(await code(author.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: edited.version }))).toBe('CONFLICT');

    const submitted = await author.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: again.version });
    const office = await staff().suggestions.get.query({ id: submitted.suggestionId });
    expect(office).toMatchObject({ state: 'submitted', title: '关于尽快修缮溪口小学围墙的建议', number: submitted.number });
    expect(office.signers.map((s) => s.deputyId)).toEqual([await deputyIdOf('xikou.deputy'), coId]);
    const history = await stack.ownerDb.suggestionTransition.findFirstOrThrow({ where: { tenantId: xikou, suggestionId: submitted.suggestionId } });
    const lead = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.deputy' } });
    expect(history).toMatchObject({ action: 'submit', actorKind: 'signer', actorUserId: lead.id, actorName: lead.displayName });
    // Both see it among their suggestions; the draft is closed.
    expect((await co.deputyWorkspace.suggestions.get.query({ id: submitted.suggestionId })).isLead).toBe(false);
    expect(await author.deputyWorkspace.drafts.get.query({ id: saved.id })).toMatchObject({ state: 'submitted', suggestionNumber: submitted.number, canEdit: false, canSubmit: false });
    expect(await code(author.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: submitted.version }))).toBe('BAD_REQUEST');
    expect(await code(co.deputyWorkspace.drafts.answer.mutate({ id: saved.id, version: submitted.version, answer: 'declined' }))).toBe('BAD_REQUEST');
    const audited = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, entity: 'SuggestionDraft', entityId: saved.id }, orderBy: { id: 'asc' } });
    expect(audited.map((a) => a.action)).toEqual(['create', 'ask_co_signers', 'co_sign_confirmed', 'update', 'co_sign_confirmed', 'submit']);
  });

  it('leaves off a co-signer who declined; a draft without co-signers is submitted at once; the author deletes a draft', async () => {
    const author = me('xikou.deputy2');
    const leadId = await deputyIdOf('xikou.deputy2');
    const coId = await deputyIdOf('xikou.deputy');
    const saved = await author.deputyWorkspace.drafts.save.mutate(draftOf([coId], '关于村道护栏的建议'));
    const asked = await author.deputyWorkspace.drafts.ask.mutate({ id: saved.id, version: saved.version });
    const declined = await me('xikou.deputy').deputyWorkspace.drafts.answer.mutate({ id: saved.id, version: asked.version, answer: 'declined' });
    const submitted = await author.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: declined.version });
    const signers = await stack.ownerDb.suggestionSigner.findMany({ where: { tenantId: xikou, suggestionId: submitted.suggestionId } });
    expect(signers.map((s) => s.deputyId)).toEqual([leadId]);

    const alone = await author.deputyWorkspace.drafts.save.mutate(draftOf([], '关于集市停车的建议'));
    await author.deputyWorkspace.drafts.submit.mutate({ id: alone.id, version: alone.version });
    const gone = await author.deputyWorkspace.drafts.save.mutate(draftOf([], '不再需要的草稿'));
    await author.deputyWorkspace.drafts.remove.mutate({ id: gone.id, version: gone.version });
    expect(await code(author.deputyWorkspace.drafts.get.query({ id: gone.id }))).toBe('NOT_FOUND');
  });

  it('refuses the author as their own co-signer, a deputy not serving, and another township’s deputy', async () => {
    const author = me('xikou.deputy');
    const self = await failure(author.deputyWorkspace.drafts.save.mutate(draftOf([await deputyIdOf('xikou.deputy')])));
    expect(self.data?.fieldIssues?.[0]).toMatchObject({ path: 'coSignerIds.0', message: { zh: expect.stringContaining('附议代表不能是领衔代表本人') } });
    expect(await code(author.deputyWorkspace.drafts.save.mutate(draftOf([await deputyIdOf('xikou.former')])))).toBe('BAD_REQUEST');
    expect(await code(author.deputyWorkspace.drafts.save.mutate(draftOf([await deputyIdOf('longtan.deputy')])))).toBe('BAD_REQUEST');
    const empty = await failure(author.deputyWorkspace.drafts.save.mutate({ ...draftOf([]), title: ' ' }));
    expect(empty.data?.fieldIssues?.[0]).toMatchObject({ path: 'title', field: { zh: '标题', en: 'Title' } });
  });

  it("is not found by another deputy, nor by a deputy of 龙潭镇; a deputy whose term ended reads and writes nothing", async () => {
    const saved = await me('xikou.deputy').deputyWorkspace.drafts.save.mutate(draftOf([], '甲的私人草稿'));
    expect(await code(me('xikou.deputy2').deputyWorkspace.drafts.get.query({ id: saved.id }))).toBe('NOT_FOUND');
    expect(await code(me('xikou.deputy2').deputyWorkspace.drafts.remove.mutate({ id: saved.id, version: saved.version }))).toBe('NOT_FOUND');
    expect(await code(me('xikou.deputy2').deputyWorkspace.drafts.answer.mutate({ id: saved.id, version: saved.version, answer: 'confirmed' }))).toBe('NOT_FOUND');
    const longtanDeputy = me('longtan.deputy', longtan);
    expect(await code(longtanDeputy.deputyWorkspace.drafts.get.query({ id: saved.id }))).toBe('NOT_FOUND');
    expect(await code(longtanDeputy.deputyWorkspace.drafts.submit.mutate({ id: saved.id, version: saved.version }))).toBe('NOT_FOUND');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await code(me('longtan.deputy', xikou).deputyWorkspace.drafts.list.query()));

    const former = me('xikou.former');
    expect(await former.deputyWorkspace.drafts.list.query()).toEqual([]);
    const refused = await failure(former.deputyWorkspace.drafts.save.mutate(draftOf([])));
    expect(refused.data?.code).toBe('FORBIDDEN');
    expect(refused.data?.messages.zh).toContain('代表职务已终止');
    // Nothing of it is stored.
    expect(await stack.ownerDb.suggestionDraft.count({ where: { tenantId: xikou, authorDeputyId: await deputyIdOf('xikou.former') } })).toBe(0);
  });
});

describe('activity sign-up', () => {
  async function planned(title: string, days: number) {
    return staff().dutyActivities.create.mutate({ type: 'inspection', title, date: countyToday(days), place: '溪口镇', participantIds: [] });
  }

  it('the office invites by name or opens to all; the deputy signs up or declines before the day; the office sees the answers', async () => {
    const deputyId = await deputyIdOf('xikou.deputy');
    const invited = await planned('视察集镇污水管网', 7);
    const open = await planned('调研农村养老服务', 10);
    await staff().dutyActivities.invite.mutate({ id: invited.id, deputyIds: [deputyId], openToAllDeputies: false });
    await staff().dutyActivities.invite.mutate({ id: open.id, deputyIds: [], openToAllDeputies: true });
    expect(await stack.ownerDb.notification.count({ where: { tenantId: xikou, entity: 'DutyActivity', entityId: invited.id, kind: 'activity_invited' } })).toBe(1);

    const list = await me('xikou.deputy').deputyWorkspace.activities.list.query({});
    expect(list.items.find((a) => a.id === invited.id)).toMatchObject({ invited: true, response: 'invited', canRespond: true, upcoming: true });
    expect(list.items.find((a) => a.id === open.id)).toMatchObject({ invited: false, response: null, canRespond: true });
    expect(list.record).toMatchObject({ year: Number(countyToday().slice(0, 4)), points: expect.any(Object) });
    // The second deputy was not invited by name: they see only the open one.
    const other = await me('xikou.deputy2').deputyWorkspace.activities.list.query({});
    expect(other.items.map((a) => a.id)).toContain(open.id);
    expect(other.items.map((a) => a.id)).not.toContain(invited.id);
    expect(await code(me('xikou.deputy2').deputyWorkspace.activities.respond.mutate({ activityId: invited.id, response: 'signed_up' }))).toBe('NOT_FOUND');

    await me('xikou.deputy').deputyWorkspace.activities.respond.mutate({ activityId: invited.id, response: 'signed_up' });
    await me('xikou.deputy').deputyWorkspace.activities.respond.mutate({ activityId: open.id, response: 'declined' });
    await me('xikou.deputy2').deputyWorkspace.activities.respond.mutate({ activityId: open.id, response: 'signed_up' });
    const answers = await staff().dutyActivities.signUps.query({ id: open.id });
    expect(answers).toMatchObject({ openToAllDeputies: true, signedUp: 1, declined: 1, waiting: 0 });
    expect((await staff().dutyActivities.signUps.query({ id: invited.id })).items).toEqual([expect.objectContaining({ deputyId, invited: true, response: 'signed_up' })]);
    const audited = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, entity: 'DutyActivity', entityId: open.id, action: { in: ['sign_up', 'decline'] } } });
    expect(audited).toHaveLength(2);

    // Attendance stays the office's: a planned activity takes no participants until it is held.
    const early = await failure(staff().dutyActivities.update.mutate({ id: open.id, version: (await staff().dutyActivities.get.query({ id: open.id })).version, type: 'survey', title: '调研农村养老服务', date: countyToday(10), participantIds: [deputyId] }));
    expect(early.data?.fieldIssues?.[0]).toMatchObject({ path: 'participantIds' });
  });

  it('closes on the activity’s day; refuses another township’s deputy and a deputy whose term ended', async () => {
    const today = await staff().dutyActivities.create.mutate({ type: 'training', title: '代表法培训', date: countyToday(), participantIds: [] });
    await staff().dutyActivities.invite.mutate({ id: today.id, deputyIds: [], openToAllDeputies: true });
    const closed = await failure(me('xikou.deputy').deputyWorkspace.activities.respond.mutate({ activityId: today.id, response: 'signed_up' }));
    expect(closed.data?.messages.zh).toContain('报名已截止');

    const later = await planned('执法检查食品安全', 5);
    await staff().dutyActivities.invite.mutate({ id: later.id, deputyIds: [], openToAllDeputies: true });
    expect(await code(me('longtan.deputy', longtan).deputyWorkspace.activities.respond.mutate({ activityId: later.id, response: 'signed_up' }))).toBe('NOT_FOUND');
    expect((await me('longtan.deputy', longtan).deputyWorkspace.activities.list.query({})).items.map((a) => a.id)).not.toContain(later.id);
    expect(await code(me('xikou.former').deputyWorkspace.activities.respond.mutate({ activityId: later.id, response: 'signed_up' }))).toBe('FORBIDDEN');
    expect((await me('xikou.former').deputyWorkspace.activities.list.query({})).items.map((a) => a.id)).not.toContain(later.id);
    // A deputy of 龙潭镇 cannot invite into 溪口镇 (not their township's activity).
    expect(await code(stack.client('longtan.admin').dutyActivities.invite.mutate({ id: later.id, deputyIds: [], openToAllDeputies: false }))).toBe('NOT_FOUND');
  });
});

describe('the annual duty report', () => {
  it('is drafted, saved and submitted by the deputy, once a year; the office reads the submitted ones only', async () => {
    const year = Number(countyToday().slice(0, 4));
    const deputy = me('xikou.deputy');
    const draft = await deputy.deputyWorkspace.reports.save.mutate({ year, text: '一年来，我认真履行代表职责……' });
    expect(await code(deputy.deputyWorkspace.reports.save.mutate({ year, text: '重复新建' }))).toBe('CONFLICT');
    const saved = await deputy.deputyWorkspace.reports.save.mutate({ year, text: '一年来，我认真履行代表职责，参加视察3次。', version: draft.version });
    // A draft is the deputy's: the office does not see it.
    expect((await staff().dutyReports.list.query({ year })).items.map((r) => r.id)).not.toContain(draft.id);
    expect(await code(staff().dutyReports.get.query({ id: draft.id }))).toBe('NOT_FOUND');

    await deputy.deputyWorkspace.reports.submit.mutate({ year, version: saved.version });
    const office = await staff().dutyReports.list.query({ year });
    expect(office.items).toEqual([expect.objectContaining({ id: draft.id, deputyName: expect.any(String) })]);
    expect((await staff().dutyReports.get.query({ id: draft.id })).text).toContain('参加视察3次');
    expect(await code(deputy.deputyWorkspace.reports.save.mutate({ year, text: '提交后修改', version: saved.version + 1 }))).toBe('BAD_REQUEST');
    const audited = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, entity: 'DutyReport', entityId: draft.id }, orderBy: { id: 'asc' } });
    expect(audited.map((a) => a.action)).toEqual(['create', 'update', 'submit']);

    const old = await failure(deputy.deputyWorkspace.reports.save.mutate({ year: year - 2, text: '太早的年度' }));
    expect(old.data?.fieldIssues?.[0]).toMatchObject({ path: 'year', field: { zh: '年度', en: 'Year' } });
    expect((await deputy.deputyWorkspace.reports.list.query()).items[0]).toMatchObject({ year, state: 'submitted' });
  });

  it("is not another deputy's nor another township's; a deputy whose term ended writes none", async () => {
    const year = Number(countyToday().slice(0, 4));
    expect((await me('xikou.deputy2').deputyWorkspace.reports.list.query()).items.map((r) => r.year)).not.toContain(year);
    expect((await stack.client('longtan.admin').dutyReports.list.query({ year })).items).toEqual([]);
    const own = await stack.ownerDb.dutyReport.findFirstOrThrow({ where: { tenantId: xikou, year } });
    expect(await code(stack.client('longtan.admin').dutyReports.get.query({ id: own.id }))).toBe('NOT_FOUND');
    const former = me('xikou.former');
    expect(await former.deputyWorkspace.reports.list.query()).toMatchObject({ writableYears: [], termEnded: true });
    expect(await code(former.deputyWorkspace.reports.save.mutate({ year, text: '离任后述职' }))).toBe('FORBIDDEN');
  });
});

describe('the printed invitation sheet', () => {
  it('shows each first password once: a replay of the same Idempotency-Key answers the sheet without them, and nothing stores them', async () => {
    const uninvited = (await staff().deputies.accounts.query()).filter((d) => d.username === null).slice(0, 2);
    const headers = { authorization: `Bearer ${await stack.tokenFor('xikou.staff')}`, 'x-tenant-id': xikou, 'idempotency-key': randomUUID() };
    const input = { deputyIds: uninvited.map((d) => d.id) };
    const first = await rawCall(stack.apiUrl, 'deputies.invite', 'mutation', input, headers);
    type Sheet = { result: { data: { rows: { initialPassword: string | null }[] } } };
    const rows = (first.json as Sheet).result.data.rows;
    expect(rows.map((r) => r.initialPassword)).toEqual([expect.stringMatching(/^\S{12}$/), expect.stringMatching(/^\S{12}$/)]);
    const replay = await rawCall(stack.apiUrl, 'deputies.invite', 'mutation', input, headers);
    expect((replay.json as Sheet).result.data.rows.map((r) => r.initialPassword)).toEqual([null, null]);
    const stored = await stack.ownerDb.idempotentRequest.findMany({ where: { tenantId: xikou, path: 'deputies.invite' } });
    const audits = await stack.ownerDb.auditLog.findMany({ where: { tenantId: xikou, action: 'invite_deputy' } });
    for (const password of rows.map((r) => r.initialPassword!)) {
      expect(JSON.stringify(stored)).not.toContain(password);
      expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(password);
    }
  });
});
