import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';

export const auditListSchema = listQuerySchema(['at']).extend({
  tenantId: z.uuid().optional(),
  actorName: z.string().trim().max(40).optional(),
  action: z.string().trim().max(40).optional(),
  entity: z.string().trim().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditListQuery = z.infer<typeof auditListSchema>;
