import { dayOf, dayOrNull, extensionRefusal, recordedDayRefusal, type Assignee, type Clock, type IsoDay, type Satisfaction, type SuggestionAction, type SuggestionComplexity, SUGGESTION_SET_ASIDE_STATES } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { invalidField } from '../../errors';
import type { StepHooks } from '../../workflow/step-runner';
import type { Viewer } from '../../workflow/viewer';
import { resolveAssignees, type ResolvedAssignee } from '../../workflow/assignees';
import { moveAssignmentDeadline, rehandlingDueOn, replaceAssignments, replyDueOn } from './assignment';
import type { SuggestionStepRow } from './store';

export interface HookEnv {
  tx: Tx;
  tenantId: string;
  countyId: string;
  clock: Clock;
  viewer: Viewer;
  /** The user taking the step (recorded with an evaluation). */
  actorUserId?: string | null;
  /** Where the step's fields sit in the call's input (['payload'], or ['items', i] in a batch). */
  path: (string | number)[];
  /** Where the assignment day sits, when not among the step's fields (a batch has one for all). */
  assignedOnPath?: (string | number)[];
}

const SUBMISSION = { zh: '建议提出日期', en: 'the day the suggestion was submitted' };

/** The name of the viewer's unit on this item, recorded with a handler's step. */
export function unitNameOf(row: Pick<SuggestionStepRow, 'assignments'>, viewer: Viewer): string | undefined {
  if (viewer.kind === 'units') return row.assignments.find((a) => a.handlingUnitId && viewer.handlingUnitIds.includes(a.handlingUnitId))?.unitName;
  if (viewer.kind === 'department') return row.assignments.find((a) => a.departmentId === viewer.departmentId)?.unitName;
  return undefined;
}

/**
 * What each suggestion step does around the domain's decision: checks against other records
 * (the merge target, the units, the deputy who evaluates, the days), values from the township's
 * rules (deadlines), and the assignment rows it replaces or moves.
 */
export function suggestionStepHooks(env: HookEnv, action: SuggestionAction): StepHooks<SuggestionStepRow> {
  const { tx, tenantId, countyId, clock, viewer, path } = env;
  const at = (field: string) => [...path, field];
  switch (action) {
    case 'merge':
      return {
        prepare: async (row, payload) => {
          const target = await tx.suggestion.findFirst({ where: { tenantId, id: String(payload['mergedIntoId']), state: { notIn: [...SUGGESTION_SET_ASIDE_STATES] } } });
          if (!target || target.id === row.id) throw invalidField(at('mergedIntoId'), { zh: '请选择另一件有效的建议', en: 'choose another live suggestion' });
          return { mergedIntoId: target.id, mergedIntoNumber: target.number };
        },
      };
    case 'assign': {
      let assignees: ResolvedAssignee[] = [];
      return {
        prepare: async (row, payload) => {
          const assignedOn = (payload['assignedOn'] as IsoDay | undefined) ?? clock.today;
          const refusal = recordedDayRefusal(assignedOn, clock.today, { day: dayOf(row.submittedOn), what: SUBMISSION });
          if (refusal) throw invalidField(env.assignedOnPath ?? at('assignedOn'), refusal, assignedOn);
          assignees = await resolveAssignees(tx, tenantId, countyId, payload['lead'] as Assignee, (payload['co'] as Assignee[] | undefined) ?? [], path);
          const dueOn = await replyDueOn(tx, countyId, tenantId, assignedOn, payload['complexity'] as SuggestionComplexity);
          return { lead: assignees[0]!.unitName, co: assignees.slice(1).map((a) => a.unitName), assignedOn, dueOn };
        },
        apply: async (row, record) => {
          await replaceAssignments(tx, tenantId, row.id, assignees, String(record['assignedOn']), String(record['dueOn']), clock.now);
        },
      };
    }
    case 'reassign': {
      let assignees: ResolvedAssignee[] = [];
      return {
        prepare: async (_row, payload) => {
          assignees = await resolveAssignees(tx, tenantId, countyId, payload['lead'] as Assignee, (payload['co'] as Assignee[] | undefined) ?? [], path);
          return { lead: assignees[0]!.unitName, co: assignees.slice(1).map((a) => a.unitName) };
        },
        // The new units take over from today, under the deadline already set.
        apply: async (row) => {
          await replaceAssignments(tx, tenantId, row.id, assignees, clock.today, dayOf(row.dueOn!), clock.now);
        },
      };
    }
    case 'extend':
      return {
        prepare: (row, payload) => {
          const refusal = extensionRefusal(dayOrNull(row.dueOn), String(payload['dueOn']), clock.today);
          if (refusal) throw invalidField(at('dueOn'), refusal, payload['dueOn']);
          return {};
        },
        apply: async (row, record) => {
          await moveAssignmentDeadline(tx, tenantId, row.id, String(record['dueOn']));
        },
      };
    case 'record_progress':
    case 'reply':
      return { prepare: (row) => ({ unitName: unitNameOf(row, viewer) }) };
    case 'evaluate':
      return {
        prepare: async (row, payload) => {
          // A deputy evaluates as themself; the office names the signer it records for.
          const deputyId = viewer.kind === 'deputy' ? viewer.deputyId : payload['deputyId'];
          const signer = row.signers.find((s) => s.deputyId === deputyId);
          if (!signer) throw invalidField(at('deputyId'), { zh: '该代表不是本建议的领衔或附议代表', en: 'not the lead deputy or a co-signer of this suggestion' }, payload['deputyId']);
          const earlier = await tx.suggestionEvaluation.findUnique({ where: { tenantId_suggestionId_deputyId_round: { tenantId, suggestionId: row.id, deputyId: signer.deputyId, round: row.rehandlingRound } } });
          if (earlier) throw invalidField(at('deputyId'), { zh: '该代表已评价过本次答复', en: 'this deputy has already evaluated this reply' }, payload['deputyId']);
          return { deputyId: signer.deputyId, deputyName: signer.deputyName, enteredByOffice: viewer.kind !== 'deputy', dueOn: await rehandlingDueOn(tx, countyId, tenantId, clock.today) };
        },
        apply: async (row, record) => {
          await tx.suggestionEvaluation.create({
            data: {
              tenantId,
              suggestionId: row.id,
              deputyId: String(record['deputyId']),
              round: row.rehandlingRound,
              rating: record['rating'] as Satisfaction,
              comment: (record['comment'] as string | undefined) ?? null,
              enteredByOffice: record['enteredByOffice'] === true,
              actorUserId: env.actorUserId ?? null,
              at: clock.now,
            },
          });
          if (record['rehandlingRound'] !== undefined) await moveAssignmentDeadline(tx, tenantId, row.id, String(record['dueOn']));
        },
      };
    default:
      return {};
  }
}
