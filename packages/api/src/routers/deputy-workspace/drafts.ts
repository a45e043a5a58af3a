import {
  coSignAnswerRefusal,
  coSignersAfterSave,
  draftSubmitRefusal,
  signersOfDraft,
  type CoSignAnswer,
  type SuggestionCreate,
  type SuggestionDraftSave,
  type SuggestionDraftStep,
} from '@pcs/domain';
import { audit } from '../../audit';
import { invalidField, notFound, staleVersion } from '../../errors';
import { notify } from '../../workflow/notify';
import { stepActorOf } from '../../workflow/step-runner';
import { createSuggestion } from '../suggestions/create';
import type { TenantCtx } from '../shared/tenant-context';
import { deputySelf, type DeputySelf } from './self';

// Suggestions a signed-in deputy drafts (issue 14, docs/decisions.md, 65). The author sees and
// edits their draft; a co-signer they named sees it once asked (state cosigning) and answers for
// themself; submitting makes it the office's received suggestion through `createSuggestion`, the
// one way a suggestion is registered, with the deputy as the actor of its first history row.

const coSignerSelect = { deputyId: true, position: true, response: true, respondedAt: true, deputy: { select: { name: true } } } as const;
const draftInclude = { coSigners: { select: coSignerSelect, orderBy: { position: 'asc' } }, author: { select: { name: true } }, suggestion: { select: { number: true, state: true } } } as const;

/** Drafts the caller may see: their own, and those they are asked to co-sign (never a draft not yet sent to them). */
function visibleTo(self: DeputySelf) {
  return { OR: [{ authorDeputyId: self.deputyId }, { state: { in: ['cosigning', 'submitted'] as ('cosigning' | 'submitted')[] }, coSigners: { some: { deputyId: self.deputyId } } }] };
}

async function loadDraft(ctx: TenantCtx, self: DeputySelf, id: string) {
  const row = await ctx.tx.suggestionDraft.findFirst({ where: { tenantId: ctx.tenant.id, id, ...visibleTo(self) }, include: draftInclude });
  if (!row) throw notFound();
  return row;
}

/** The author's own draft as a write needs it: another deputy's, or one sent to the caller to co-sign, is not found. */
async function ownDraft(ctx: TenantCtx, self: DeputySelf, id: string, version: number) {
  const row = await ctx.tx.suggestionDraft.findFirst({ where: { tenantId: ctx.tenant.id, id, authorDeputyId: self.deputyId }, include: draftInclude });
  if (!row) throw notFound();
  if (row.version !== version) throw staleVersion();
  return row;
}

type DraftRow = Awaited<ReturnType<typeof loadDraft>>;

function present(row: DraftRow, self: DeputySelf) {
  const mine = row.authorDeputyId === self.deputyId;
  const myAnswer = row.coSigners.find((c) => c.deputyId === self.deputyId);
  const refusal = draftSubmitRefusal(row.state, row.coSigners);
  return {
    id: row.id,
    version: row.version,
    state: row.state,
    kind: row.kind,
    title: row.title,
    content: row.content,
    topic: row.topic,
    authorName: row.author.name,
    isAuthor: mine,
    coSigners: row.coSigners.map((c) => ({ deputyId: c.deputyId, name: c.deputy.name, response: c.response, respondedAt: c.respondedAt?.toISOString() ?? null })),
    myAnswer: myAnswer?.response ?? null,
    suggestionId: row.suggestionId,
    suggestionNumber: row.suggestion?.number ?? null,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    // What the caller may do now (a deputy whose term ended does nothing).
    canEdit: mine && !self.termEnded && row.state !== 'submitted',
    canAsk: mine && !self.termEnded && row.state === 'draft' && row.coSigners.length > 0,
    canSubmit: mine && !self.termEnded && refusal === null,
    submitRefusal: mine ? refusal : null,
    canAnswer: !mine && !self.termEnded && myAnswer !== undefined && coSignAnswerRefusal(row.state) === null,
  };
}

/** The caller's drafts and the drafts they are asked to co-sign, newest first (tens at most: listed whole). */
export async function myDrafts(ctx: TenantCtx) {
  const self = await deputySelf(ctx, 'history');
  const rows = await ctx.tx.suggestionDraft.findMany({ where: { tenantId: ctx.tenant.id, ...visibleTo(self) }, include: draftInclude, orderBy: { updatedAt: 'desc' }, take: 200 });
  return rows.map((row) => present(row, self));
}

export async function myDraft(ctx: TenantCtx, id: string) {
  const self = await deputySelf(ctx, 'history');
  return present(await loadDraft(ctx, self, id), self);
}

/** Co-signers named must be other deputies of this township who serve (names come from the roster). */
async function checkCoSigners(ctx: TenantCtx, self: DeputySelf, ids: readonly string[]) {
  const index = ids.indexOf(self.deputyId);
  if (index >= 0) throw invalidField(['coSignerIds', index], { zh: '附议代表不能是领衔代表本人', en: 'the author cannot co-sign' });
  const found = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, id: { in: [...ids] }, status: { in: ['serving', 'by_elected'] } }, select: { id: true } });
  const missing = ids.findIndex((id) => !found.some((d) => d.id === id));
  if (missing >= 0) throw invalidField(['coSignerIds', missing], { zh: '代表不存在或已不在任', en: 'unknown deputy, or no longer serving' }, ids[missing]);
}

/** Saves a new draft or the author's draft; a changed text asks every co-signer again (decision 65 §1). */
export async function saveDraft(ctx: TenantCtx, input: SuggestionDraftSave) {
  const self = await deputySelf(ctx, 'write');
  await checkCoSigners(ctx, self, input.coSignerIds);
  const fields = { kind: input.kind, title: input.title, content: input.content, topic: input.topic };
  if (input.id === undefined) {
    const row = await ctx.tx.suggestionDraft.create({ data: { tenantId: ctx.tenant.id, authorDeputyId: self.deputyId, ...fields } });
    await ctx.tx.suggestionDraftCoSigner.createMany({ data: input.coSignerIds.map((deputyId, position) => ({ tenantId: ctx.tenant.id, draftId: row.id, deputyId, position })) });
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'SuggestionDraft', entityId: row.id, after: input });
    return { id: row.id, version: row.version };
  }
  const before = await ownDraft(ctx, self, input.id, input.version!);
  if (before.state === 'submitted') throw invalidField(['id'], { zh: '草稿已提交，不能再修改', en: 'the draft has been submitted and cannot change' });
  const textChanged = before.kind !== input.kind || before.title !== input.title || before.content !== input.content || before.topic !== input.topic;
  const next = coSignersAfterSave(before.coSigners, input.coSignerIds, textChanged);
  const updated = await ctx.tx.suggestionDraft.updateMany({ where: { tenantId: ctx.tenant.id, id: before.id, version: before.version }, data: { ...fields, version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await ctx.tx.suggestionDraftCoSigner.deleteMany({ where: { tenantId: ctx.tenant.id, draftId: before.id } });
  await ctx.tx.suggestionDraftCoSigner.createMany({
    data: next.map((c, position) => {
      const kept = before.coSigners.find((b) => b.deputyId === c.deputyId && b.response === c.response);
      return { tenantId: ctx.tenant.id, draftId: before.id, deputyId: c.deputyId, position, response: c.response, respondedAt: kept?.respondedAt ?? null };
    }),
  });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'SuggestionDraft', entityId: before.id, before: { ...fields, coSigners: before.coSigners.map((c) => [c.deputyId, c.response]) }, after: { ...input, coSigners: next.map((c) => [c.deputyId, c.response]) } });
  // Newly named co-signers of a draft already sent out are asked at once.
  if (before.state === 'cosigning') {
    const toAsk = next.filter((c) => c.response === 'pending' && (textChanged || !before.coSigners.some((b) => b.deputyId === c.deputyId))).map((c) => c.deputyId);
    await askCoSigners(ctx, before.id, input.title, toAsk);
  }
  return { id: before.id, version: before.version + 1 };
}

async function askCoSigners(ctx: TenantCtx, draftId: string, title: string, deputyIds: readonly string[]) {
  if (deputyIds.length === 0) return;
  await notify(ctx.tx, { deputyIds }, { tenantId: ctx.tenant.id, kind: 'cosign_requested', entity: 'SuggestionDraft', entityId: draftId, title, body: { zh: '请确认是否附议', en: 'Please confirm whether you co-sign' } }, ctx.caller.user.id);
}

/** The author sends the draft to the co-signers they named: from now on each sees it and answers. */
export async function askDraftCoSigners(ctx: TenantCtx, input: SuggestionDraftStep) {
  const self = await deputySelf(ctx, 'write');
  const row = await ownDraft(ctx, self, input.id, input.version);
  if (row.state !== 'draft') throw invalidField(['id'], { zh: '已发出附议邀请或已提交', en: 'co-signers were already asked, or the draft was submitted' });
  if (row.coSigners.length === 0) throw invalidField(['coSignerIds'], { zh: '尚未选择附议代表', en: 'no co-signers named' });
  const updated = await ctx.tx.suggestionDraft.updateMany({ where: { tenantId: ctx.tenant.id, id: row.id, version: row.version }, data: { state: 'cosigning', version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await askCoSigners(ctx, row.id, row.title, row.coSigners.map((c) => c.deputyId));
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'ask_co_signers', entity: 'SuggestionDraft', entityId: row.id, after: { coSignerIds: row.coSigners.map((c) => c.deputyId) } });
  return { id: row.id, version: row.version + 1, state: 'cosigning' as const };
}

/** A co-signer confirms or declines a draft they were asked to sign (only their own answer). */
export async function answerDraft(ctx: TenantCtx, input: CoSignAnswer) {
  const self = await deputySelf(ctx, 'write');
  const row = await ctx.tx.suggestionDraft.findFirst({ where: { tenantId: ctx.tenant.id, id: input.id, state: { in: ['cosigning', 'submitted'] }, coSigners: { some: { deputyId: self.deputyId } } }, include: draftInclude });
  if (!row) throw notFound();
  if (row.version !== input.version) throw staleVersion();
  const refusal = coSignAnswerRefusal(row.state);
  if (refusal) throw invalidField(['id'], refusal);
  // The draft's version moves too, so the author's submit sees the answer it relied on.
  const updated = await ctx.tx.suggestionDraft.updateMany({ where: { tenantId: ctx.tenant.id, id: row.id, version: row.version }, data: { version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await ctx.tx.suggestionDraftCoSigner.update({ where: { tenantId_draftId_deputyId: { tenantId: ctx.tenant.id, draftId: row.id, deputyId: self.deputyId } }, data: { response: input.answer, respondedAt: ctx.clock.now } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: `co_sign_${input.answer}`, entity: 'SuggestionDraft', entityId: row.id, after: { deputyId: self.deputyId, answer: input.answer } });
  return { id: row.id, version: row.version + 1, answer: input.answer };
}

/**
 * The author submits: every co-signer has answered, and the draft becomes the office's received
 * suggestion (state submitted, number, first history row by the deputy as `signer`), its signers
 * the author (lead) and the co-signers who confirmed.
 */
export async function submitDraft(ctx: TenantCtx, input: SuggestionDraftStep) {
  const self = await deputySelf(ctx, 'write');
  const row = await ownDraft(ctx, self, input.id, input.version);
  const refusal = draftSubmitRefusal(row.state, row.coSigners);
  if (refusal) throw invalidField(['id'], refusal);
  const [leadDeputyId, ...coSignerIds] = signersOfDraft(self.deputyId, row.coSigners);
  const create: SuggestionCreate = { kind: row.kind, title: row.title, content: row.content, topic: row.topic as SuggestionCreate['topic'], leadDeputyId: leadDeputyId!, coSignerIds, meetingId: null, source: 'between_sessions', submittedOn: ctx.clock.today };
  const suggestion = await createSuggestion(ctx.tx, ctx.tenant.id, stepActorOf(ctx.caller), ctx.clock, ctx.requestId, create, 'signer');
  const updated = await ctx.tx.suggestionDraft.updateMany({ where: { tenantId: ctx.tenant.id, id: row.id, version: row.version }, data: { state: 'submitted', suggestionId: suggestion.id, submittedAt: ctx.clock.now, version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'submit', entity: 'SuggestionDraft', entityId: row.id, after: { suggestionId: suggestion.id, number: suggestion.number, signers: [leadDeputyId, ...coSignerIds] } });
  return { id: row.id, version: row.version + 1, suggestionId: suggestion.id, number: suggestion.number };
}

/** The author deletes a draft not yet submitted (its co-signers' answers go with it). */
export async function removeDraft(ctx: TenantCtx, input: SuggestionDraftStep) {
  const self = await deputySelf(ctx, 'write');
  const row = await ownDraft(ctx, self, input.id, input.version);
  if (row.state === 'submitted') throw invalidField(['id'], { zh: '草稿已提交，不能删除', en: 'the draft has been submitted and cannot be deleted' });
  await ctx.tx.suggestionDraft.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: row.id } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'SuggestionDraft', entityId: row.id, before: { title: row.title, state: row.state } });
  return { id: row.id };
}
