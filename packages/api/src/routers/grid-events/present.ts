import { DUE_SOON_DAYS, dayOrNull, dueStatus, gridEventActionsFor, reportedAtOfId, type Clock, type GridEventState } from '@pcs/domain';
import type { GridEvent, Tx } from '@pcs/db';
import { itemAttachments } from '../../attachments/service';
import type { Caller } from '../../caller';
import { notFound } from '../../errors';
import { presentTransition } from '../../workflow/present-transition';
import type { Viewer } from '../../workflow/viewer';
import { gridEventActorsOf, gridEventContext, gridEventVisible } from './store';
import { eventWhere } from './event-where';

const CLOSED: readonly GridEventState[] = ['closed', 'refused'];
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** One event as lists show it (no tracking hash, coordinates as numbers). */
export function presentEvent(row: GridEvent & { grid?: { name: string } | null }, today: string) {
  const { trackingCodeHash: _hidden, grid, lat, lng, ...r } = row;
  const dueOn = dayOrNull(r.dueOn);
  return {
    ...r,
    gridName: grid?.name ?? null,
    lat: lat === null ? null : Number(lat),
    lng: lng === null ? null : Number(lng),
    dueOn,
    reviewOn: dayOrNull(r.reviewOn),
    dueStatus: CLOSED.includes(r.state) || r.state === 'deferred' ? ('none' as const) : dueStatus(dueOn, today, DUE_SOON_DAYS),
    occurredAt: r.occurredAt.toISOString(),
    reportedAt: r.reportedAt.toISOString(),
    overdueSince: iso(r.overdueSince),
    acceptedAt: iso(r.acceptedAt),
    dispatchedAt: iso(r.dispatchedAt),
    handledAt: iso(r.handledAt),
    fedBackAt: iso(r.fedBackAt),
    closedAt: iso(r.closedAt),
    followUpAt: iso(r.followUpAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** One event in full: the timeline of every step, its photos, its stage limits (null: not configured) and the steps this viewer may take now. */
export async function gridEventDetail(ctx: { tx: Tx; caller: Caller; clock: Clock }, tenantId: string, id: string, viewer: Viewer) {
  const { tx, clock } = ctx;
  const row = await tx.gridEvent.findFirst({
    where: { ...eventWhere(tenantId, id), ...gridEventVisible(viewer) },
    // Steps come after the receipt (the store's appendHistory keeps it so): the history's months before it are skipped.
    include: { grid: { select: { name: true } }, transitions: { where: { at: { gte: reportedAtOfId(id) ?? undefined } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] } },
  });
  if (!row) throw notFound();
  const { transitions, ...rest } = row;
  const duplicateOf = rest.duplicateOfId ? await tx.gridEvent.findFirst({ where: eventWhere(tenantId, rest.duplicateOfId), select: { id: true, number: true } }) : null;
  const context = await gridEventContext(tx, rest, { countyId: ctx.caller.county.id, tenantId, clock });
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  return {
    ...presentEvent(rest, clock.today),
    tenantName: tenant.name,
    duplicateOf,
    stageLimits: context.limits,
    escalateAfterDays: context.escalateAfterDays,
    timeline: transitions.map(presentTransition),
    ...(await itemAttachments(tx, ctx.caller, tenantId, 'grid_event', id, viewer)),
    actions: gridEventActionsFor(rest.state, gridEventActorsOf(viewer, rest), clock, context),
  };
}
