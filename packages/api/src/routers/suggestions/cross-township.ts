import type { Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { writeInto } from '../../trpc';
import { visibleWhere, type Viewer } from './access';
import { runStep, type StepCall } from './steps';

/** The township of an item the viewer sees; unknown (or not theirs) is not found. */
export async function tenantOf(tx: Tx, viewer: Viewer, id: string): Promise<string> {
  const row = await tx.suggestion.findFirst({ where: { id, ...visibleWhere(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

type CrossTownshipCtx = Pick<StepCall, 'tx' | 'caller' | 'requestId'>;

/** A step by a county viewer (department or standing committee) on an item it sees: written into the item's own township. */
export async function crossTownshipStep(ctx: CrossTownshipCtx, viewer: Viewer, step: Pick<StepCall, 'id' | 'version' | 'action' | 'payload'>, hooks?: Parameters<typeof runStep>[1]) {
  const tenantId = await tenantOf(ctx.tx, viewer, step.id);
  await writeInto(ctx.tx, tenantId);
  return runStep({ tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer, ...step }, hooks);
}
