import { dateOf, type responsibilityLetterSchema } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { deleteRecordWithFiles } from '../shared/delete-record';
import type { TenantCtx, TenantProcedureCtx } from '../shared/tenant-context';

/** A responsibility letter (责任状) of a grid; its signed file is uploaded to it through the attachment store. */
export async function createLetter(ctx: TenantCtx, input: z.infer<typeof responsibilityLetterSchema>) {
  const grid = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.gridId } }, select: { id: true } });
  if (!grid) throw notFound();
  const row = await ctx.tx.responsibilityLetter.create({ data: { ...input, tenantId: ctx.tenant.id, signedOn: dateOf(input.signedOn) } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'ResponsibilityLetter', entityId: row.id, after: input });
  return { id: row.id };
}

/** Removes a letter and its signed files. */
export function deleteLetter(ctx: TenantProcedureCtx, id: string) {
  return deleteRecordWithFiles(ctx, id, {
    entity: 'ResponsibilityLetter',
    files: 'responsibility_letter',
    find: (key) => ctx.tx.responsibilityLetter.findUnique({ where: key }),
    remove: (key) => ctx.tx.responsibilityLetter.delete({ where: key }),
  });
}
