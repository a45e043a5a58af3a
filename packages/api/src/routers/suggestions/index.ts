import {
  DUE_SOON_DAYS,
  dueStatus,
  idSchema,
  resolveRule,
  suggestionAcceptSchema,
  suggestionAssignSchema,
  suggestionCreateSchema,
  suggestionEvaluateSchema,
  suggestionKeySchema,
  suggestionListSchema,
  suggestionMergeSchema,
  suggestionProgressSchema,
  suggestionReassignSchema,
  suggestionReplySchema,
  suggestionResolutionSchema,
  suggestionReturnSchema,
  suggestionUrgeSchema,
  type SuggestionTopic,
} from '@pcs/domain';
import { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound } from '../../errors';
import { notify } from '../../workflow/notify';
import { nextNumber } from '../../workflow/numbering';
import { router, tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { loadRuleValues, today } from '../rule-values';
import { townshipViewer, visibleWhere, type Viewer } from './access';
import { rehandlingDueAt, replaceAssignments, replyDueAt, resolveAssignees } from './assignment';
import { attachmentProcedures } from './attachments';
import { detailInclude, isoDay, presentDetail } from './present';
import { listSuggestions } from './query';
import { actionsFor, rehandlingMax, runStep, unitsOf, type StepCall } from './steps';

const readers = tenantProcedureAnyOf(['suggestion.read', 'assigned.read']);
const office = tenantProcedure('suggestion.manage');
const handler = tenantProcedure('assigned.write');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Ctx = { tx: StepCall['tx']; tenant: { id: string }; caller: StepCall['caller']; requestId: string };
const call = (ctx: Ctx, viewer: Viewer, rest: Pick<StepCall, 'id' | 'version' | 'action' | 'payload'>): StepCall => ({
  tx: ctx.tx,
  tenantId: ctx.tenant.id,
  caller: ctx.caller,
  requestId: ctx.requestId,
  viewer,
  ...rest,
});
const officeViewer: Viewer = { kind: 'office' };

/** One suggestion in full, with the timeline of every step and the steps this viewer may take now. */
export async function suggestionDetail(ctx: { tx: Ctx['tx']; caller: Ctx['caller'] }, tenantId: string, id: string, viewer: Viewer) {
  const { tx } = ctx;
  const row = await tx.suggestion.findFirst({ where: { tenantId, id, ...visibleWhere(viewer) }, include: { ...detailInclude, signers: true } });
  if (!row) throw notFound();
  const now = new Date();
  const max = await rehandlingMax(tx, ctx.caller.county.id, tenantId, now);
  const active = row.assignments.filter((a) => a.endedAt === null);
  const records = await loadRuleValues(tx, ctx.caller.county.id, tenantId);
  const soonDays = DUE_SOON_DAYS;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const meeting = row.meetingId ? await tx.congressMeeting.findUnique({ where: { tenantId_id: { tenantId, id: row.meetingId } }, select: { id: true, title: true, startDate: true } }) : null;
  return {
    ...presentDetail(row),
    tenantName: tenant.name,
    meeting: meeting && { id: meeting.id, title: meeting.title, startDate: isoDay(meeting.startDate) },
    dueStatus: ['assigned', 'in_handling', 'rehandling'].includes(row.state) ? dueStatus(row.dueAt, now, soonDays) : 'none',
    rehandlingMax: max,
    rehandlingDueMonths: resolveRule('suggestion.rehandling_due_months', tenantId, isoDay(now), records).value as number,
    actions: actionsFor({ ...row, assignments: active }, viewer, max, now),
  };
}

/** Deputy suggestions in the township app: the office registers, assigns and records evaluations; handlers reply. */
export const suggestionsRouter = router({
  list: readers.input(suggestionListSchema).query(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    return listSuggestions(ctx.tx, input, viewer, { tenantId: ctx.tenant.id });
  }),

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
      ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, kind: 'session' }, select: { id: true, title: true, startDate: true }, orderBy: { startDate: 'desc' }, take: 50 }),
    ]);
    return {
      topics: resolveRule('suggestion.topic_categories', ctx.tenant.id, today(), records).value as SuggestionTopic[],
      deputies,
      units,
      departments,
      sessions: sessions.map((m) => ({ id: m.id, title: m.title, startDate: isoDay(m.startDate) })),
    };
  }),

  create: office.input(suggestionCreateSchema).mutation(async ({ ctx, input }) => {
    const ids = [input.leadDeputyId, ...input.coSignerIds];
    const deputies = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, select: { id: true, name: true } });
    const missing = ids.findIndex((id) => !deputies.some((d) => d.id === id));
    if (missing >= 0) {
      throw new InvalidInput([
        { code: 'custom', input: undefined, path: missing === 0 ? ['leadDeputyId'] : ['coSignerIds', missing - 1], message: 'Unknown deputy', params: { zh: '代表不存在', en: 'unknown deputy' } },
      ]);
    }
    if (input.meetingId) await checkSession(ctx.tx, ctx.tenant.id, input.meetingId);
    const submittedAt = day(input.submittedOn);
    const number = await nextNumber(ctx.tx, 'Suggestion', ctx.tenant.id, submittedAt.getUTCFullYear());
    const name = (id: string) => deputies.find((d) => d.id === id)!.name;
    const row = await ctx.tx.suggestion.create({
      data: {
        tenantId: ctx.tenant.id,
        number,
        kind: input.kind,
        source: input.source,
        title: input.title,
        content: input.content,
        topic: input.topic,
        leadDeputyId: input.leadDeputyId,
        meetingId: input.meetingId ?? null,
        submittedAt,
        createdById: ctx.caller.user.id,
        signers: { create: ids.map((deputyId, i) => ({ deputyId, deputyName: name(deputyId), lead: i === 0 })) },
        transitions: {
          create: {
            action: 'submit',
            fromState: null,
            toState: 'submitted',
            actorKind: 'office',
            actorUserId: ctx.caller.user.id,
            actorName: ctx.caller.user.displayName,
            data: { onBehalfOf: ids.map(name), source: input.source, submittedOn: input.submittedOn },
          },
        },
      },
    });
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Suggestion', entityId: row.id, after: { ...input, number } });
    return { id: row.id, number, version: row.version };
  }),

  accept: office.input(suggestionAcceptSchema).mutation(({ ctx, input }) => runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: 'accept', payload: { note: input.note } }))),

  return: office.input(suggestionReturnSchema).mutation(({ ctx, input }) => runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: 'return', payload: { reason: input.reason } }))),

  merge: office.input(suggestionMergeSchema).mutation(async ({ ctx, input }) => {
    const target = await ctx.tx.suggestion.findFirst({ where: { tenantId: ctx.tenant.id, id: input.mergedIntoId, state: { notIn: ['returned', 'merged'] } } });
    if (!target || target.id === input.id) {
      throw new InvalidInput([{ code: 'custom', input: undefined, path: ['mergedIntoId'], message: 'Choose another live suggestion', params: { zh: '请选择另一件有效的建议', en: 'choose another live suggestion' } }]);
    }
    return runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: 'merge', payload: { mergedIntoId: target.id, mergedIntoNumber: target.number, note: input.note } }));
  }),

  /** Assigns many at once (交办会): all or none; each item carries the version the office saw. */
  assign: office.input(suggestionAssignSchema).mutation(async ({ ctx, input }) => {
    const assignedOn = day(input.assignedOn ?? today());
    const now = new Date();
    const results = [];
    for (const [index, item] of input.items.entries()) {
      const assignees = await resolveAssignees(ctx.tx, ctx.tenant.id, ctx.caller.county.id, item.lead, item.co, ['items', index]);
      const dueAt = await replyDueAt(ctx.tx, ctx.caller.county.id, ctx.tenant.id, assignedOn, item.complexity);
      const result = await runStep(
        call(ctx, officeViewer, {
          id: item.id,
          version: item.version,
          action: 'assign',
          payload: { lead: assignees[0]!.unitName, co: assignees.slice(1).map((a) => a.unitName), complexity: item.complexity, dueAt: isoDay(dueAt), assignedOn: isoDay(assignedOn), note: input.note },
        }),
        {
          afterSave: async (row) => {
            await replaceAssignments(ctx.tx, ctx.tenant.id, item.id, assignees, assignedOn, dueAt, now);
            await notify(ctx.tx, unitsOf(assignees), { tenantId: ctx.tenant.id, kind: 'assigned', entity: 'Suggestion', entityId: item.id, title: `${row.number} ${row.title}`, body: `答复期限 ${isoDay(dueAt)}` });
          },
        },
      );
      results.push({ ...result, dueAt: isoDay(dueAt) });
    }
    return results;
  }),

  reassign: office.input(suggestionReassignSchema).mutation(async ({ ctx, input }) => {
    const assignees = await resolveAssignees(ctx.tx, ctx.tenant.id, ctx.caller.county.id, input.lead, input.co);
    const now = new Date();
    const assignedOn = day(today());
    const dueAt = await replyDueAt(ctx.tx, ctx.caller.county.id, ctx.tenant.id, assignedOn, input.complexity);
    return runStep(
      call(ctx, officeViewer, {
        id: input.id,
        version: input.version,
        action: 'reassign',
        payload: { lead: assignees[0]!.unitName, co: assignees.slice(1).map((a) => a.unitName), complexity: input.complexity, dueAt: isoDay(dueAt), assignedOn: isoDay(assignedOn), reason: input.reason },
      }),
      {
        afterSave: async (row) => {
          await replaceAssignments(ctx.tx, ctx.tenant.id, input.id, assignees, assignedOn, dueAt, now);
          await notify(ctx.tx, unitsOf(assignees), { tenantId: ctx.tenant.id, kind: 'assigned', entity: 'Suggestion', entityId: input.id, title: `${row.number} ${row.title}`, body: `答复期限 ${isoDay(dueAt)}` });
        },
      },
    );
  }),

  progress: handler.input(suggestionProgressSchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    return runStep(call(ctx, viewer, { id: input.id, version: input.version, action: 'record_progress', payload: { note: input.note } }), { prepare: (row) => ({ unitName: unitNameOf(row, viewer) }) });
  }),

  reply: handler.input(suggestionReplySchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    const { id, version, ...reply } = input;
    return runStep(call(ctx, viewer, { id, version, action: 'reply', payload: reply }), { prepare: (row) => ({ unitName: unitNameOf(row, viewer) }) });
  }),

  resolution: handler.input(suggestionResolutionSchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    return runStep(call(ctx, viewer, { id: input.id, version: input.version, action: 'update_resolution', payload: { resolution: input.resolution, resolutionNote: input.resolutionNote } }));
  }),

  /** The office records a named deputy's evaluation; the deputy must be the lead or a co-signer (decision 11). */
  evaluate: office.input(suggestionEvaluateSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const newDue = await rehandlingDueAt(ctx.tx, ctx.caller.county.id, ctx.tenant.id, now);
    return runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: 'evaluate', payload: { rating: input.rating, comment: input.comment } }), {
      prepare: (row) => {
        const signer = row.signers.find((s) => s.deputyId === input.deputyId);
        if (!signer) {
          throw new InvalidInput([
            { code: 'custom', input: input.deputyId, path: ['deputyId'], message: 'Not a deputy of this suggestion', params: { zh: '该代表不是本建议的领衔或附议代表', en: 'not the lead deputy or a co-signer of this suggestion' } },
          ]);
        }
        return { deputyId: signer.deputyId, deputyName: signer.deputyName, dueAt: isoDay(newDue) };
      },
      afterSave: async (row, record) => {
        if (record['rehandlingRound'] !== undefined) {
          await ctx.tx.suggestionAssignment.updateMany({ where: { tenantId: ctx.tenant.id, suggestionId: row.id, endedAt: null }, data: { dueAt: newDue } });
        }
      },
    });
  }),

  setKey: office.input(suggestionKeySchema).mutation(({ ctx, input }) =>
    runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: input.isKey ? 'mark_key' : 'unmark_key', payload: { note: input.note } })),
  ),

  urge: office.input(suggestionUrgeSchema).mutation(({ ctx, input }) => runStep(call(ctx, officeViewer, { id: input.id, version: input.version, action: 'urge', payload: { note: input.note } }))),

  /** Live suggestions to merge a duplicate into. */
  mergeTargets: office.input(z.object({ excludeId: z.uuid() })).query(async ({ ctx, input }) =>
    ctx.tx.suggestion.findMany({
      where: { tenantId: ctx.tenant.id, id: { not: input.excludeId }, state: { notIn: ['returned', 'merged'] } },
      select: { id: true, number: true, title: true },
      orderBy: { number: 'desc' },
      take: 200,
    }),
  ),

  ...attachmentProcedures,
});

/** A suggestion names a congress session of its own township, never a presidium meeting. */
async function checkSession(tx: Ctx['tx'], tenantId: string, meetingId: string): Promise<void> {
  const meeting = await tx.congressMeeting.findFirst({ where: { tenantId, id: meetingId, kind: 'session' }, select: { id: true } });
  if (!meeting) {
    throw new InvalidInput([{ code: 'custom', input: meetingId, path: ['meetingId'], message: 'Not a congress session of this township', params: { zh: '不是本乡镇的人代会会议', en: 'not a congress session of this township' } }]);
  }
}

/** The name of the viewer's unit on this item, recorded with a handler's step. */
export function unitNameOf(row: { assignments: readonly { handlingUnitId: string | null; departmentId: string | null; unitName: string }[] }, viewer: Viewer): string | undefined {
  if (viewer.kind === 'units') return row.assignments.find((a) => a.handlingUnitId && viewer.handlingUnitIds.includes(a.handlingUnitId))?.unitName;
  if (viewer.kind === 'department') return row.assignments.find((a) => a.departmentId === viewer.departmentId)?.unitName;
  return undefined;
}
