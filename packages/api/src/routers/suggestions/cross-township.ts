import type { Clock, SuggestionAction } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { Caller } from '../../caller';
import { notFound } from '../../errors';
import { writeInto } from '../../trpc';
import { runStep, stepActorOf } from '../../workflow/step-runner';
import type { Viewer } from '../../workflow/viewer';
import { suggestionVisible } from '../../workflow/visibility';
import { suggestionStepHooks } from './step-hooks';
import { suggestionStore } from './store';

/** The township of an item the viewer sees, among the townships it reads (named, not left to RLS); unknown (or not theirs) is not found. */
export async function tenantOf(tx: Tx, viewer: Viewer, id: string, tenantIds: string[]): Promise<string> {
  const row = await tx.suggestion.findFirst({ where: { tenantId: { in: tenantIds }, id, ...suggestionVisible(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

/** A step by a county viewer (department or standing committee) on an item it sees: written into the item's own township. */
export async function crossTownshipStep(
  ctx: { tx: Tx; caller: Caller; requestId: string; clock: Clock },
  viewer: Viewer,
  step: { id: string; version: number; action: SuggestionAction; payload: Record<string, unknown> },
  tenantIds: string[],
) {
  const tenantId = await tenantOf(ctx.tx, viewer, step.id, tenantIds);
  await writeInto(ctx.tx, tenantId);
  const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId, countyId: ctx.caller.county.id, clock: ctx.clock, viewer, path: ['payload'] }, step.action);
  return runStep(suggestionStore, { tx: ctx.tx, tenantId, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer, clock: ctx.clock, ...step }, hooks);
}
