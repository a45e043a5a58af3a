import { z } from 'zod';
import { isoDaySchema } from '../../time/days';
import { ballotCodeSchema } from './codes';
import { ballotContentSchema } from './ballot';

const named = z.object({ id: z.string().trim().min(1).max(64).optional(), name: z.string().trim().min(1).max(60) }).strict();

/**
 * Setting up the democratic evaluation (民主测评) of a campaign in a township, on the day of the
 * on-site check. The grades are the campaign's, the people or teams on the ballot its subjects in
 * this township, the groups its evaluator groups (测评主体, weights in the rule set); here each
 * group gets its size in this township, and the points per grade if the campaign scores the
 * evaluation (none: counts and shares only, no score). Items are rated per subject when given.
 */
export const evaluationCreateSchema = z
  .object({
    campaignId: z.uuid(),
    heldOn: isoDaySchema,
    /** Points per grade, same order as the campaign's grades; empty when the evaluation gives no score. */
    gradePoints: z.array(z.number().int().min(0).max(1000)).max(6).default([]),
    items: z.array(named).max(20).default([]),
    groups: z.array(z.object({ groupId: z.uuid(), size: z.number().int().min(1).max(1000) }).strict()).min(1).max(10),
  })
  .strict();
export type EvaluationCreateInput = z.infer<typeof evaluationCreateSchema>;
/** The county setting up the evaluation of its own campaign in one appraised township (the on-site check is held there). */
export const countyEvaluationCreateSchema = z.object({ ...evaluationCreateSchema.shape, tenantId: z.uuid() }).strict();
/** The standing committee setting up the evaluation of one county department's subjects in a county-home campaign (decision 79). */
export const countyHomeEvaluationCreateSchema = z.object({ ...evaluationCreateSchema.shape, countyDepartmentId: z.uuid() }).strict();

export const issueCodesSchema = z.object({ evaluationId: z.uuid(), groupId: z.uuid(), count: z.number().int().min(1).max(200) }).strict();

/** A lost code is named by the number printed beside it; `replace` issues a new one at once. */
export const cancelCodeSchema = z.object({ evaluationId: z.uuid(), groupId: z.uuid(), serial: z.number().int().min(1).max(100_000), replace: z.boolean().default(true) }).strict();

export const evaluationIdSchema = z.object({ evaluationId: z.uuid() }).strict();
export const campaignIdSchema = z.object({ campaignId: z.uuid() }).strict();

/** The public ballot page: a code opens the form; a code and the answers cast the ballot. */
export const ballotOpenSchema = z.object({ code: ballotCodeSchema }).strict();
export const ballotCastSchema = z.object({ code: ballotCodeSchema, answers: ballotContentSchema }).strict();

export const EVALUATION_STATUS_LABELS = {
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
} as const;
