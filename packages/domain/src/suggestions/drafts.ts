import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { SUGGESTION_KINDS, SUGGESTION_TOPICS } from './suggestion';

// A suggestion a signed-in deputy drafts before the office receives it (issue 14): saved and
// editable by its author, confirmed or declined by each co-signer the author named, then submitted.

export const DRAFT_STATES = ['draft', 'cosigning', 'submitted'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];
export const CO_SIGN_RESPONSES = ['pending', 'confirmed', 'declined'] as const;
export type CoSignResponse = (typeof CO_SIGN_RESPONSES)[number];

const version = z.number().int().min(0).max(2_147_483_647);

/** The author saves a draft: a new one (no id) or their draft as last read (id and version). */
export const suggestionDraftSaveSchema = z
  .object({
    id: z.uuid().optional(),
    version: version.optional(),
    kind: z.enum(SUGGESTION_KINDS),
    title: z.string().trim().min(1).max(100),
    content: z.string().trim().min(1).max(5000),
    topic: z.enum(SUGGESTION_TOPICS),
    coSignerIds: z.array(z.uuid()).max(30).default([]),
  })
  .superRefine((s, ctx) => {
    if (new Set(s.coSignerIds).size !== s.coSignerIds.length) ctx.addIssue({ code: 'custom', path: ['coSignerIds'], message: 'co-signers must be distinct', params: { zh: '附议代表不能重复', en: 'co-signers must be distinct' } });
    if (s.id !== undefined && s.version === undefined) ctx.addIssue({ code: 'custom', path: ['version'], message: 'required', params: { zh: '修改草稿须带版本', en: 'a saved draft needs its version' } });
  });
export type SuggestionDraftSave = z.infer<typeof suggestionDraftSaveSchema>;

/** The author's step on their draft: ask the co-signers, submit it to the office, or delete it. */
export const suggestionDraftStepSchema = z.object({ id: z.uuid(), version });
export type SuggestionDraftStep = z.infer<typeof suggestionDraftStepSchema>;

/** A co-signer's answer to a draft they were named on. */
export const coSignAnswerSchema = z.object({ id: z.uuid(), version, answer: z.enum(['confirmed', 'declined']) });
export type CoSignAnswer = z.infer<typeof coSignAnswerSchema>;

export interface DraftCoSigner {
  deputyId: string;
  response: CoSignResponse;
}

/**
 * The co-signers after the author saves: those kept keep their answer unless the text changed (they
 * agreed to a text, so a changed one asks them again), the new ones wait, the dropped ones go.
 */
export function coSignersAfterSave(before: readonly DraftCoSigner[], ids: readonly string[], textChanged: boolean): DraftCoSigner[] {
  return ids.map((deputyId) => {
    const kept = before.find((c) => c.deputyId === deputyId);
    return { deputyId, response: kept && !textChanged ? kept.response : 'pending' };
  });
}

/**
 * Why the author cannot submit yet (null: they can). Every co-signer named must have answered; those
 * who declined are left off the signers. A draft already submitted is not submitted twice.
 */
export function draftSubmitRefusal(state: DraftState, coSigners: readonly DraftCoSigner[]): BilingualMessage | null {
  if (state === 'submitted') return { zh: '草稿已提交', en: 'the draft has been submitted' };
  const pending = coSigners.filter((c) => c.response === 'pending').length;
  if (pending > 0) return { zh: `还有${pending}位附议代表未确认`, en: `${pending} co-signer(s) have not answered yet` };
  return null;
}

/** The signers of the suggestion a draft becomes: the author as lead, then the co-signers who confirmed, in the author's order. */
export function signersOfDraft(authorId: string, coSigners: readonly DraftCoSigner[]): string[] {
  return [authorId, ...coSigners.filter((c) => c.response === 'confirmed').map((c) => c.deputyId)];
}

/** Whether a co-signer may (still) answer: only while the author asks them, on a draft not submitted. */
export function coSignAnswerRefusal(state: DraftState): BilingualMessage | null {
  if (state === 'draft') return { zh: '领衔代表尚未发出附议邀请', en: 'the author has not asked for co-signatures yet' };
  if (state === 'submitted') return { zh: '草稿已提交', en: 'the draft has been submitted' };
  return null;
}
