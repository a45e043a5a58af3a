import {
  DUE_SOON_DAYS,
  dateOf,
  dayOf,
  dayOrNull,
  dueStatus,
  isSuggestionOpen,
  resolveRule,
  sessionAssignmentDue,
  suggestionActionsFor,
  suggestionActorsOf,
  type Clock,
  type SuggestionTopic,
} from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { itemAttachments } from '../../attachments/service';
import type { Caller } from '../../caller';
import { notFound } from '../../errors';
import type { Viewer } from '../../workflow/viewer';
import { loadRuleValues } from '../shared/rule-values';
import type { TenantCtx } from '../shared/tenant-context';
import { suggestionVisible } from '../../workflow/visibility';
import { detailInclude, presentDetail } from './present';
import { contextOf, rehandlingMax } from './store';

/** One suggestion in full, with the timeline of every step and the steps this viewer may take now. */
export async function suggestionDetail(ctx: { tx: Tx; caller: Caller; clock: Clock }, tenantId: string, id: string, viewer: Viewer) {
  const { tx, clock } = ctx;
  const row = await tx.suggestion.findFirst({ where: { tenantId, id, ...suggestionVisible(viewer) }, include: { ...detailInclude, signers: true } });
  if (!row) throw notFound();
  const records = await loadRuleValues(tx, ctx.caller.county.id, tenantId);
  const max = await rehandlingMax(tx, ctx.caller.county.id, tenantId, clock.today);
  const active = row.assignments.filter((a) => a.endedAt === null);
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const meeting = row.meetingId ? await tx.congressMeeting.findUnique({ where: { tenantId_id: { tenantId, id: row.meetingId } }, select: { id: true, title: true, startDate: true, endDate: true } }) : null;
  // Raised at a session: assigned within the months in force on the session's closing day.
  const sessionEnd = meeting ? dayOf(meeting.endDate) : null;
  const assignmentDue = sessionEnd
    ? sessionAssignmentDue({ state: row.state, assignedOn: dayOrNull(row.assignedOn) }, sessionEnd, Number(resolveRule('suggestion.assign_within_months', tenantId, sessionEnd, records).value), clock.today)
    : null;
  const open = isSuggestionOpen(row.state);
  const files = await itemAttachments(tx, ctx.caller, tenantId, 'suggestion', id, viewer);
  // Signers who evaluated the current reply (each evaluates once a round; the history holds the ratings).
  const evaluated = row.state === 'replied' ? await tx.suggestionEvaluation.findMany({ where: { tenantId, suggestionId: id, round: row.rehandlingRound }, select: { deputyId: true } }) : [];
  return {
    ...presentDetail(row),
    ...files,
    tenantName: tenant.name,
    meeting: meeting && { id: meeting.id, title: meeting.title, startDate: dayOf(meeting.startDate) },
    dueStatus: open && row.dueOn ? dueStatus(dayOf(row.dueOn), clock.today, DUE_SOON_DAYS) : 'none',
    assignmentDue,
    rehandlingMax: max,
    evaluatedSignerIds: evaluated.map((e) => e.deputyId),
    rehandlingDueMonths: resolveRule('suggestion.rehandling_due_months', tenantId, clock.today, records).value as number,
    actions: suggestionActionsFor(row.state, suggestionActorsOf(viewer, active), clock, contextOf(row, max)),
  };
}

/**
 * What the office's forms offer: the township's topic categories, serving deputies, units and
 * county departments. Not a unit handler's: the roster of deputies is not theirs to read.
 */
export async function suggestionOptions(ctx: TenantCtx) {
  const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
  const [deputies, units, departments, sessions] = await Promise.all([
    ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, status: { in: ['serving', 'by_elected'] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    ctx.tx.handlingUnit.findMany({ where: { tenantId: ctx.tenant.id, active: true }, select: { id: true, name: true, kind: true }, orderBy: { name: 'asc' } }),
    ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true, name: true }, orderBy: { code: 'asc' } }),
    // Sessions that have opened: a suggestion is not raised at a session yet to come.
    ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, kind: 'session', startDate: { lte: dateOf(ctx.clock.today) } }, select: { id: true, title: true, startDate: true }, orderBy: { startDate: 'desc' }, take: 50 }),
  ]);
  return {
    topics: resolveRule('suggestion.topic_categories', ctx.tenant.id, ctx.clock.today, records).value as SuggestionTopic[],
    deputies,
    units,
    departments,
    sessions: sessions.map((m) => ({ id: m.id, title: m.title, startDate: dayOf(m.startDate) })),
  };
}
