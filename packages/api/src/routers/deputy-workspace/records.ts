import { dayOf, dayOrNull } from '@pcs/domain';
import type { TenantCtx } from '../shared/tenant-context';
import { deputySelf } from './self';

/**
 * The deputy's own records the office keeps: activities they took part in (attendance as the office
 * recorded it), fixed contacts, reception-day duties and duty reviews (述职评议). Never another
 * deputy's rows; each list is the deputy's own, tens of rows, listed whole.
 */
export async function myRecords(ctx: TenantCtx) {
  const self = await deputySelf(ctx, 'history');
  const where = { tenantId: ctx.tenant.id, deputyId: self.deputyId };
  const [activities, contacts, receptions, reviews] = await Promise.all([
    ctx.tx.dutyActivityParticipant.findMany({ where, select: { activity: { select: { id: true, type: true, title: true, date: true, place: true } } }, orderBy: { activity: { date: 'desc' } }, take: 500 }),
    ctx.tx.constituentContact.findMany({ where, select: { id: true, name: true, phone: true, address: true, note: true }, orderBy: { createdAt: 'asc' } }),
    ctx.tx.receptionDuty.findMany({ where, select: { reception: { select: { id: true, date: true, place: true, station: { select: { name: true } } } } }, orderBy: { reception: { date: 'desc' } }, take: 200 }),
    ctx.tx.dutyReview.findMany({ where, select: { id: true, year: true, date: true, form: true, venue: true, votesSatisfied: true, votesBasicallySatisfied: true, votesUnsatisfied: true }, orderBy: { year: 'desc' } }),
  ]);
  return {
    activities: activities.map(({ activity: a }) => ({ id: a.id, type: a.type, title: a.title, date: dayOf(a.date), place: a.place })),
    contacts,
    receptions: receptions.map(({ reception: r }) => ({ id: r.id, date: dayOf(r.date), place: r.place ?? r.station?.name ?? null, upcoming: dayOf(r.date) >= ctx.clock.today })),
    reviews: reviews.map((r) => ({ ...r, date: dayOrNull(r.date) })),
  };
}

/** What a deputy's suggestion form offers: the township's serving deputies by name (to co-sign), nothing else of them. */
export async function mySuggestionOptions(ctx: TenantCtx) {
  const self = await deputySelf(ctx, 'write');
  const deputies = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, status: { in: ['serving', 'by_elected'] }, id: { not: self.deputyId } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return { deputies };
}
