import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * Deputies who sign in (issue 14), through tRPC against real PostgreSQL: a deputy sees and
 * evaluates only what they signed, each signer's evaluation is their own and the township's rule
 * decides the result, another township's deputy finds nothing, and a deputy whose term ended
 * reads their history and writes nothing.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let units: Record<string, string>;

const me = (username: string, tenantId = xikou) => stack.client(username, { tenantId });
const staff = () => stack.client('xikou.staff');
const handler = () => stack.client('xikou.handler');

async function deputyIdOf(username: string) {
  const m = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username }, role: 'deputy' } });
  return m.deputyId!;
}

/** The office accepts and assigns it to the handler's unit, and the handler replies: ready to evaluate. */
async function toReplied(id: string, version: number) {
  const accepted = await staff().suggestions.step.mutate({ id, version, action: 'accept', payload: {} });
  const [assigned] = await staff().suggestions.assignMany.mutate({ items: [{ id, version: accepted.version, lead: { type: 'unit', id: units['村镇建设办公室']! }, co: [], complexity: 'standard' }] });
  return handler().suggestions.step.mutate({ id, version: assigned!.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'both', content: '已安排施工，月底前完成', resolution: 'in_progress' } });
}

type DraftInput = { kind: 'suggestion' | 'opinion'; title: string; content: string; topic: 'water_power' | 'environment' | 'other'; coSignerIds: string[] };

/** A deputy's suggestion the one way the workspace makes it: a draft, each co-signer's confirmation, then submitted. */
async function submitThroughDraft(author: string, input: DraftInput, coSigners: readonly string[] = []) {
  const client = me(author);
  const saved = await client.deputyWorkspace.drafts.save.mutate(input);
  const { id } = saved;
  let { version } = saved;
  if (coSigners.length > 0) {
    ({ version } = await client.deputyWorkspace.drafts.ask.mutate({ id, version }));
    for (const user of coSigners) ({ version } = await me(user).deputyWorkspace.drafts.answer.mutate({ id, version, answer: 'confirmed' }));
  }
  const { suggestionId } = await client.deputyWorkspace.drafts.submit.mutate({ id, version });
  const suggestion = await client.deputyWorkspace.suggestions.get.query({ id: suggestionId });
  return { id: suggestion.id, version: suggestion.version };
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  units = Object.fromEntries((await stack.ownerDb.handlingUnit.findMany({ where: { tenantId: xikou } })).map((u) => [u.name, u.id]));
});

afterAll(() => stack?.close());

describe('a deputy signed in', () => {
  it('is tied to their own deputy record and holds none of the office’s permissions', async () => {
    const profile = await me('xikou.deputy').deputyWorkspace.profile.query();
    expect(profile).toMatchObject({ deputyId: await deputyIdOf('xikou.deputy'), termEnded: false });
    const deputy = me('xikou.deputy');
    for (const call of [() => deputy.suggestions.list.query({}), () => deputy.deputies.list.query({}), () => deputy.supervision.petitions.list.query({})]) {
      expect((await failure(call())).data?.code).toBe('FORBIDDEN');
    }
    const gone = await failure(me('xikou.deputy').deputies.get.query({ id: profile.deputyId }));
    expect(gone.data?.code).toBe('FORBIDDEN');
  });

  it('submits a suggestion with a co-signer; each signer evaluates for themself and the lowest decides', async () => {
    const coSigner = await deputyIdOf('xikou.deputy2');
    const options = await me('xikou.deputy').deputyWorkspace.suggestions.options.query();
    expect(options.deputies.map((d) => d.id)).toContain(coSigner);
    expect(Object.keys(options.deputies[0]!)).toEqual(['id', 'name']);
    const submitted = await submitThroughDraft('xikou.deputy', { kind: 'suggestion', title: '关于修复狮岭村水渠的建议', content: '水渠年久失修，灌溉季节漏水严重。', topic: 'water_power', coSignerIds: [coSigner] }, ['xikou.deputy2']);
    const first = await me('xikou.deputy').deputyWorkspace.suggestions.get.query({ id: submitted.id });
    expect(first).toMatchObject({ state: 'submitted', isLead: true, signerCount: 2, submittedOn: countyToday() });
    expect(first.timeline[0]).toMatchObject({ action: 'submit', actorKind: 'signer' });

    const replied = await toReplied(submitted.id, submitted.version);
    const ready = await me('xikou.deputy').deputyWorkspace.suggestions.get.query({ id: submitted.id });
    expect(ready.actions).toEqual(['evaluate']);

    // An unsatisfied evaluation needs its reason.
    const noReason = await failure(me('xikou.deputy').deputyWorkspace.suggestions.evaluate.mutate({ id: submitted.id, version: replied.version, rating: 'unsatisfied' }));
    expect(noReason.data?.code).toBe('BAD_REQUEST');
    expect(noReason.data?.fieldIssues?.[0]).toMatchObject({ path: 'comment' });

    const lead = await me('xikou.deputy').deputyWorkspace.suggestions.evaluate.mutate({ id: submitted.id, version: replied.version, rating: 'satisfied' });
    expect(lead).toMatchObject({ state: 'replied', result: null });
    const again = await failure(me('xikou.deputy').deputyWorkspace.suggestions.evaluate.mutate({ id: submitted.id, version: lead.version, rating: 'basically_satisfied' }));
    expect(again.data?.code).toBe('BAD_REQUEST');

    // The co-signer does not see the lead's rating, only that they evaluated.
    const seen = await me('xikou.deputy2').deputyWorkspace.suggestions.get.query({ id: submitted.id });
    const leadStep = seen.timeline.find((t) => t.action === 'evaluate')!;
    expect(leadStep.data).not.toHaveProperty('rating');
    expect(leadStep.data).not.toHaveProperty('comment');
    expect(seen.myEvaluations).toEqual([]);
    expect(seen.evaluationsThisRound).toBe(1);

    const co = await me('xikou.deputy2').deputyWorkspace.suggestions.evaluate.mutate({ id: submitted.id, version: lead.version, rating: 'unsatisfied', comment: '只修了一段，下游仍漏水' });
    expect(co).toMatchObject({ state: 'rehandling', result: 'unsatisfied' });
    const office = await staff().suggestions.get.query({ id: submitted.id });
    expect(office).toMatchObject({ satisfaction: 'unsatisfied', rehandlingRound: 1 });
    const stored = await stack.ownerDb.suggestionEvaluation.findMany({ where: { tenantId: xikou, suggestionId: submitted.id }, orderBy: { at: 'asc' } });
    expect(stored.map((e) => [e.rating, e.enteredByOffice])).toEqual([
      ['satisfied', false],
      ['unsatisfied', false],
    ]);
  });

  it('with the rule set to the lead deputy, the lead decides; the office may still record for a deputy without a phone', async () => {
    const county = await stack.ownerDb.county.findFirstOrThrow();
    await stack.ownerDb.tenantRuleValue.create({ data: { tenantId: xikou, key: 'suggestion.evaluation_result', value: 'lead', effectiveFrom: new Date('2020-01-01') } });
    try {
      const coSigner = await deputyIdOf('xikou.deputy2');
      const submitted = await submitThroughDraft('xikou.deputy', { kind: 'opinion', title: '关于集镇垃圾清运的意见', content: '清运不及时。', topic: 'environment', coSignerIds: [coSigner] }, ['xikou.deputy2']);
      const replied = await toReplied(submitted.id, submitted.version);
      const co = await me('xikou.deputy2').deputyWorkspace.suggestions.evaluate.mutate({ id: submitted.id, version: replied.version, rating: 'unsatisfied', comment: '仍不及时' });
      expect(co.state).toBe('replied');
      const byOffice = await staff().suggestions.step.mutate({ id: submitted.id, version: co.version, action: 'evaluate', payload: { deputyId: await deputyIdOf('xikou.deputy'), rating: 'basically_satisfied' } });
      expect(byOffice).toMatchObject({ state: 'closed', record: { result: 'basically_satisfied', enteredByOffice: true } });
      const mine = await me('xikou.deputy').deputyWorkspace.suggestions.get.query({ id: submitted.id });
      expect(mine.myEvaluations).toEqual([expect.objectContaining({ rating: 'basically_satisfied', enteredByOffice: true })]);
      expect(mine.satisfaction).toBe('basically_satisfied');
    } finally {
      await stack.ownerDb.tenantRuleValue.deleteMany({ where: { tenantId: xikou, key: 'suggestion.evaluation_result' } });
      expect(county.id).toBeTruthy();
    }
  });

  it("finds nothing of another deputy's suggestions, and cannot evaluate what they did not sign", async () => {
    const others = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: xikou, state: 'replied', signers: { none: { deputyId: { in: [await deputyIdOf('xikou.deputy'), await deputyIdOf('xikou.deputy2')] } } } } });
    expect((await failure(me('xikou.deputy').deputyWorkspace.suggestions.get.query({ id: others.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(me('xikou.deputy').deputyWorkspace.suggestions.evaluate.mutate({ id: others.id, version: others.version, rating: 'satisfied' }))).data?.code).toBe('NOT_FOUND');
    const list = await me('xikou.deputy').deputyWorkspace.suggestions.list.query({ pageSize: 100 });
    const mineId = await deputyIdOf('xikou.deputy');
    const signed = await stack.ownerDb.suggestionSigner.count({ where: { tenantId: xikou, deputyId: mineId } });
    expect(list.total).toBe(signed);
    expect(list.items.map((i) => i.id)).not.toContain(others.id);
    // Nothing of it changed.
    expect((await stack.ownerDb.suggestion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: others.id } } })).version).toBe(others.version);
  });

  it("a deputy of 龙潭镇 finds nothing of 溪口镇: not by its ids, not by asking for the township", async () => {
    const xikouSuggestion = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: xikou, signers: { some: { deputyId: await deputyIdOf('xikou.deputy') } } } });
    const longtanDeputy = me('longtan.deputy', longtan);
    expect((await longtanDeputy.deputyWorkspace.profile.query()).deputyId).toBe(await deputyIdOf('longtan.deputy'));
    expect((await failure(longtanDeputy.deputyWorkspace.suggestions.get.query({ id: xikouSuggestion.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtanDeputy.deputyWorkspace.suggestions.evaluate.mutate({ id: xikouSuggestion.id, version: xikouSuggestion.version, rating: 'satisfied' }))).data?.code).toBe('NOT_FOUND');
    const asked = await failure(me('longtan.deputy', xikou).deputyWorkspace.suggestions.list.query({}));
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(asked.data?.code);
  });

  it('a deputy whose term ended reads their own history and writes nothing', async () => {
    const former = me('xikou.former');
    const profile = await former.deputyWorkspace.profile.query();
    expect(profile.termEnded).toBe(true);
    await former.deputyWorkspace.suggestions.list.query({});
    await former.deputyWorkspace.records.query();
    const refused = await failure(former.deputyWorkspace.drafts.save.mutate({ kind: 'suggestion', title: '离任后提出', content: '不应被接受', topic: 'other', coSignerIds: [] }));
    expect(refused.data?.code).toBe('FORBIDDEN');
    expect(refused.data?.messages.zh).toContain('代表职务已终止');
    expect((await failure(former.deputyWorkspace.suggestions.options.query())).data?.code).toBe('FORBIDDEN');
  });

  it('loses writing on the status date (county day), not before', async () => {
    const deputyId = await deputyIdOf('xikou.deputy2');
    const submit = () => submitThroughDraft('xikou.deputy2', { kind: 'suggestion', title: '关于村口路灯的建议', content: '路灯损坏。', topic: 'other', coSignerIds: [] });
    await stack.ownerDb.deputy.update({ where: { tenantId_id: { tenantId: xikou, id: deputyId } }, data: { status: 'resigned', statusDate: new Date(`${countyToday(1)}T00:00:00Z`) } });
    await submit();
    await stack.ownerDb.deputy.update({ where: { tenantId_id: { tenantId: xikou, id: deputyId } }, data: { statusDate: new Date(`${countyToday()}T00:00:00Z`) } });
    expect((await failure(submit())).data?.code).toBe('FORBIDDEN');
    const history = await me('xikou.deputy2').deputyWorkspace.suggestions.list.query({});
    expect(history.total).toBeGreaterThan(0);
  });
});

describe('the office invites deputies from the roster', () => {
  it('makes accounts tied to the deputies, once, with a first password for the printed sheet', async () => {
    const roster = await staff().deputies.accounts.query();
    const uninvited = roster.filter((d) => d.username === null).slice(0, 3);
    const invited = roster.find((d) => d.username === 'xikou.deputy' || d.username !== null)!;
    const sheet = await staff().deputies.invite.mutate({ deputyIds: [...uninvited.map((d) => d.id), invited.id] });
    expect(sheet.rows).toHaveLength(4);
    for (const row of sheet.rows.slice(0, 3)) {
      expect(row).toMatchObject({ alreadyInvited: false, username: expect.stringMatching(/^xikou\.d\d{6}$/), initialPassword: expect.stringMatching(/^\S{12}$/) });
      const m = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: row.username }, tenantId: xikou } });
      expect(m).toMatchObject({ role: 'deputy', deputyId: row.deputyId });
    }
    expect(sheet.rows[3]).toMatchObject({ alreadyInvited: true, initialPassword: null });
    // A second invitation makes no second account.
    const again = await staff().deputies.invite.mutate({ deputyIds: [uninvited[0]!.id] });
    expect(again.rows[0]).toMatchObject({ alreadyInvited: true, username: sheet.rows[0]!.username });
    // Another township's deputy is unknown; a deputy who left office is refused.
    const longtanDeputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: longtan } });
    expect((await failure(staff().deputies.invite.mutate({ deputyIds: [longtanDeputy.id] }))).data?.code).toBe('BAD_REQUEST');
    const left = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'deceased' } });
    expect((await failure(staff().deputies.invite.mutate({ deputyIds: [left.id] }))).data?.messages.zh).toContain('不在任');
    // The deputy role is granted by the invitation only, never through the users screens.
    const admin = stack.client('xikou.admin', { tenantId: xikou });
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' } });
    const refused = await failure(admin.users.setMemberships.mutate({ id: user.id, version: user.version, memberships: [{ role: 'deputy', tenantId: xikou }] }));
    expect(refused.data?.code).toBe('BAD_REQUEST');
  });
});
