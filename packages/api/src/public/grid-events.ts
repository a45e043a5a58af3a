import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import {
  GRID_EVENT_ACTION_LABELS,
  GRID_EVENT_CATEGORIES,
  GRID_EVENT_CATEGORY_LABELS,
  PUBLIC_STATUS_LABELS,
  clockAt,
  publicFollowUpSchema,
  publicReportSchema,
  publicStatusOf,
  trackingCodeSchema,
} from '@pcs/domain';
import { platformScope, tenantScope, withScope, type Db } from '@pcs/db';
import { auditAs } from '../audit';
import { AppError, InvalidInput, invalidField, notFound, toClientError } from '../errors';
import { refuse, refuseWithError } from '../http-refusals';
import { counter, RateLimited, spend, type ApiLimitSettings, type ProcessShare } from '../limits';
import type { Logger } from '../logger';
import { checkedFile, readSingleFile } from '../attachments/http';
import { storeAttachment } from '../attachments/service';
import { configuredStore, type AttachmentStore } from '../attachments/store';
import { newTrackingCode, reportEvent, trackingHash } from '../routers/grid-events/report';
import { ProofOfWork } from './proof-of-work';
import { eventWhere } from '../routers/grid-events/event-where';

/**
 * The public's grid-event pages, without login, over plain HTTP beside tRPC (whose procedures
 * all need a token):
 *   GET  /public/<township code>/grid-events                      the form: categories, village grids, a challenge
 *   POST /public/<township code>/grid-events                      a report → its number and tracking code
 *   GET  /public/<township code>/grid-events/<tracking code>      its status, as the reporter may see it
 *   POST /public/<township code>/grid-events/<tracking code>/photos      a photo of one's own report (multipart, images only)
 *   POST /public/<township code>/grid-events/<tracking code>/follow-up   the one-time 回访 once closed
 * Reports cost a proof of work and count against a per-address budget; a tracking code of
 * another township is not found.
 */
export const PUBLIC_PREFIX = '/public/';

/** Steps whose date the reporter sees (not who took them, nor their opinions). */
const SHOWN_STEPS = new Set(['report', 'accept', 'refuse', 'dispatch', 'handle', 'feedback', 'verify_pass', 'reopen', 'escalate', 'auto_escalate']);

async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST', 'BAD_JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues);
  return parsed.data;
}

function ok(res: ServerResponse, data: unknown) {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ data }));
}

export function createPublicRoutes(db: Db, settings: ApiLimitSettings, log: Logger, share: ProcessShare, attachmentStore?: AttachmentStore) {
  const store = configuredStore({ attachmentStore });
  const pow = new ProofOfWork(settings.publicProofBits, { key: share.proofOfWorkKey, home: share.home });
  const budget = counter(share.home, { keyPrefix: 'public-report', points: settings.publicReportsPerHour, duration: 3600 });

  const township = async (code: string) => {
    const tenant = await withScope(db, platformScope(), (tx) => tx.tenant.findUnique({ where: { code }, select: { id: true, name: true, status: true, countyId: true, county: { select: { timeZone: true } } } }));
    if (!tenant || tenant.status !== 'active') throw notFound();
    return tenant;
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, ip: string) {
    const [code, area, tracking, tail, ...rest] = url.pathname.slice(PUBLIC_PREFIX.length).split('/').map(decodeURIComponent);
    if (!code || area !== 'grid-events' || rest.length > 0) throw notFound();
    const tenant = await township(code);
    const clock = clockAt(new Date(), tenant.county.timeZone);

    if (!tracking && req.method === 'GET') {
      const grids = await withScope(db, tenantScope(tenant.id), (tx) => tx.grid.findMany({ where: { tenantId: tenant.id, level: 4 }, select: { id: true, name: true }, orderBy: { name: 'asc' } }));
      return ok(res, { township: tenant.name, categories: GRID_EVENT_CATEGORIES.map((c) => ({ value: c, label: GRID_EVENT_CATEGORY_LABELS[c] })), grids, ...pow.issue() });
    }

    if (!tracking && req.method === 'POST') {
      const input = parse(publicReportSchema, await readJson(req, 64 * 1024));
      if (!(await pow.redeem(input.challenge, input.nonce))) throw invalidField(['nonce'], { zh: '校验未通过，请刷新页面后重试', en: 'the check failed; reload the page and try again' });
      // Only well-formed, solved reports count against the address's budget.
      await spend(budget, ip);
      const trackingCode = newTrackingCode();
      const created = await withScope(db, tenantScope(tenant.id), async (tx) => {
        const gridId = input.gridId ?? (await tx.grid.findFirst({ where: { tenantId: tenant.id, level: 3 }, select: { id: true } }))?.id;
        if (!gridId) throw notFound();
        const grid = await tx.grid.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: gridId } }, select: { id: true } });
        if (!grid) throw invalidField(['gridId'], { zh: '没有这个网格', en: 'no such grid' }, input.gridId);
        const actor = { userId: null, username: 'public', displayName: '群众', countyId: tenant.countyId, kind: 'public' as const };
        return reportEvent({ tx, actor, clock, requestId: null }, tenant.id, { gridId, source: 'public', category: input.category, urgency: 'normal', place: input.place, description: input.description }, { trackingCodeHash: trackingHash(trackingCode) });
      });
      return ok(res, { number: created.number, trackingCode });
    }

    const parsedCode = trackingCodeSchema.safeParse(tracking);
    if (!parsedCode.success) throw notFound();
    const hash = trackingHash(parsedCode.data);
    const find = (tx: Parameters<Parameters<typeof withScope>[2]>[0]) =>
      tx.gridEvent.findFirst({ where: { tenantId: tenant.id, trackingCodeHash: hash }, include: { transitions: { orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true, at: true } } } });

    if (!tail && req.method === 'GET') {
      const event = await withScope(db, tenantScope(tenant.id), find);
      if (!event) throw notFound();
      const status = publicStatusOf(event.state);
      return ok(res, {
        number: event.number,
        category: GRID_EVENT_CATEGORY_LABELS[event.category],
        place: event.placeAddress,
        status,
        statusLabel: PUBLIC_STATUS_LABELS[status],
        reportedAt: event.reportedAt.toISOString(),
        closedAt: event.closedAt?.toISOString() ?? null,
        feedback: event.state === 'closed' ? event.feedback : null,
        steps: event.transitions.filter((t) => SHOWN_STEPS.has(t.action)).map((t) => ({ label: GRID_EVENT_ACTION_LABELS[t.action as keyof typeof GRID_EVENT_ACTION_LABELS], at: t.at.toISOString() })),
        followUpOpen: event.state === 'closed' && event.followUpAt === null,
        followUp: event.followUpAt ? { resolved: event.followUpResolved, satisfaction: event.followUpSatisfaction } : null,
      });
    }

    if (tail === 'photos' && req.method === 'POST') {
      // The tracking code is the reporter's key to its own report: photos while it is not yet closed
      // or refused, images only, within the per-item file limit, counted against the address's budget.
      if (Number(req.headers['content-length'] ?? 0) > settings.maxFileBytes + 64 * 1024) throw new AppError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE');
      const event = await withScope(db, tenantScope(tenant.id), find);
      if (!event || event.source !== 'public') throw notFound();
      if (event.state === 'closed' || event.state === 'refused') throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '事件已办结或不予受理，不能再添加照片', en: 'the report is closed or was not taken up: no more photos' });
      await spend(budget, ip);
      const file = await checkedFile(await readSingleFile(req, settings.maxFileBytes), 'grid_event', tenant.county.timeZone);
      const row = await withScope(db, tenantScope(tenant.id), async (tx) => {
        const count = await tx.attachment.count({ where: { tenantId: tenant.id, ownerKind: 'grid_event', ownerId: event.id } });
        if (count >= settings.maxFilesPerOwner) throw new AppError('BAD_REQUEST', 'BAD_INPUT', { zh: `每项最多${settings.maxFilesPerOwner}个附件`, en: `at most ${settings.maxFilesPerOwner} files per item` });
        const saved = await storeAttachment(tx, store, { tenantId: tenant.id, kind: 'grid_event', ownerId: event.id }, file, { userId: null, name: '群众', unitName: null });
        await auditAs(tx, { userId: null, username: 'public' }, null, { tenantId: tenant.id, action: 'attach', entity: 'Attachment', entityId: saved.id, after: { ownerKind: 'grid_event', ownerId: event.id, fileName: saved.fileName, size: saved.size } });
        return saved;
      });
      return ok(res, { id: row.id, fileName: row.fileName, size: row.size });
    }

    if (tail === 'follow-up' && req.method === 'POST') {
      const input = parse(publicFollowUpSchema, await readJson(req, 4 * 1024));
      await withScope(db, tenantScope(tenant.id), async (tx) => {
        const event = await find(tx);
        if (!event) throw notFound();
        if (event.state !== 'closed') throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '事件办结后才能回访', en: 'the follow-up opens once the event is closed' });
        // One follow-up per event: the conditional update lets only the first answer in.
        const saved = await tx.gridEvent.updateMany({ where: { ...eventWhere(tenant.id, event.id), followUpAt: null }, data: { followUpAt: clock.now, followUpResolved: input.resolved, followUpSatisfaction: input.satisfaction } });
        if (saved.count !== 1) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', { zh: '已回访过', en: 'the follow-up was already given' });
        await auditAs(tx, { userId: null, username: 'public' }, null, { tenantId: tenant.id, action: 'follow_up', entity: 'GridEvent', entityId: event.id, after: input });
      });
      return ok(res, { saved: true });
    }
    throw notFound();
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL, ip: string) => {
    try {
      await route(req, res, url, ip);
    } catch (error) {
      if (error instanceof RateLimited) return refuse(res, 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED', { 'retry-after': String(error.retryAfterSeconds) });
      if (error instanceof InvalidInput) return refuseWithError(res, error, error.fieldIssues);
      if (error instanceof AppError) return refuseWithError(res, error);
      const { error: safe, unexpected } = toClientError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error }));
      if (unexpected) log.error({ err: error, path: url.pathname }, 'public call failed');
      return refuseWithError(res, safe as AppError);
    }
  };
}
