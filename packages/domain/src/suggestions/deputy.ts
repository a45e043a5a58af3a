import { z } from 'zod';
import { SATISFACTIONS } from './suggestion';

// What a signed-in deputy sends (issue 14): their own evaluation (their suggestions go through drafts.ts).

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
