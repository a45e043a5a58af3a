import {
  DUE_SOON_DAYS,
  dateOf,
  dayOf,
  dayOrNull,
  dueStatus,
  idSchema,
  resolveRule,
  sessionAssignmentDue,
  suggestionActionsFor,
  suggestionAssignManySchema,
  suggestionCreateSchema,
  suggestionListSchema,
  suggestionStepSchema,
  type Clock,
  type SuggestionTopic,
} from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { z } from 'zod';
import { itemAttachments } from '../../attachments/service';
import type { Caller } from '../../caller';
import { notFound } from '../../errors';
import { router, tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { runStep, stepActorOf } from '../../workflow/step-runner';
import { officeViewer, townshipViewer, type Viewer } from '../../workflow/viewer';
import { loadRuleValues } from '../rule-values';
import { actorsOf, visibleWhere } from './access';
import { createSuggestion } from './create';
import { detailInclude, presentDetail } from './present';
import { listSuggestions } from './query';
import { suggestionStepHooks } from './step-hooks';
import { contextOf, rehandlingMax, suggestionStore } from './store';

const readers = tenantProcedureAnyOf(['suggestion.read', 'assigned.read']);
const actors = tenantProcedureAnyOf(['suggestion.manage', 'assigned.write']);
const office = tenantProcedure('suggestion.manage');

/** One suggestion in full, with the timeline of every step and the steps this viewer may take now. */
export async function suggestionDetail(ctx: { tx: Tx; caller: Caller; clock: Clock }, tenantId: string, id: string, viewer: Viewer) {
  const { tx, clock } = ctx;
  const row = await tx.suggestion.findFirst({ where: { tenantId, id, ...visibleWhere(viewer) }, include: { ...detailInclude, signers: true } });
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
  const open = ['assigned', 'in_handling', 'rehandling'].includes(row.state);
  const files = await itemAttachments(tx, ctx.caller, tenantId, 'suggestion', id, viewer);
  return {
    ...presentDetail(row),
    ...files,
    tenantName: tenant.name,
    meeting: meeting && { id: meeting.id, title: meeting.title, startDate: dayOf(meeting.startDate) },
    dueStatus: open && row.dueOn ? dueStatus(dayOf(row.dueOn), clock.today, DUE_SOON_DAYS) : 'none',
    assignmentDue,
    rehandlingMax: max,
    rehandlingDueMonths: resolveRule('suggestion.rehandling_due_months', tenantId, clock.today, records).value as number,
    actions: suggestionActionsFor(row.state, actorsOf(viewer, active), clock, contextOf(row, max)),
  };
}

/** Deputy suggestions in the township app: the office registers, assigns and records evaluations; handlers reply. */
export const suggestionsRouter = router({
  list: readers.input(suggestionListSchema).query(async ({ ctx, input }) => listSuggestions(ctx.tx, input, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id), { tenantId: ctx.tenant.id })),

  get: readers.input(idSchema).query(async ({ ctx, input }) => suggestionDetail(ctx, ctx.tenant.id, input.id, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id))),

  /**
   * What the office's forms offer: the township's topic categories, serving deputies, units and
   * county departments. Not a unit handler's: the roster of deputies is not theirs to read.
   */
  options: tenantProcedure('suggestion.read').query(async ({ ctx }) => {
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
  }),

  create: office.input(suggestionCreateSchema).mutation(({ ctx, input }) => createSuggestion(ctx.tx, ctx.tenant.id, stepActorOf(ctx.caller), ctx.clock, ctx.requestId, input)),

  /** Every step of the workflow: `{ id, version, action, payload }`; the transition table decides who may take it. */
  step: actors.input(suggestionStepSchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId: ctx.tenant.id, countyId: ctx.caller.county.id, clock: ctx.clock, viewer, path: ['payload'] }, input.action);
    return runStep(suggestionStore, { tx: ctx.tx, tenantId: ctx.tenant.id, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer, clock: ctx.clock, id: input.id, version: input.version, action: input.action, payload: input.payload }, hooks);
  }),

  /** Assigns many at once (交办会): all or none; each item carries the version the office saw. */
  assignMany: office.input(suggestionAssignManySchema).mutation(async ({ ctx, input }) => {
    const results = [];
    for (const [index, item] of input.items.entries()) {
      const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId: ctx.tenant.id, countyId: ctx.caller.county.id, clock: ctx.clock, viewer: officeViewer, path: ['items', index], assignedOnPath: ['assignedOn'] }, 'assign');
      const payload = { lead: item.lead, co: item.co, complexity: item.complexity, assignedOn: input.assignedOn ?? ctx.clock.today, note: input.note };
      const result = await runStep(suggestionStore, { tx: ctx.tx, tenantId: ctx.tenant.id, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer: officeViewer, clock: ctx.clock, id: item.id, version: item.version, action: 'assign', payload }, hooks);
      results.push({ ...result, dueOn: String(result.record['dueOn']) });
    }
    return results;
  }),

  /** Live suggestions to merge a duplicate into. */
  mergeTargets: office.input(z.object({ excludeId: z.uuid() })).query(async ({ ctx, input }) =>
    ctx.tx.suggestion.findMany({
      where: { tenantId: ctx.tenant.id, id: { not: input.excludeId }, state: { notIn: ['returned', 'merged'] } },
      select: { id: true, number: true, title: true },
      orderBy: { number: 'desc' },
      take: 200,
    }),
  ),

});
