import type { congressMeetingCreateSchema, congressMeetingListSchema, congressMeetingUpdateSchema, idSchema, meetingAttendanceSetSchema, meetingRhythmQuerySchema} from '@pcs/domain';
import { checkMeeting, dayOf, dateOf, daysInclusive, meetingKindIssues, SERVING_STATUSES, type CongressMeetingKind, attendanceRate } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { notFound, staleVersion, requireValid } from '../../errors';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import { requireDeputies } from '../shared/references';
import { tenantMeetingRhythm } from './meeting-rhythm';
import { presidiumSize } from './presidium';
import { townshipRuleRecords } from '../shared/rule-values';
import { yearRange } from '../shared/dates';
import { type TenantCtx } from '../shared/tenant-context';
import type { z } from 'zod';
import type { TenantProcedureCtx } from '../shared/tenant-context';
import { deleteRecordWithFiles } from '../shared/delete-record';

/**
 * Congress sessions (人代会) and presidium meetings (主席团会议) of a town or township, working-committee
 * and joint deputy meetings of a sub-district: agenda, outcomes, attendance, rhythm.
 */
const listInclude = { _count: { select: { attendance: true, agenda: true, outcomes: true } } } as const;
type MeetingRow = Prisma.CongressMeetingGetPayload<{ include: typeof listInclude }>;

function presentMeeting(row: Omit<MeetingRow, '_count'>) {
  const { tenantId: _t, ...m } = row;
  return { ...m, startDate: dayOf(m.startDate), endDate: dayOf(m.endDate), days: daysInclusive(dayOf(m.startDate), dayOf(m.endDate)), createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString() };
}

/**
 * Who is expected: every serving township deputy at a session, the body's members (presidium,
 * working committee) at its meetings, every serving deputy of the area at a joint meeting.
 */
async function expectedAttendees(ctx: TenantCtx, kind: CongressMeetingKind) {
  const who = { session: { levels: { has: 'township' as const } }, presidium: { presidiumRole: { not: null } }, working_committee: { presidiumRole: { not: null } }, joint_deputies: {} }[kind];
  return ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, status: { in: [...SERVING_STATUSES] }, ...who }, select: { id: true } });
}

function itemsData(ctx: TenantCtx, meetingId: string, input: { agenda: Array<{ kind: string; title: string; presenter?: string | null }>; outcomes: Array<Record<string, unknown>> }) {
  return {
    agenda: input.agenda.map((a, seq) => ({ ...a, seq, tenantId: ctx.tenant.id, meetingId, presenter: a.presenter ?? null })) as Prisma.MeetingAgendaItemCreateManyInput[],
    outcomes: input.outcomes.map((o, seq) => ({ ...o, seq, tenantId: ctx.tenant.id, meetingId })) as Prisma.MeetingOutcomeCreateManyInput[],
  };
}

export async function loadMeeting(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.congressMeeting.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id } },
    include: {
      agenda: { orderBy: { seq: 'asc' } },
      outcomes: { orderBy: { seq: 'asc' } },
      attendance: { include: { deputy: { select: { id: true, name: true, groupId: true, presidiumRole: true } } } },
    },
  });
  if (!row) throw notFound();
  const { agenda, outcomes, attendance, ...meeting } = row;
  const strip = <T extends { tenantId: string; meetingId: string }>({ tenantId: _t, meetingId: _m, ...rest }: T) => rest;
  const counts = { present: 0, leave: 0, absent: 0, spoke: 0 };
  for (const a of attendance) {
    counts[a.status] += 1;
    if (a.spoke) counts.spoke += 1;
  }
  return {
    ...presentMeeting(meeting),
    agenda: agenda.map(strip),
    outcomes: outcomes.map(strip),
    attendance: attendance
      .map((a) => ({ deputyId: a.deputyId, name: a.deputy.name, groupId: a.deputy.groupId, presidiumRole: a.deputy.presidiumRole, status: a.status, spoke: a.spoke }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    attendanceSummary: { ...counts, expected: attendance.length, rate: attendanceRate(counts.present, attendance.length) },
  };
}

export async function listMeetings(ctx: TenantCtx, input: z.infer<typeof congressMeetingListSchema>) {
  const where: Prisma.CongressMeetingWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.year ? { startDate: yearRange(input.year) } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { place: { contains: input.search } }] } : {}),
  };
  const [page, total] = await pageAndTotal(input, () => ctx.tx.congressMeeting.findMany({ where, select: { id: true }, orderBy: orderBy(input.sortBy, input.sortDirection, 'startDate'), ...pageWindow(input) }), () => ctx.tx.congressMeeting.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: listInclude }));
  const present = await ctx.tx.meetingAttendance.groupBy({
    by: ['meetingId'],
    where: { tenantId: ctx.tenant.id, meetingId: { in: rows.map((r) => r.id) }, status: 'present' },
    _count: true,
  });
  const presentBy = new Map(present.map((p) => [p.meetingId, p._count]));
  return listResult(input, rows.map(({ _count, ...r }) => ({
      ...presentMeeting(r),
      expected: _count.attendance,
      present: presentBy.get(r.id) ?? 0,
      agendaCount: _count.agenda,
      outcomeCount: _count.outcomes,
    })), total);
}

export async function createMeeting(ctx: TenantCtx, input: z.infer<typeof congressMeetingCreateSchema>) {
  requireValid([...meetingKindIssues(ctx.tenant.kind, input.kind), ...checkMeeting(input, ctx.clock.today)]);
  const { agenda, outcomes, prefillAttendance, ...fields } = input;
  const row = await ctx.tx.congressMeeting.create({
    data: { ...fields, sessionType: fields.kind === 'session' ? (fields.sessionType ?? null) : null, startDate: dateOf(fields.startDate), endDate: dateOf(fields.endDate), tenantId: ctx.tenant.id },
  });
  const items = itemsData(ctx, row.id, { agenda, outcomes });
  await ctx.tx.meetingAgendaItem.createMany({ data: items.agenda });
  await ctx.tx.meetingOutcome.createMany({ data: items.outcomes });
  if (prefillAttendance) {
    const expected = await expectedAttendees(ctx, fields.kind);
    await ctx.tx.meetingAttendance.createMany({ data: expected.map((d) => ({ tenantId: ctx.tenant.id, meetingId: row.id, deputyId: d.id, status: 'present' as const })) });
  }
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'CongressMeeting', entityId: row.id, after: input });
  return loadMeeting(ctx, row.id);
}

export async function updateMeeting(ctx: TenantCtx, input: z.infer<typeof congressMeetingUpdateSchema>) {
  requireValid([...meetingKindIssues(ctx.tenant.kind, input.kind), ...checkMeeting(input, ctx.clock.today)]);
  const { id, version, agenda, outcomes, ...fields } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.congressMeeting.findUnique({ where: key, include: { agenda: true, outcomes: true } });
  if (!before) throw notFound();
  const updated = await ctx.tx.congressMeeting.updateMany({
    where: { tenantId: ctx.tenant.id, id, version },
    data: { ...fields, sessionType: fields.kind === 'session' ? (fields.sessionType ?? null) : null, startDate: dateOf(fields.startDate), endDate: dateOf(fields.endDate), version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  // Agenda and outcomes are edited as part of the meeting: replaced as a whole.
  await ctx.tx.meetingAgendaItem.deleteMany({ where: { tenantId: ctx.tenant.id, meetingId: id } });
  await ctx.tx.meetingOutcome.deleteMany({ where: { tenantId: ctx.tenant.id, meetingId: id } });
  const items = itemsData(ctx, id, { agenda, outcomes });
  await ctx.tx.meetingAgendaItem.createMany({ data: items.agenda });
  await ctx.tx.meetingOutcome.createMany({ data: items.outcomes });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'CongressMeeting', entityId: id, before, after: input });
  return loadMeeting(ctx, id);
}

/** The attendance register of a meeting, replaced as a whole (who was expected and how each came). */
export async function setMeetingAttendance(ctx: TenantCtx, input: z.infer<typeof meetingAttendanceSetSchema>) {
  const meeting = await ctx.tx.congressMeeting.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.meetingId } } });
  if (!meeting) throw notFound();
  await requireDeputies(ctx, input.entries.map((e) => e.deputyId), ['entries']);
  const before = await ctx.tx.meetingAttendance.findMany({ where: { tenantId: ctx.tenant.id, meetingId: input.meetingId } });
  await ctx.tx.meetingAttendance.deleteMany({ where: { tenantId: ctx.tenant.id, meetingId: input.meetingId } });
  const unique = [...new Map(input.entries.map((e) => [e.deputyId, e])).values()];
  await ctx.tx.meetingAttendance.createMany({ data: unique.map((e) => ({ ...e, tenantId: ctx.tenant.id, meetingId: input.meetingId })) });
  await audit(ctx, {
    tenantId: ctx.tenant.id,
    action: 'attendance',
    entity: 'CongressMeeting',
    entityId: input.meetingId,
    before: before.map(({ deputyId, status, spoke }) => ({ deputyId, status, spoke })),
    after: unique,
  });
  return loadMeeting(ctx, input.meetingId);
}

/** The deputies expected at a meeting of a kind, for filling the register. */
export async function expectedAttendance(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const meeting = await ctx.tx.congressMeeting.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!meeting) throw notFound();
  return (await expectedAttendees(ctx, meeting.kind)).map((d) => d.id);
}

export function deleteMeeting(ctx: TenantProcedureCtx, input: z.infer<typeof idSchema>) {
  return deleteRecordWithFiles(ctx, input.id, {
    entity: 'CongressMeeting',
    files: 'meeting',
    find: (where) => ctx.tx.congressMeeting.findUnique({ where, include: { agenda: true, outcomes: true, attendance: true } }),
    remove: (where) => ctx.tx.congressMeeting.delete({ where }),
  });
}

/** The year against the rhythm rules of the tenant's kind: sessions a year and their days, the body's meetings a quarter. */
export async function meetingRhythmOfYear(ctx: TenantCtx, input: z.infer<typeof meetingRhythmQuerySchema>) {
  const [records, rows, presidiumMembers] = await Promise.all([
    townshipRuleRecords(ctx),
    ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, startDate: yearRange(input.year) }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] }),
    ctx.tx.deputy.count({ where: { tenantId: ctx.tenant.id, status: { in: [...SERVING_STATUSES] }, presidiumRole: { not: null } } }),
  ]);
  const meetings = rows.map((r) => ({ id: r.id, kind: r.kind, sessionType: r.sessionType, status: r.status, title: r.title, startDate: dayOf(r.startDate), endDate: dayOf(r.endDate), number: r.number, termNo: r.termNo }));
  const rhythm = tenantMeetingRhythm(ctx.tenant, input.year, rows, records, ctx.clock.today);
  // The presidium as it is now, against the size rule in force today.
  const presidium = presidiumSize(ctx.tenant, presidiumMembers, ctx.clock.today, records);
  return { ...rhythm, meetings, presidium };
}
