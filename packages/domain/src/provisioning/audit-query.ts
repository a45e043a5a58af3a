import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';

export const auditListSchema = listQuerySchema(['at']).extend({
  tenantId: z.uuid().optional(),
  actorName: z.string().trim().max(40).optional(),
  action: z.string().trim().max(40).optional(),
  entity: z.string().trim().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /**
   * Keyset paging (the log grows without bound): the id of the last entry of the page before;
   * the page is then the entries past it, however deep, instead of `page`.
   */
  after: z.string().regex(/^[0-9]{1,18}$/).optional(),
});
export type AuditListQuery = z.infer<typeof auditListSchema>;
