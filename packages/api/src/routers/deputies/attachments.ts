import {
  CONGRESS_ATTACHMENT_MAX_BYTES,
  congressAttachmentLooksValid,
  congressAttachmentOwnerSchema,
  congressAttachmentUploadSchema,
  idSchema,
  type CongressAttachmentOwnerKind,
} from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound } from '../../errors';
import { router, tenantProcedure } from '../../trpc';
import type { TenantCtx } from './shared';

/** Files of activities, meetings, documents and reception days, kept in PostgreSQL (bytea). */
async function requireOwner(ctx: TenantCtx, kind: CongressAttachmentOwnerKind, id: string) {
  const key = { where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, select: { id: true } };
  const owner =
    kind === 'activity'
      ? await ctx.tx.dutyActivity.findUnique(key)
      : kind === 'meeting'
        ? await ctx.tx.congressMeeting.findUnique(key)
        : kind === 'document'
          ? await ctx.tx.congressDocument.findUnique(key)
          : await ctx.tx.receptionDay.findUnique(key);
  if (!owner) throw notFound();
}

const fileIssue = (zh: string, en: string) => new InvalidInput([{ code: 'custom', path: ['dataBase64'], input: undefined, message: en, params: { zh, en } } as z.core.$ZodIssue]);

export const congressAttachmentsRouter = router({
  list: tenantProcedure('deputies.read')
    .input(congressAttachmentOwnerSchema)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.congressAttachment.findMany({
        where: { tenantId: ctx.tenant.id, ownerKind: input.ownerKind, ownerId: input.ownerId },
        select: { id: true, fileName: true, contentType: true, size: true, createdAt: true, createdBy: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    }),

  upload: tenantProcedure('deputies.write')
    .meta({ carriesFiles: true })
    .input(congressAttachmentUploadSchema)
    .mutation(async ({ ctx, input }) => {
      await requireOwner(ctx, input.ownerKind, input.ownerId);
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(input.dataBase64)) throw fileIssue('文件编码有误', 'is not valid base64');
      const data = Buffer.from(input.dataBase64, 'base64');
      if (data.length === 0) throw fileIssue('文件为空', 'the file is empty');
      if (data.length > CONGRESS_ATTACHMENT_MAX_BYTES) throw fileIssue('文件不能超过10MB', 'the file is larger than 10 MB');
      if (!congressAttachmentLooksValid(input.contentType, input.fileName, data.subarray(0, 8))) {
        throw fileIssue('文件内容与类型不符（支持PDF、图片、Word、Excel）', 'the content does not match its type (PDF, images, Word and Excel are accepted)');
      }
      const row = await ctx.tx.congressAttachment.create({
        data: { tenantId: ctx.tenant.id, ownerKind: input.ownerKind, ownerId: input.ownerId, fileName: input.fileName, contentType: input.contentType, size: data.length, data, createdBy: ctx.caller.user.displayName },
        select: { id: true, fileName: true, contentType: true, size: true },
      });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'CongressAttachment', entityId: row.id, after: { ...row, ownerKind: input.ownerKind, ownerId: input.ownerId } });
      return row;
    }),

  download: tenantProcedure('deputies.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => {
      const row = await ctx.tx.congressAttachment.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
      if (!row) throw notFound();
      return { fileName: row.fileName, contentType: row.contentType, size: row.size, dataBase64: Buffer.from(row.data).toString('base64') };
    }),

  delete: tenantProcedure('deputies.write')
    .input(idSchema)
    .mutation(async ({ ctx, input }) => {
      const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
      const before = await ctx.tx.congressAttachment.findUnique({ where: key, select: { id: true, fileName: true, contentType: true, size: true, ownerKind: true, ownerId: true } });
      if (!before) throw notFound();
      await ctx.tx.congressAttachment.delete({ where: key });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'CongressAttachment', entityId: input.id, before });
      return { id: input.id };
    }),
});
