import { mayRemoveAttachment, ownerTakesContentType, type AttachmentOwnerKind } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { audit, type AuditEntry } from '../audit';
import type { Caller } from '../caller';
import { AppError, invalidField, notFound } from '../errors';
import type { Logger } from '../logger';
import type { AfterCommit } from '../trpc';
import type { Viewer } from '../workflow/viewer';
import type { ImageFacts } from './photo';
import { countyOwnerAccess, type CountyFileCall } from './county-home';
import { detailStanding, ownerAccess, type FileCountyAppraisal, type FileDepartment } from './owners';
import { configuredStore, storeOf, type AttachmentRef, type AttachmentStore, type FileHome } from './store';

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

/** A file call in a township, or in the county home (a county department's appraisal evidence). */
export type FileCall = AttachmentCallCtx | CountyFileCall;

const inCountyHome = (ctx: FileCall): ctx is CountyFileCall => 'countyHome' in ctx;
const homeOf = (ctx: FileCall): FileHome => (inCountyHome(ctx) ? { countyId: ctx.countyHome.id } : { tenantId: ctx.tenantId });
const accessOf = (ctx: FileCall, kind: AttachmentOwnerKind, ownerId: string, mode: 'read' | 'write') =>
  inCountyHome(ctx) ? countyOwnerAccess(ctx, kind, ownerId, mode) : ownerAccess(ctx.tx, ctx.caller, ctx.tenantId, kind, ownerId, mode, ctx.department, mode === 'read' ? ctx.countyAppraisal : null);

/** One file's metadata row in its home (as the call's scope shows it). */
function findFile(tx: Tx, home: FileHome, id: string) {
  return home.countyId !== undefined ? tx.countyAttachment.findUnique({ where: { countyId_id: { countyId: home.countyId, id } } }) : tx.attachment.findUnique({ where: { tenantId_id: { tenantId: home.tenantId, id } } });
}

/** The call's audit entry: the township's chain, or the county's for the county home. */
const fileAudit = (ctx: FileCall, entry: Omit<AuditEntry, 'tenantId' | 'entity'>) =>
  audit(ctx, { ...entry, tenantId: inCountyHome(ctx) ? null : ctx.tenantId, entity: inCountyHome(ctx) ? 'CountyAttachment' : 'Attachment' });

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
export async function presentAttachments(tx: Tx, tenantId: string, kind: AttachmentOwnerKind, ownerId: string, viewer?: FileViewer) {
  return (await presentOwnersAttachments(tx, { tenantId }, kind, [ownerId], viewer))(ownerId);
}

export type FileViewer = { userId: string; standing: 'office' | 'unit' };
type ListedRow = Omit<Prisma.AttachmentGetPayload<{ select: typeof listed }>, 'thumbnail'> & { thumbnail?: { attachmentId: string } | null; ownerId?: string };

/**
 * The files of several items of one home at once, by owner, as `presentAttachments` shows them (a
 * score sheet's evidence, one query for all its items). The county home keeps no thumbnails.
 */
export async function presentOwnersAttachments(tx: Tx, home: FileHome, kind: AttachmentOwnerKind, ownerIds: readonly string[], viewer?: FileViewer) {
  const where = { ownerKind: kind, ownerId: { in: [...ownerIds] } };
  const orderBy = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const { thumbnail: _t, ...countyListed } = listed;
  const rows: ListedRow[] =
    ownerIds.length === 0
      ? []
      : home.countyId !== undefined
        ? await tx.countyAttachment.findMany({ where: { countyId: home.countyId, ...where }, select: { ...countyListed, ownerId: true }, orderBy })
        : await tx.attachment.findMany({ where: { tenantId: home.tenantId, ...where }, select: { ...listed, ownerId: true }, orderBy });
  return (ownerId: string) => presentRows(rows.filter((r) => r.ownerId === ownerId), viewer);
}

function presentRows(rows: readonly ListedRow[], viewer?: FileViewer) {
  return rows.map(({ uploadedById, createdAt, capturedAt, thumbnail, ownerId: _o, ...row }) => ({
    ...row,
    /** When the server received it; a photo's own time and place (EXIF) beside it. */
    createdAt: createdAt.toISOString(),
    capturedAt: capturedAt?.toISOString() ?? null,
    hasThumbnail: thumbnail != null,
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
export async function checkUpload(ctx: FileCall, kind: AttachmentOwnerKind, ownerId: string, maxFiles: number) {
  const access = await accessOf(ctx, kind, ownerId, 'write');
  const count = inCountyHome(ctx)
    ? await ctx.tx.countyAttachment.count({ where: { countyId: ctx.countyHome.id, ownerKind: kind, ownerId } })
    : await ctx.tx.attachment.count({ where: { tenantId: ctx.tenantId, ownerKind: kind, ownerId } });
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

export async function saveAttachment(ctx: FileCall, store: AttachmentStore, kind: AttachmentOwnerKind, ownerId: string, file: CheckedFile, maxFiles: number) {
  const access = await checkUpload(ctx, kind, ownerId, maxFiles);
  const row = await storeAttachment(ctx.tx, store, { ...homeOf(ctx), kind, ownerId }, file, { userId: ctx.caller.user.id, name: ctx.caller.user.displayName, unitName: access.unitName });
  await fileAudit(ctx, { action: 'attach', entityId: row.id, after: { ...row, ownerKind: kind, ownerId } });
  return row;
}

/**
 * Keeps a checked file of an item whose access the caller has settled: the metadata row (with
 * an image's EXIF facts and thumbnail) and the bytes in the store. The one place files are written,
 * for users (`saveAttachment`) and for the public's photos of its own report (by tracking code), in
 * a township or in the county home.
 */
export async function storeAttachment(
  tx: Tx,
  store: AttachmentStore,
  owner: FileHome & { kind: AttachmentOwnerKind; ownerId: string },
  file: CheckedFile,
  uploader: { userId: string | null; name: string; unitName: string | null },
) {
  checkOwnerTakes(owner.kind, file.contentType);
  const image = file.image;
  const data = {
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
  };
  const select = { id: true, fileName: true, contentType: true, size: true, uploaderUnitName: true, capturedAt: true, latitude: true, longitude: true } as const;
  // The county home keeps no thumbnails (its files are listed by name on a score sheet).
  const row =
    owner.countyId !== undefined
      ? await tx.countyAttachment.create({ data: { countyId: owner.countyId, ...data }, select })
      : await tx.attachment.create({ data: { tenantId: owner.tenantId, ...data, ...(image && { thumbnail: { create: { data: new Uint8Array(image.thumbnail) } } }) }, select });
  // Last: if the bytes cannot be kept, the transaction rolls the row (and the caller's audit entry) back.
  const ref: AttachmentRef = owner.countyId !== undefined ? { countyId: owner.countyId, id: row.id } : { tenantId: owner.tenantId, id: row.id };
  await store.put(tx, ref, file.data, file.contentType);
  return row;
}

/** The file as uploaded, or the thumbnail made of an image (NOT_FOUND for a file that has none). */
export type AttachmentVariant = 'original' | 'thumbnail';

/** One file to download, if the caller may see the item it is attached to. */
export async function openAttachment(ctx: FileCall, store: AttachmentStore, id: string, variant: AttachmentVariant = 'original') {
  const home = homeOf(ctx);
  const row = await findFile(ctx.tx, home, id);
  if (!row) throw notFound();
  await accessOf(ctx, row.ownerKind, row.ownerId, 'read').catch((error: unknown) => {
    // A file of an item the caller may not see is, to them, no file at all.
    throw error instanceof AppError && error.code === 'FORBIDDEN' ? notFound() : error;
  });
  if (home.countyId !== undefined) {
    if (variant === 'thumbnail') throw notFound();
    const data = await storeOf(store, row.storage).read(ctx.tx, { countyId: home.countyId, id });
    return { fileName: row.fileName, contentType: row.contentType, data };
  }
  if (variant === 'thumbnail') {
    const thumbnail = await ctx.tx.attachmentThumbnail.findUnique({ where: { tenantId_attachmentId: { tenantId: home.tenantId, attachmentId: id } } });
    if (!thumbnail) throw notFound();
    return { fileName: row.fileName.replace(/\.[^.]*$/, '') + '.thumbnail.jpg', contentType: 'image/jpeg', data: Buffer.from(thumbnail.data) };
  }
  const data = await storeOf(store, row.storage).read(ctx.tx, { tenantId: home.tenantId, id });
  return { fileName: row.fileName, contentType: row.contentType, data };
}

/** Removes one file: the office any, a unit's handler only its own upload (else NOT_FOUND). */
type Cleanup = { afterCommit: AfterCommit; log: Logger };

/** Bytes in object storage go once their row's removal is committed; one left behind is only logged (nothing points at it). */
function removeAfterCommit(ctx: Cleanup, store: AttachmentStore, refs: AttachmentRef[]) {
  ctx.afterCommit(() => store.remove(refs).catch((err: unknown) => ctx.log.warn({ err, refs }, 'attachment bytes left in object storage')));
}

export async function removeAttachment(ctx: FileCall & Cleanup, store: AttachmentStore, id: string) {
  const home = homeOf(ctx);
  const found = await findFile(ctx.tx, home, id);
  if (!found) throw notFound();
  const { id: _id, ownerKind, ownerId, fileName, contentType, size, storage, uploadedById } = found;
  const before = { id, ownerKind, ownerId, fileName, contentType, size, storage, uploadedById };
  const access = await accessOf(ctx, ownerKind, ownerId, 'write');
  if (!mayRemoveAttachment(access.standing, uploadedById === ctx.caller.user.id)) throw notFound();
  if (home.countyId !== undefined) await ctx.tx.countyAttachment.delete({ where: { countyId_id: { countyId: home.countyId, id } } });
  else await ctx.tx.attachment.delete({ where: { tenantId_id: { tenantId: home.tenantId, id } } });
  await fileAudit(ctx, { action: 'detach', entityId: id, before });
  removeAfterCommit(ctx, storeOf(store, storage), [{ ...home, id }]);
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
