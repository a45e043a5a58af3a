import { dayOf, dayOrNull } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { presentTransition } from '../../workflow/present-transition';

export const listInclude = {
  signers: { select: { deputyId: true, deputyName: true, lead: true } },
  assignments: { where: { endedAt: null }, select: { id: true, role: true, handlingUnitId: true, departmentId: true, unitName: true, dueOn: true } },
} as const satisfies Prisma.SuggestionInclude;

export type SuggestionListRow = Prisma.SuggestionGetPayload<{ include: typeof listInclude }>;

/** A suggestion as lists show it: ISO days, deputies and units by name. */
export function presentListItem(row: SuggestionListRow) {
  const lead = row.signers.find((s) => s.lead);
  const leadUnit = row.assignments.find((a) => a.role === 'lead');
  return {
    id: row.id,
    tenantId: row.tenantId,
    number: row.number,
    kind: row.kind,
    source: row.source,
    title: row.title,
    topic: row.topic,
    state: row.state,
    version: row.version,
    isKey: row.isKey,
    overdue: row.overdue,
    complexity: row.complexity,
    submittedOn: dayOf(row.submittedOn),
    assignedOn: dayOrNull(row.assignedOn),
    dueOn: dayOrNull(row.dueOn),
    originalDueOn: dayOrNull(row.originalDueOn),
    deadlineExtended: row.deadlineExtended,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    replyLate: row.replyLate,
    replyClass: row.replyClass,
    resolution: row.resolution,
    satisfaction: row.satisfaction,
    rehandlingRound: row.rehandlingRound,
    leadDeputyName: lead?.deputyName ?? '',
    coSignerNames: row.signers.filter((s) => !s.lead).map((s) => s.deputyName),
    leadUnitName: leadUnit?.unitName ?? null,
    coUnitNames: row.assignments.filter((a) => a.role === 'co').map((a) => a.unitName),
  };
}

export const detailInclude = {
  signers: { select: { deputyId: true, deputyName: true, lead: true } },
  assignments: { orderBy: [{ assignedOn: 'asc' }, { endedAt: { sort: 'asc', nulls: 'last' } }, { role: 'asc' }] },
  transitions: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.SuggestionInclude;

export type SuggestionDetailRow = Prisma.SuggestionGetPayload<{ include: typeof detailInclude }>;

export function presentDetail(row: SuggestionDetailRow) {
  const active = row.assignments.filter((a) => a.endedAt === null);
  return {
    ...presentListItem({ ...row, assignments: active }),
    content: row.content,
    replyForm: row.replyForm,
    replyContent: row.replyContent,
    resolutionNote: row.resolutionNote,
    resolutionAt: row.resolutionAt?.toISOString() ?? null,
    evaluatedAt: row.evaluatedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    overdueSince: row.overdueSince?.toISOString() ?? null,
    mergedIntoId: row.mergedIntoId,
    returnReason: row.returnReason,
    signers: [...row.signers].sort((a, b) => Number(b.lead) - Number(a.lead)),
    assignments: row.assignments.map((a) => ({
      id: a.id,
      role: a.role,
      handlingUnitId: a.handlingUnitId,
      departmentId: a.departmentId,
      unitName: a.unitName,
      assignedOn: dayOf(a.assignedOn),
      dueOn: dayOf(a.dueOn),
      endedAt: a.endedAt?.toISOString() ?? null,
    })),
    timeline: row.transitions.map(presentTransition),
  };
}
