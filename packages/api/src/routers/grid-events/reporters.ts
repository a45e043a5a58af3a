import type { Tx } from '@pcs/db';

/**
 * Whether a grid worker may report into a grid: one they are a member of (head, deputy head,
 * supervisor or worker), or a finer cell of such a grid.
 */
export async function workerMayReportInto(tx: Tx, tenantId: string, userId: string, gridId: string): Promise<boolean> {
  const grid = await tx.grid.findFirst({
    where: { tenantId, id: gridId, OR: [{ members: { some: { userId } } }, { parent: { members: { some: { userId } } } }] },
    select: { id: true },
  });
  return grid !== null;
}

/** The grids a user heads (head or deputy head), with their finer cells: their events are the grid head's to accept and verify. */
export async function headOfGridIds(tx: Tx, tenantId: string, userId: string): Promise<string[]> {
  const grids = await tx.grid.findMany({
    where: { tenantId, OR: [{ members: { some: { userId, role: { in: ['head', 'deputy_head'] } } } }, { parent: { members: { some: { userId, role: { in: ['head', 'deputy_head'] } } } } }] },
    select: { id: true },
  });
  return grids.map((g) => g.id);
}
