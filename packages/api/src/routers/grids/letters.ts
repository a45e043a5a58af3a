import { dateOf, type responsibilityLetterSchema } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { removeOwnerAttachments } from '../../attachments/service';
import { databaseStore } from '../../attachments/store';
import { notFound } from '../../errors';
import type { AfterCommit } from '../../trpc';
import type { Logger } from '../../logger';
import type { AttachmentStore } from '../../attachments/store';
import type { TenantCtx } from '../shared/tenant-context';

/** A responsibility letter (责任状) of a grid; its signed file is uploaded to it through the attachment store. */
export async function createLetter(ctx: TenantCtx, input: z.infer<typeof responsibilityLetterSchema>) {
  const grid = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.gridId } }, select: { id: true } });
  if (!grid) throw notFound();
  const row = await ctx.tx.responsibilityLetter.create({ data: { ...input, tenantId: ctx.tenant.id, signedOn: dateOf(input.signedOn) } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'ResponsibilityLetter', entityId: row.id, after: input });
  return { id: row.id };
}

/** Removes a letter and its signed files. */
export async function deleteLetter(ctx: TenantCtx & { afterCommit: AfterCommit; log: Logger; deps: { attachmentStore?: AttachmentStore } }, id: string) {
  const row = await ctx.tx.responsibilityLetter.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!row) throw notFound();
  await removeOwnerAttachments(ctx, ctx.deps.attachmentStore ?? databaseStore, ctx.tenant.id, 'responsibility_letter', id);
  await ctx.tx.responsibilityLetter.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'ResponsibilityLetter', entityId: id, before: { gridId: row.gridId, title: row.title } });
  return { id };
}
