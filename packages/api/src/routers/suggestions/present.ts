import type { Prisma } from '@pcs/db';

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const isoDayOrNull = (date: Date | null) => (date ? isoDay(date) : null);

export const listInclude = {
  signers: { select: { deputyId: true, deputyName: true, lead: true } },
  assignments: { where: { endedAt: null }, select: { id: true, role: true, handlingUnitId: true, departmentId: true, unitName: true, dueAt: true } },
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
    submittedAt: isoDay(row.submittedAt),
    assignedAt: isoDayOrNull(row.assignedAt),
    dueAt: isoDayOrNull(row.dueAt),
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
  assignments: { orderBy: [{ assignedAt: 'asc' }, { role: 'asc' }] },
  transitions: { orderBy: { id: 'asc' } },
  attachments: { select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.SuggestionInclude;

export type SuggestionDetailRow = Prisma.SuggestionGetPayload<{ include: typeof detailInclude }>;

export function presentTransition(t: { id: bigint; action: string; fromState: string | null; toState: string; actorKind: string; actorName: string; at: Date; data: Prisma.JsonValue }) {
  return { id: t.id.toString(), action: t.action, fromState: t.fromState, toState: t.toState, actorKind: t.actorKind, actorName: t.actorName, at: t.at.toISOString(), data: (t.data ?? {}) as Record<string, unknown> };
}

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
      assignedAt: isoDay(a.assignedAt),
      dueAt: isoDay(a.dueAt),
      endedAt: a.endedAt?.toISOString() ?? null,
    })),
    attachments: row.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    timeline: row.transitions.map(presentTransition),
  };
}
