import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import busboy from 'busboy';
import { create as contentDisposition } from 'content-disposition';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { acceptedContentType, ATTACHMENT_OWNER_KINDS, hasPermission, safeFileName, type AttachmentOwnerKind } from '@pcs/domain';
import { countyReadScope, tenantScope, withCounty, withScope, type Tx } from '@pcs/db';
import { chooseTownship, rolesIn, type Caller, type TenantSummary } from '../caller';
import type { Context } from '../context';
import { AppError, InvalidInput, invalidField, notFound, toClientError } from '../errors';
import { refuseWithError } from '../http-refusals';
import { RateLimited, type ApiLimitSettings } from '../limits';
import { applyDepartmentScope, departmentOf, requireTownship, signIn, writeInto } from '../trpc';
import { countyEvidenceTownship, departmentTownship, type DepartmentTarget } from './owners';
import { imageFacts } from './photo';
import { isCountyHomeKind } from './county-home';
import { checkOwnerTakes, checkUpload, openAttachment, saveAttachment, type AttachmentVariant, type CheckedFile, type FileCall } from './service';
import { configuredStore } from './store';

/**
 * Attachments over plain HTTP beside tRPC, so files stream instead of travelling as base64 in JSON:
 *   POST /attachments/<ownerKind>/<ownerId>  multipart/form-data with one part named "file"
 *   GET  /attachments/<id>                   the file, as a download
 *   GET  /attachments/<id>/thumbnail         an image's thumbnail (JPEG, shown inline)
 * Signed in like every procedure (bearer token, x-tenant-id, the township's status; a county
 * department handler sends no township and works in its items' ones), and limited
 * like them (per address, per user) plus PCS_LIMIT_FILE_BYTES per file, counted as it streams.
 */
export const ATTACHMENTS_PREFIX = '/attachments/';

/** Room for the multipart boundaries and part headers around one file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const uuid = z.uuid();

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}MB`;
const tooLarge = (max: number) => new AppError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', { zh: `文件不能超过${megabytes(max)}`, en: `files can be at most ${megabytes(max)}` });
const badUpload = () => invalidField(['file'], { zh: '请以 multipart/form-data 上传一个名为 file 的文件', en: 'send one file in a multipart/form-data part named "file"' });

interface UploadedFile {
  fileName: string;
  data: Buffer;
}

/** Reads the one file of a multipart body, refusing it as soon as it passes `maxBytes`. */
export function readSingleFile(req: IncomingMessage, maxBytes: number): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send a file name as raw UTF-8 in filename="…": read it so (busboy's default is latin1).
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 0, fileSize: maxBytes } });
    } catch {
      reject(badUpload());
      return;
    }
    let file: UploadedFile | null = null;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      // Stop reading: what is left of the body is dropped, or the connection closed (server.ts).
      req.unpipe(parser);
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        fail(badUpload());
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
      });
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('end', () => {
        if (!failed) file = { fileName: info.filename ?? '', data: Buffer.concat(chunks, size) };
      });
    });
    for (const event of ['filesLimit', 'fieldsLimit', 'error'] as const) parser.on(event, () => fail(badUpload()));
    parser.on('close', () => {
      if (failed) return;
      if (file) resolve(file);
      else fail(badUpload());
    });
    req.pipe(parser);
  });
}

/**
 * The type the bytes show, with a name whose extension agrees, that the owner takes (a photo
 * owner only images); an image read for its EXIF time and position and its thumbnail made.
 * Else a field error the apps show.
 */
export async function checkedFile(upload: UploadedFile, kind: AttachmentOwnerKind, timeZone: string): Promise<CheckedFile> {
  if (upload.data.length === 0) throw invalidField(['file'], { zh: '文件为空', en: 'the file is empty' });
  const fileName = safeFileName(upload.fileName);
  const sniffed = await fileTypeFromBuffer(upload.data);
  const contentType = acceptedContentType(sniffed?.mime, fileName);
  if (!contentType) {
    throw invalidField(['file'], { zh: '文件内容与扩展名不符，或类型不受支持（支持PDF、JPG、PNG、Word、Excel）', en: 'the content does not match its extension, or the type is not accepted (PDF, JPG, PNG, Word, Excel)' });
  }
  checkOwnerTakes(kind, contentType);
  return { fileName, contentType, data: upload.data, image: await imageFacts(upload.data, contentType, timeZone) };
}

/** Runs one step of a file call in a transaction, in the township the call works in (or the county home). */
type InPlace = <T>(target: DepartmentTarget, write: boolean, run: (call: FileCall) => Promise<T>) => Promise<T>;

/**
 * Whether a call without a township names the county home (docs/decisions.md, 69): an
 * upload to a county-home item, or a file of `CountyAttachment` the transaction's county scope
 * shows (a department its own subject's, the standing committee every department's).
 */
async function namesCountyHome(tx: Tx, countyId: string, target: DepartmentTarget): Promise<boolean> {
  if (!('attachmentId' in target)) return isCountyHomeKind(target.kind);
  return (await tx.countyAttachment.count({ where: { countyId, id: target.attachmentId } })) > 0;
}

/** A township user's call: the township they chose (x-tenant-id), under its scope. */
function inTownship(ctx: Context, caller: Caller, tenant: TenantSummary): InPlace {
  return (_target, _write, run) => withScope(ctx.deps.db, tenantScope(tenant.id), (tx) => run({ tx, caller, requestId: ctx.requestId, tenantId: tenant.id }));
}

/**
 * A county department handler's call (no township chosen): the township of the item it names,
 * found among its department's items as its procedures find them (`applyDepartmentScope`); an
 * upload is written into that township, refused if it is archived (`writeInto`).
 */
function inDepartment(ctx: Context, caller: Caller, departmentId: string): InPlace {
  const department = { id: departmentId };
  const county = { id: caller.county.id, departmentId };
  return (target, write, run) =>
    // The county home under the department's setting (its own subject's evidence), as countyDeptProcedure opens it.
    withScope(ctx.deps.db, withCounty(countyReadScope([]), county.id, departmentId), async (tx) => {
      if (await namesCountyHome(tx, county.id, target)) return run({ tx, caller, requestId: ctx.requestId, countyHome: county });
      await applyDepartmentScope(ctx.deps.db, tx, caller.county.id, departmentId);
      const tenantId = await departmentTownship(tx, department, target);
      if (write) await writeInto(tx, tenantId);
      return run({ tx, caller, requestId: ctx.requestId, tenantId, department });
    });
}

/**
 * The county's appraisal staff downloading a township's or a county department's self-score
 * evidence of a county campaign (no township chosen): read under the county's scope, found only
 * through a campaign of the county's own; uploads are refused like any call without a township.
 */
function inCountyAppraisal(ctx: Context, caller: Caller): InPlace {
  const reader = { countyId: caller.county.id };
  return async (target, write, run) => {
    if (write || !('attachmentId' in target)) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
    const townships = await ctx.deps.db.tenant.findMany({ where: { countyId: caller.county.id }, select: { id: true } });
    const county = { id: caller.county.id, departmentId: null };
    return withScope(ctx.deps.db, withCounty(countyReadScope(townships.map((t) => t.id)), county.id), async (tx) => {
      // A county department's evidence is in the county home; a township's in its township.
      if (await namesCountyHome(tx, county.id, target)) return run({ tx, caller, requestId: ctx.requestId, countyHome: county });
      const tenantId = await countyEvidenceTownship(tx, reader, target.attachmentId);
      return run({ tx, caller, requestId: ctx.requestId, tenantId, countyAppraisal: reader });
    });
  };
}

/** How a call without a township works: as a department handler, as the county's appraisal staff, else refused. */
function withoutTownship(ctx: Context, caller: Caller): InPlace {
  const department = departmentOf(caller);
  if (department) return inDepartment(ctx, caller, department.departmentId);
  if (hasPermission(rolesIn(caller, null), 'county_appraisal.read')) return inCountyAppraisal(ctx, caller);
  throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
}

export function createAttachmentRoutes(settings: ApiLimitSettings) {
  async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL) {
    await ctx.limiter.request(ctx.ip);
    const parts = url.pathname.slice(ATTACHMENTS_PREFIX.length).split('/');
    const upload = req.method === 'POST' && parts.length === 2;
    const thumbnail = req.method === 'GET' && parts.length === 2 && parts[1] === 'thumbnail';
    if (!upload && !(req.method === 'GET' && (parts.length === 1 || thumbnail))) throw notFound();
    if (upload && Number(req.headers['content-length'] ?? 0) > settings.maxFileBytes + MULTIPART_OVERHEAD) throw tooLarge(settings.maxFileBytes);
    const { caller, log } = await signIn(ctx);
    const choice = chooseTownship(caller, ctx.requestedTenantId, upload);
    if ('refused' in choice) throw new AppError('FORBIDDEN', choice.refused);
    const store = configuredStore(ctx.deps);
    // Without a township, a county department handler or the county's appraisal staff work in the township of the item named.
    const inPlace = choice.tenant === null ? withoutTownship(ctx, caller) : inTownship(ctx, caller, requireTownship(choice.tenant));
    if (upload) {
      const [kind, ownerId] = parts as [string, string];
      // An unknown kind or a malformed id names no item, like an id of another township.
      if (!(ATTACHMENT_OWNER_KINDS as readonly string[]).includes(kind) || !uuid.safeParse(ownerId).success) throw notFound();
      const ownerKind = kind as AttachmentOwnerKind;
      // Refused before a byte of the file is read; checked again where the file is saved.
      await inPlace({ kind: ownerKind, ownerId }, true, (call) => checkUpload(call, ownerKind, ownerId, settings.maxFilesPerOwner));
      const file = await checkedFile(await readSingleFile(req, settings.maxFileBytes), ownerKind, caller.county.timeZone);
      const row = await inPlace({ kind: ownerKind, ownerId }, true, (call) => saveAttachment(call, store, ownerKind, ownerId, file, settings.maxFilesPerOwner));
      log.info({ path: 'attachments.upload', ownerKind, size: row.size }, 'call ok');
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify(row));
      return;
    }

    const id = parts[0]!;
    if (!uuid.safeParse(id).success) throw notFound();
    const variant: AttachmentVariant = thumbnail ? 'thumbnail' : 'original';
    const file = await inPlace({ attachmentId: id }, false, (call) => openAttachment(call, store, id, variant));
    log.info({ path: thumbnail ? 'attachments.thumbnail' : 'attachments.download', size: file.data.length }, 'call ok');
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': String(file.data.length),
      // RFC 6266 with RFC 5987's filename* for names beyond ASCII. A file as uploaded is always a
      // download, never shown inline; a thumbnail is a JPEG we made, shown in lists and timelines.
      'content-disposition': contentDisposition(file.fileName, { type: thumbnail ? 'inline' : 'attachment' }),
      'x-content-type-options': 'nosniff',
    });
    res.end(file.data);
  }

  /** Answers one request under ATTACHMENTS_PREFIX; refusals have the procedures' error shape. */
  return (ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL) =>
    handle(ctx, req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof RateLimited) res.setHeader('retry-after', String(error.retryAfterSeconds));
      const { error: safe, unexpected } =
        error instanceof AppError ? { error, unexpected: false } : toClientError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error }));
      if (unexpected) ctx.log.error({ err: error, path: url.pathname }, 'attachment request failed');
      refuseWithError(res, safe as AppError, error instanceof InvalidInput ? error.fieldIssues : undefined);
    });
}
