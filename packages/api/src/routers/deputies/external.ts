import { COUNTED_SUPERVISION_STATES, dayOf, PETITION_CHANNEL_LABELS, PETITION_STATE_LABELS, SATISFACTION_LABELS, SUGGESTION_KIND_LABELS, SUGGESTION_STATE_LABELS } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { type TenantCtx } from '../shared/tenant-context';
import { yearRange } from '../shared/dates';

/**
 * What the deputies area reads from the suggestions and supervision areas (another
 * engineer's tables): suggestions per deputy, the motions/suggestions register, the
 * letters-and-visits register and the link of a duty activity to its supervision activity.
 * Kept in this one file so that a change there is fixed here.
 */

/** Suggestions submitted in a year per deputy (lead or co-signer), merged ones not counted. */
export async function suggestionCountsByDeputy(ctx: TenantCtx, year: number, deputyIds?: readonly string[]): Promise<Map<string, number>> {
  const rows = await ctx.tx.suggestionSigner.groupBy({
    by: ['deputyId'],
    where: {
      tenantId: ctx.tenant.id,
      ...(deputyIds ? { deputyId: { in: [...deputyIds] } } : {}),
      suggestion: { submittedOn: yearRange(year), state: { not: 'merged' } },
    },
    _count: true,
  });
  return new Map(rows.map((r) => [r.deputyId, r._count]));
}

/** The days deputies signed the year's suggestions (lead or co-signer), one row per signature. */
export async function suggestionDaysByDeputy(ctx: TenantCtx, year: number, deputyIds?: readonly string[]) {
  const rows = await ctx.tx.suggestionSigner.findMany({
    where: { tenantId: ctx.tenant.id, ...(deputyIds ? { deputyId: { in: [...deputyIds] } } : {}), suggestion: { submittedOn: yearRange(year), state: { not: 'merged' } } },
    select: { deputyId: true, suggestion: { select: { submittedOn: true } } },
  });
  return rows.map((r) => ({ deputyId: r.deputyId, day: dayOf(r.suggestion.submittedOn) }));
}

/**
 * The duty activities that count for points and on the home page (dutyActivityCounts): the
 * ledger's own, and a supervision activity's once carried out. A supervision activity's
 * deputies are read through its duty activity only, so one event counts once.
 */
export const countedDutyActivity = {
  OR: [{ supervisionActivity: { is: null } }, { supervisionActivity: { is: { state: { in: [...COUNTED_SUPERVISION_STATES] } } } }],
} satisfies Prisma.DutyActivityWhereInput;

/** The supervision activity a duty activity belongs to, for the link back. */
export const supervisionLink = { select: { id: true, title: true, kind: true, state: true } } as const;

/** One deputy's suggestions of a year, for the duty profile. */
export async function suggestionsOfDeputy(ctx: TenantCtx, deputyId: string, year: number) {
  const rows = await ctx.tx.suggestionSigner.findMany({
    where: { tenantId: ctx.tenant.id, deputyId, suggestion: { submittedOn: yearRange(year), state: { not: 'merged' } } },
    include: { suggestion: { select: { id: true, number: true, title: true, kind: true, submittedOn: true, state: true } } },
  });
  return rows
    .map((r) => ({ ...r.suggestion, submittedOn: dayOf(r.suggestion.submittedOn), lead: r.lead }))
    .sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
}

/** 代表议事和批评、建议、意见记录簿: every motion, suggestion, criticism and opinion of the year. */
export async function suggestionsRegister(ctx: TenantCtx, year: number) {
  const rows = await ctx.tx.suggestion.findMany({
    where: { tenantId: ctx.tenant.id, submittedOn: yearRange(year) },
    include: { signers: { select: { deputyName: true, lead: true } } },
    orderBy: [{ submittedOn: 'asc' }, { number: 'asc' }],
  });
  return rows.map((s) => ({
    number: s.number,
    kind: SUGGESTION_KIND_LABELS[s.kind],
    submittedOn: dayOf(s.submittedOn),
    title: s.title,
    lead: s.signers.find((x) => x.lead)?.deputyName ?? '',
    cosigners: s.signers.filter((x) => !x.lead).map((x) => x.deputyName).join('、'),
    state: SUGGESTION_STATE_LABELS[s.state],
    satisfaction: s.satisfaction ? SATISFACTION_LABELS[s.satisfaction] : '',
  }));
}

/** 来信来访登记簿 from the petitions the supervision area registers. */
export async function petitionsRegister(ctx: TenantCtx, year: number) {
  const rows = await ctx.tx.petition.findMany({ where: { tenantId: ctx.tenant.id, receivedOn: yearRange(year) }, orderBy: [{ receivedOn: 'asc' }, { number: 'asc' }] });
  return rows.map((p) => ({
    number: p.number,
    receivedOn: dayOf(p.receivedOn),
    channel: PETITION_CHANNEL_LABELS[p.channel],
    petitionerName: p.petitionerName,
    subject: p.subject,
    state: PETITION_STATE_LABELS[p.state],
    feedback: p.feedback,
  }));
}
