import { createHash, randomBytes } from 'node:crypto';
import { dateOf, gridEventId, stageDue, yearOf, type Clock, type GridEventCategory, type GridEventSource, type GridEventUrgency } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { auditAs } from '../../audit';
import { invalidField, notFound } from '../../errors';
import { notify } from '../../workflow/notify';
import { nextNumber } from '../../workflow/numbering';
import type { StepActor } from '../../workflow/step-runner';
import { countyCalendar, eventRules } from './store';

export interface NewEvent {
  gridId: string;
  source: GridEventSource;
  hotline?: string | undefined;
  hotlineRef?: string | undefined;
  category: GridEventCategory;
  urgency: GridEventUrgency;
  place: { address: string; lat?: number | undefined; lng?: number | undefined };
  description: string;
  occurredAt?: string | undefined;
}

/** A tracking code the public reporter keeps: 10 characters without look-alikes (0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function newTrackingCode(): string {
  const bytes = randomBytes(10);
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}
export const trackingHash = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

/**
 * Registers an event and its first history row ("report") at the level of its grid, with the
 * accepting stage's deadline, and tells the office. Shared by the township app and the public page.
 */
export async function reportEvent(
  ctx: { tx: Tx; actor: StepActor & { kind: 'grid_head' | 'office' | 'reporter' | 'public' }; clock: Clock; requestId: string | null },
  tenantId: string,
  input: NewEvent,
  extra: { trackingCodeHash?: string } = {},
) {
  const { tx, clock, actor } = ctx;
  const grid = await tx.grid.findUnique({ where: { tenantId_id: { tenantId, id: input.gridId } }, select: { id: true, level: true, name: true } });
  if (!grid) throw notFound();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : clock.now;
  if (occurredAt.getTime() > clock.now.getTime() + 5 * 60_000) throw invalidField(['occurredAt'], { zh: '不能晚于现在', en: 'cannot be in the future' }, input.occurredAt);
  const [rules, calendar] = await Promise.all([eventRules(tx, actor.countyId, tenantId, clock.today, input.category, input.urgency), countyCalendar(tx, actor.countyId)]);
  const dueOn = stageDue('accept', clock.today, rules.limits, calendar);
  const number = await nextNumber(tx, 'GridEvent', tenantId, yearOf(clock.today));
  const row = await tx.gridEvent.create({
    data: {
      tenantId,
      id: gridEventId(clock.now),
      number,
      source: input.source,
      hotline: input.source === 'hotline' ? (input.hotline ?? null) : null,
      hotlineRef: input.source === 'hotline' ? (input.hotlineRef ?? null) : null,
      category: input.category,
      urgency: input.urgency,
      gridId: grid.id,
      // A finer cell's events are the village grid's (level 4).
      level: Math.min(grid.level, 4),
      placeAddress: input.place.address,
      lat: input.place.lat ?? null,
      lng: input.place.lng ?? null,
      description: input.description,
      occurredAt,
      reportedAt: clock.now,
      reporterUserId: actor.userId,
      reporterName: actor.displayName,
      trackingCodeHash: extra.trackingCodeHash ?? null,
      dueOn: dueOn ? dateOf(dueOn) : null,
      transitions: {
        create: {
          action: 'report',
          fromState: null,
          toState: 'reported',
          actorKind: actor.kind,
          actorUserId: actor.userId,
          actorName: actor.displayName,
          at: clock.now,
          data: { level: Math.min(grid.level, 4), gridName: grid.name, source: input.source, dueOn, deadlineInForce: null, withUnit: null },
        },
      },
    },
  });
  await auditAs(tx, actor, ctx.requestId, { tenantId, action: 'create', entity: 'GridEvent', entityId: row.id, after: { ...input, number } });
  await notify(tx, { office: true }, { tenantId, kind: 'assigned', entity: 'GridEvent', entityId: row.id, title: `${number} ${input.place.address}`, body: { zh: '新上报的网格事件', en: 'A new grid event' } }, actor.userId ?? undefined);
  return { id: row.id, number, version: row.version, state: row.state, dueOn };
}
