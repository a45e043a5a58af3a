import { z } from 'zod';
import { isoDaySchema } from '../../time/days';
import { ballotCodeSchema } from './codes';
import { ballotContentSchema } from './ballot';
import { evaluatorGroupInputSchema } from './groups';

const named = z.object({ id: z.string().trim().min(1).max(64).optional(), name: z.string().trim().min(1).max(60) }).strict();

/**
 * Setting up a democratic evaluation: the ballot form (grades from the campaign's grade set, best
 * first; the people or teams appraised; the items rated, if any) and the evaluator groups.
 * Frozen once a code has been issued.
 */
export const evaluationCreateSchema = z
  .object({
    campaignId: z.uuid().nullable().default(null),
    title: z.string().trim().min(1).max(100),
    heldOn: isoDaySchema,
    grades: z.array(z.string().trim().min(1).max(10)).min(2).max(6),
    /** Points per grade, same order; empty when the campaign scores nothing from the grades. */
    gradePoints: z.array(z.number().int().min(0).max(1000)).max(6).default([]),
    subjects: z.array(named).min(1).max(100),
    items: z.array(named).max(20).default([]),
    groups: z.array(evaluatorGroupInputSchema).min(1).max(10),
  })
  .strict();
export type EvaluationCreateInput = z.infer<typeof evaluationCreateSchema>;

export const issueCodesSchema = z.object({ evaluationId: z.uuid(), groupId: z.uuid(), count: z.number().int().min(1).max(200) }).strict();

/** A lost code is named by the number printed beside it; `replace` issues a new one at once. */
export const cancelCodeSchema = z.object({ evaluationId: z.uuid(), groupId: z.uuid(), serial: z.number().int().min(1).max(100_000), replace: z.boolean().default(true) }).strict();

export const evaluationIdSchema = z.object({ evaluationId: z.uuid() }).strict();

/** The public ballot page: a code opens the form; a code and the answers cast the ballot. */
export const ballotOpenSchema = z.object({ code: ballotCodeSchema }).strict();
export const ballotCastSchema = z.object({ code: ballotCodeSchema, answers: ballotContentSchema }).strict();

export const EVALUATION_STATUS_LABELS = {
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
} as const;
