import { reportedAtOfId } from '@pcs/domain';
import type { Prisma } from '@pcs/db';

/**
 * One event by id, with its month when the id carries it (a version-7 id holds `reportedAt`,
 * domain event-id.ts): PostgreSQL then reads one partition instead of planning over every month.
 */
export function eventWhere(tenantId: string | { in: string[] }, id: string): Prisma.GridEventWhereInput {
  const reportedAt = reportedAtOfId(id);
  return reportedAt ? { tenantId, id, reportedAt } : { tenantId, id };
}
