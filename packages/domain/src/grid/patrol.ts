import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';

/** One ledger object visited on a patrol, with what was found there. */
export const patrolVisitSchema = z.object({
  ledgerObjectId: z.uuid(),
  problemFound: z.boolean().default(false),
  finding: z.string().trim().max(1000).nullable().optional(),
});

/**
 * A patrol as a grid worker records it (photos follow through the attachment store). Times are
 * instants (ISO with offset); the server refuses a patrol that ends before it starts or in the future.
 */
export const patrolCreateSchema = z.object({
  gridId: z.uuid(),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
  findings: z.string().trim().max(4000).nullable().optional(),
  visits: z.array(patrolVisitSchema).max(200).default([]),
});
export type PatrolCreate = z.infer<typeof patrolCreateSchema>;

export const patrolListSchema = listQuerySchema(['startedAt', 'gridName', 'patrollerName']).extend({
  gridId: z.uuid().optional(),
  /** County days, both included. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Only the caller's own patrols (the grid worker's view). */
  mine: z.boolean().optional(),
});

export const patrolCoverageSchema = z.object({
  /** A county day in the week and month to measure; today when left out. */
  on: z.iso.date().optional(),
});

/** What is wrong with a patrol's times, for the form and the server alike. */
export function patrolTimeIssues(input: { startedAt: string; endedAt: string }, now: Date): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const started = Date.parse(input.startedAt);
  const ended = Date.parse(input.endedAt);
  const custom = (path: string, zh: string, en: string) => ({ code: 'custom', path: [path], input: undefined, message: en, params: { zh, en } }) as z.core.$ZodIssue;
  if (ended < started) issues.push(custom('endedAt', '结束时间不能早于开始时间', 'cannot be before the start'));
  // A minute of slack for phone clocks that run a little ahead.
  if (ended > now.getTime() + 60_000) issues.push(custom('endedAt', '不能晚于现在', 'cannot be in the future'));
  return issues;
}
