import { mayRemoveAttachment, ownerTakesContentType, type AttachmentOwnerKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { audit } from '../audit';
import type { Caller } from '../caller';
import { AppError, invalidField, notFound } from '../errors';
import type { Logger } from '../logger';
import type { AfterCommit } from '../trpc';
import type { Viewer } from '../workflow/viewer';
import type { ImageFacts } from './photo';
import { detailStanding, ownerAccess, type FileCountyAppraisal, type FileDepartment } from './owners';
import { configuredStore, storeOf, type AttachmentRef, type AttachmentStore } from './store';

export interface AttachmentCallCtx {
  tx: Tx;
  caller: Caller;
  requestId: string;
  tenantId: string;
  /** Set when a county department handler calls: it works on its department's items only. */
  department?: FileDepartment | null;
  /** Set when the county's appraisal staff read a township's self-score evidence. */
  countyAppraisal?: FileCountyAppraisal | null;
}

const listed = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
  uploadedById: true,
  uploaderName: true,
  uploaderUnitName: true,
  capturedAt: true,
  latitude: true,
  longitude: true,
  thumbnail: { select: { attachmentId: true } },
} as const;

/**
 * One item's files as every screen shows them, oldest first. `removable` is set for the
 * viewer given (the office: every file; a unit's handler: its own uploads); county views pass none.
 */
export async function presentAttachments(tx: Tx, tenantId: string, kind: AttachmentOwnerKind, ownerId: string, viewer?: { userId: string; standing: 'office' | 'unit' }) {
  const rows = await tx.attachment.findMany({ where: { tenantId, ownerKind: kind, ownerId }, select: listed, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(({ uploadedById, createdAt, capturedAt, thumbnail, ...row }) => ({
    ...row,
    /** When the server received it; a photo's own time and place (EXIF) beside it. */
    createdAt: createdAt.toISOString(),
    capturedAt: capturedAt?.toISOString() ?? null,
    hasThumbnail: thumbnail !== null,
    removable: viewer ? mayRemoveAttachment(viewer.standing, uploadedById === viewer.userId) : false,
  }));
}

/**
 * The files shown in an item's detail and timeline: to the township (office or assigned
 * handler) and a department's handler with what each may remove; to the county by name, nothing removable.
 */
export async function itemAttachments(tx: Tx, caller: Caller, tenantId: string, kind: AttachmentOwnerKind, ownerId: string, viewer: Viewer) {
  // The item was found visible to this viewer, so a handler sees it as assigned to its unit or department.
  const standing = detailStanding(caller, tenantId, kind, viewer);
  return {
    attachments: await presentAttachments(tx, tenantId, kind, ownerId, standing ? { userId: caller.user.id, standing } : undefined),
    canAttach: standing !== null,
  };
}

export type PresentedAttachment = Awaited<ReturnType<typeof presentAttachments>>[number];

export async function listAttachments(ctx: AttachmentCallCtx, kind: AttachmentOwnerKind, ownerId: string) {
  const access = await ownerAccess(ctx.tx, ctx.caller, ctx.tenantId, kind, ownerId, 'read', ctx.department);
  return presentAttachments(ctx.tx, ctx.tenantId, kind, ownerId, { userId: ctx.caller.user.id, standing: access.standing });
}

/** Checked before the body of an upload is read, and again in the transaction that saves it. */
export async function checkUpload(ctx: AttachmentCallCtx, kind: AttachmentOwnerKind, ownerId: string, maxFiles: number) {
  const access = await ownerAccess(ctx.tx, ctx.caller, ctx.tenantId, kind, ownerId, 'write', ctx.department);
  const count = await ctx.tx.attachment.count({ where: { tenantId: ctx.tenantId, ownerKind: kind, ownerId } });
  if (count >= maxFiles) {
    throw new AppError('BAD_REQUEST', 'BAD_INPUT', { zh: `每项最多${maxFiles}个附件`, en: `at most ${maxFiles} files per item` });
  }
  return access;
}

export interface CheckedFile {
  fileName: string;
  contentType: string;
  data: Buffer;
  /** An image's EXIF time and position and its thumbnail (`imageFacts`); null for other files. */
  image: ImageFacts | null;
}

/** A photo owner (patrol, grid event) takes images only: a field error the apps show. */
export function checkOwnerTakes(kind: AttachmentOwnerKind, contentType: string) {
  if (!ownerTakesContentType(kind, contentType)) {
    throw invalidField(['file'], { zh: '此处只能上传照片（JPG、PNG）', en: 'only photos (JPG, PNG) can be attached here' });
  }
}

export async function saveAttachment(ctx: AttachmentCallCtx, store: AttachmentStore, kind: AttachmentOwnerKind, ownerId: string, file: CheckedFile, maxFiles: number) {
  const access = await checkUpload(ctx, kind, ownerId, maxFiles);
  const row = await storeAttachment(ctx.tx, store, { tenantId: ctx.tenantId, kind, ownerId }, file, { userId: ctx.caller.user.id, name: ctx.caller.user.displayName, unitName: access.unitName });
  await audit(ctx, { tenantId: ctx.tenantId, action: 'attach', entity: 'Attachment', entityId: row.id, after: { ...row, ownerKind: kind, ownerId } });
  return row;
}

/**
 * Keeps a checked file of an item whose access the caller has settled: the metadata row (with
 * an image's EXIF facts and thumbnail) and the bytes in the store. The one place files are written,
 * for users (`saveAttachment`) and for the public's photos of its own report (by tracking code).
 */
export async function storeAttachment(
  tx: Tx,
  store: AttachmentStore,
  owner: { tenantId: string; kind: AttachmentOwnerKind; ownerId: string },
  file: CheckedFile,
  uploader: { userId: string | null; name: string; unitName: string | null },
) {
  checkOwnerTakes(owner.kind, file.contentType);
  const image = file.image;
  const row = await tx.attachment.create({
    data: {
      tenantId: owner.tenantId,
      ownerKind: owner.kind,
      ownerId: owner.ownerId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.data.length,
      storage: store.storage,
      uploadedById: uploader.userId,
      uploaderName: uploader.name,
      uploaderUnitName: uploader.unitName,
      ...(image && { capturedAt: image.capturedAt, latitude: image.latitude, longitude: image.longitude, width: image.width, height: image.height }),
      ...(image && { thumbnail: { create: { data: new Uint8Array(image.thumbnail) } } }),
    },
    select: { id: true, fileName: true, contentType: true, size: true, uploaderUnitName: true, capturedAt: true, latitude: true, longitude: true },
  });
  // Last: if the bytes cannot be kept, the transaction rolls the row (and the caller's audit entry) back.
  await store.put(tx, { tenantId: owner.tenantId, id: row.id }, file.data, file.contentType);
  return row;
}

/** The file as uploaded, or the thumbnail made of an image (NOT_FOUND for a file that has none). */
export type AttachmentVariant = 'original' | 'thumbnail';

/** One file to download, if the caller may see the item it is attached to. */
export async function openAttachment(ctx: AttachmentCallCtx, store: AttachmentStore, id: string, variant: AttachmentVariant = 'original') {
  const row = await ctx.tx.attachment.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } });
  if (!row) throw notFound();
  await ownerAccess(ctx.tx, ctx.caller, ctx.tenantId, row.ownerKind, row.ownerId, 'read', ctx.department, ctx.countyAppraisal).catch((error: unknown) => {
    // A file of an item the caller may not see is, to them, no file at all.
    throw error instanceof AppError && error.code === 'FORBIDDEN' ? notFound() : error;
  });
  if (variant === 'thumbnail') {
    const thumbnail = await ctx.tx.attachmentThumbnail.findUnique({ where: { tenantId_attachmentId: { tenantId: ctx.tenantId, attachmentId: id } } });
    if (!thumbnail) throw notFound();
    return { fileName: row.fileName.replace(/\.[^.]*$/, '') + '.thumbnail.jpg', contentType: 'image/jpeg', data: Buffer.from(thumbnail.data) };
  }
  const data = await storeOf(store, row.storage).read(ctx.tx, { tenantId: ctx.tenantId, id });
  return { fileName: row.fileName, contentType: row.contentType, data };
}

/** Removes one file: the office any, a unit's handler only its own upload (else NOT_FOUND). */
type Cleanup = { afterCommit: AfterCommit; log: Logger };

/** Bytes in object storage go once their row's removal is committed; one left behind is only logged (nothing points at it). */
function removeAfterCommit(ctx: Cleanup, store: AttachmentStore, refs: AttachmentRef[]) {
  ctx.afterCommit(() => store.remove(refs).catch((err: unknown) => ctx.log.warn({ err, refs }, 'attachment bytes left in object storage')));
}

export async function removeAttachment(ctx: AttachmentCallCtx & Cleanup, store: AttachmentStore, id: string) {
  const before = await ctx.tx.attachment.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, select: { id: true, ownerKind: true, ownerId: true, fileName: true, contentType: true, size: true, storage: true, uploadedById: true } });
  if (!before) throw notFound();
  const access = await ownerAccess(ctx.tx, ctx.caller, ctx.tenantId, before.ownerKind, before.ownerId, 'write', ctx.department);
  if (!mayRemoveAttachment(access.standing, before.uploadedById === ctx.caller.user.id)) throw notFound();
  await ctx.tx.attachment.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } });
  await audit(ctx, { tenantId: ctx.tenantId, action: 'detach', entity: 'Attachment', entityId: id, before });
  removeAfterCommit(ctx, storeOf(store, before.storage), [{ tenantId: ctx.tenantId, id }]);
  return { id };
}

/** When an item is deleted, its files go with it (the office's delete of a record). */
export async function removeOwnerAttachments(ctx: { tx: Tx; deps: { attachmentStore?: AttachmentStore } } & Cleanup, tenantId: string, kind: AttachmentOwnerKind, ownerId: string) {
  const store = configuredStore(ctx.deps);
  const rows = await ctx.tx.attachment.findMany({ where: { tenantId, ownerKind: kind, ownerId }, select: { id: true, storage: true } });
  if (rows.length === 0) return;
  await ctx.tx.attachment.deleteMany({ where: { tenantId, ownerKind: kind, ownerId } });
  const external: AttachmentRef[] = rows.filter((r) => r.storage !== 'database').map((r) => ({ tenantId, id: r.id }));
  if (external.length > 0) removeAfterCommit(ctx, store, external);
}
