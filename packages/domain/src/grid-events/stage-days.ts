import { z } from 'zod';
import { GRID_EVENT_CATEGORIES, GRID_EVENT_STAGES, GRID_EVENT_URGENCIES, type GridEventCategory, type GridEventStage, type GridEventUrgency } from './event';

/**
 * One row of the stage time-limit rule: a stage's limit in working days for a category and an
 * urgency, either of which may be left open (null: any). The most specific row wins.
 */
export const gridEventStageDaysRowSchema = z
  .object({
    stage: z.enum(GRID_EVENT_STAGES),
    category: z.enum(GRID_EVENT_CATEGORIES).nullable(),
    urgency: z.enum(GRID_EVENT_URGENCIES).nullable(),
    workingDays: z.number().int().min(0).max(365),
  })
  .strict();
export type GridEventStageDaysRow = z.infer<typeof gridEventStageDaysRowSchema>;
export const gridEventStageDaysSchema = z
  .array(gridEventStageDaysRowSchema)
  .max(500)
  .refine((rows) => new Set(rows.map((r) => `${r.stage}/${r.category}/${r.urgency}`)).size === rows.length, { message: 'one row per stage, category and urgency' });

export type StageLimits = Record<GridEventStage, number | null>;

/**
 * The limits of an event's stages from the rule's rows: for each stage the row of its category
 * and urgency, else of its category, else of its urgency, else the catch-all row; the handling
 * stage falls back to the older single limit `grid.issue_handling_days`. Null: not configured
 * (no deadline, never overdue, shown as "not configured").
 */
export function stageLimits(rows: readonly GridEventStageDaysRow[], category: GridEventCategory, urgency: GridEventUrgency, handlingDays: number | null = null): StageLimits {
  const pick = (stage: GridEventStage): number | null => {
    const ofStage = rows.filter((r) => r.stage === stage);
    const found =
      ofStage.find((r) => r.category === category && r.urgency === urgency) ??
      ofStage.find((r) => r.category === category && r.urgency === null) ??
      ofStage.find((r) => r.category === null && r.urgency === urgency) ??
      ofStage.find((r) => r.category === null && r.urgency === null);
    return found ? found.workingDays : stage === 'handle' ? handlingDays : null;
  };
  return { accept: pick('accept'), dispatch: pick('dispatch'), handle: pick('handle'), verify: pick('verify') };
}
