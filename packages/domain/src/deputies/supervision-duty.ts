import type { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import type { ActivityState, ParticipantRole, SupervisionKind } from '../supervision/supervision';
import type { DutyActivityType } from './activities';
import { ruleIssue } from './common';

/**
 * A deputy taking part in the congress's supervision work performs a duty of the same kind
 * (seed 000 counts 视察、调研、执法检查 and 工作评议 among deputies' duties), so every form of
 * supervision is a deputy activity and counts in the duty profile as that duty: hearing a
 * work report is special supervision.
 */
export const DUTY_TYPE_OF_SUPERVISION: Record<SupervisionKind, DutyActivityType> = {
  inspection: 'inspection',
  law_enforcement_check: 'law_enforcement_check',
  survey: 'survey',
  work_report_hearing: 'special_supervision',
  department_appraisal: 'appraisal',
};

/**
 * One event, one record: a supervision activity with deputies *is* their duty activity
 * (履职活动). It owns one duty activity in the ledger that names its deputies; points and the
 * liaison office's counts read that one, never the supervision participants again.
 */
export interface SupervisionForDuty {
  kind: SupervisionKind;
  title: string;
  startDate: string;
  endDate?: string | null;
  location?: string | null;
  participants: ReadonlyArray<{ name: string; role: ParticipantRole; deputyId?: string | null }>;
}

/** The ledger's field limits (dutyActivityCreateSchema): a linked entry keeps within them. */
const TITLE_MAX = 100;
const PLACE_MAX = 100;
const STAFF_MAX = 200;

export interface LinkedDutyActivity {
  type: DutyActivityType;
  title: string;
  date: string;
  endDate: string | null;
  place: string | null;
  /** Everyone else who took part (office staff, department staff), by name. */
  staffParticipants: string | null;
  participantIds: string[];
}

/** The duty activity a supervision activity records its deputies in; none without deputies. */
export function dutyActivityOfSupervision(activity: SupervisionForDuty): LinkedDutyActivity | null {
  const participantIds = [...new Set(activity.participants.flatMap((p) => (p.deputyId ? [p.deputyId] : [])))];
  if (participantIds.length === 0) return null;
  const others = activity.participants.filter((p) => !p.deputyId).map((p) => p.name.trim()).filter(Boolean).join('、');
  return {
    type: DUTY_TYPE_OF_SUPERVISION[activity.kind],
    title: activity.title.slice(0, TITLE_MAX),
    date: activity.startDate,
    endDate: activity.endDate ?? null,
    place: activity.location ? activity.location.slice(0, PLACE_MAX) : null,
    staffParticipants: others ? others.slice(0, STAFF_MAX) : null,
    participantIds,
  };
}

/**
 * The states of a supervision activity in which its duty activity counts for points and on
 * the home page: carried out (its report filed). A planned inspection is in the ledger, with
 * its link, but earns nothing yet; the ledger's own entries count as recorded.
 */
export const COUNTED_SUPERVISION_STATES: readonly ActivityState[] = ['completed'];

export function dutyActivityCounts(linkedSupervisionState: ActivityState | null): boolean {
  return linkedSupervisionState === null || COUNTED_SUPERVISION_STATES.includes(linkedSupervisionState);
}

/**
 * Whether an existing ledger entry may become a supervision activity's duty activity: it is
 * the same event only if it took place during the supervision activity's days.
 */
export function checkDutyActivityLink(supervision: { startDate: string; endDate?: string | null }, duty: { date: string }): z.core.$ZodIssue[] {
  const last = supervision.endDate ?? supervision.startDate;
  return duty.date >= supervision.startDate && duty.date <= last
    ? []
    : [ruleIssue(['dutyActivityId'], duty.date, '代表履职活动的日期不在监督活动期间，不是同一活动', 'the duty activity is not on the supervision activity’s days, so it is not the same event')];
}

/** The deputies a linked pair records: everyone either side named, each once. */
export function mergedDeputies(supervisionDeputyIds: readonly string[], dutyDeputyIds: readonly string[]): { all: string[]; addToDuty: string[]; addToSupervision: string[] } {
  const duty = new Set(dutyDeputyIds);
  const supervision = new Set(supervisionDeputyIds);
  return {
    all: [...new Set([...supervisionDeputyIds, ...dutyDeputyIds])],
    addToDuty: [...supervision].filter((id) => !duty.has(id)),
    addToSupervision: [...duty].filter((id) => !supervision.has(id)),
  };
}

/** Why a linked duty activity is not edited or deleted in the ledger. */
export const LINKED_DUTY_ACTIVITY_LOCKED: BilingualMessage = {
  zh: '此活动属于一项监督活动，请在监督工作中查看和维护',
  en: 'This activity belongs to a supervision activity; view and maintain it under supervision work',
};
