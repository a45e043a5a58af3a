import { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound } from '../../errors';
import { tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { townshipViewer } from '../../workflow/viewer';
import { visibleWhere } from './access';

/** Files stay small (PostgreSQL holds them): 5 MB each, 10 per suggestion. */
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 10;

const uploadSchema = z.object({
  suggestionId: z.uuid(),
  fileName: z.string().trim().min(1).max(120),
  mimeType: z.string().trim().min(1).max(100),
  contentBase64: z.string().min(1).max(Math.ceil((MAX_BYTES * 4) / 3) + 4),
});
const attachmentRef = z.object({ suggestionId: z.uuid(), id: z.uuid() });

export const attachmentProcedures = {
  attach: tenantProcedure('suggestion.manage')
    .meta({ carriesFiles: true })
    .input(uploadSchema)
    .mutation(async ({ ctx, input }) => {
      const suggestion = await ctx.tx.suggestion.findFirst({ where: { tenantId: ctx.tenant.id, id: input.suggestionId }, select: { id: true, _count: { select: { attachments: true } } } });
      if (!suggestion) throw notFound();
      const content = Buffer.from(input.contentBase64, 'base64');
      if (content.length === 0 || content.length > MAX_BYTES || suggestion._count.attachments >= MAX_FILES) {
        throw new InvalidInput([{ code: 'custom', input: undefined, path: ['contentBase64'], message: 'File too large or too many files', params: { zh: '附件须小于5MB，每件建议最多10个', en: 'files up to 5 MB, at most 10 per suggestion' } }]);
      }
      const row = await ctx.tx.suggestionAttachment.create({
        data: { tenantId: ctx.tenant.id, suggestionId: input.suggestionId, fileName: input.fileName, mimeType: input.mimeType, size: content.length, content, uploadedById: ctx.caller.user.id },
        select: { id: true, fileName: true, size: true },
      });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'attach', entity: 'Suggestion', entityId: input.suggestionId, after: row });
      return row;
    }),

  attachment: tenantProcedureAnyOf(['suggestion.read', 'assigned.read'])
    .input(attachmentRef)
    .query(async ({ ctx, input }) => {
      const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
      const row = await ctx.tx.suggestionAttachment.findFirst({
        where: { tenantId: ctx.tenant.id, id: input.id, suggestionId: input.suggestionId, suggestion: visibleWhere(viewer) },
      });
      if (!row) throw notFound();
      return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: Buffer.from(row.content).toString('base64') };
    }),

  detach: tenantProcedure('suggestion.manage')
    .input(attachmentRef)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.tx.suggestionAttachment.findFirst({ where: { tenantId: ctx.tenant.id, id: input.id, suggestionId: input.suggestionId }, select: { id: true, fileName: true } });
      if (!row) throw notFound();
      await ctx.tx.suggestionAttachment.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'detach', entity: 'Suggestion', entityId: input.suggestionId, before: row });
      return { id: input.id };
    }),
};
