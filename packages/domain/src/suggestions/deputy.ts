import { z } from 'zod';
import { SATISFACTIONS, SUGGESTION_KINDS, SUGGESTION_TOPICS } from './suggestion';

// What a signed-in deputy sends (issue 14): their own suggestion, their own evaluation.

const id = z.uuid();

/** A suggestion the deputy submits as its lead, with the co-signers who agreed to sign it. */
export const deputySuggestionSubmitSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS),
    title: z.string().trim().min(1).max(100),
    content: z.string().trim().min(1).max(5000),
    topic: z.enum(SUGGESTION_TOPICS),
    coSignerIds: z.array(id).max(30).default([]),
  })
  .refine((s) => new Set(s.coSignerIds).size === s.coSignerIds.length, {
    path: ['coSignerIds'],
    message: 'Co-signers must be distinct',
    params: { zh: '附议代表不能重复', en: 'co-signers must be distinct' },
  });
export type DeputySuggestionSubmit = z.infer<typeof deputySuggestionSubmitSchema>;

/** A deputy's own evaluation of a reply: an unsatisfied one gives its reason. */
export const ownEvaluationSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(0).max(2_147_483_647),
    rating: z.enum(SATISFACTIONS),
    comment: z.string().trim().max(1000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.rating === 'unsatisfied' && !value.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'required', params: { zh: '不满意时请说明理由', en: 'give the reason when unsatisfied' } });
  });
export type OwnEvaluationInput = z.infer<typeof ownEvaluationSchema>;
