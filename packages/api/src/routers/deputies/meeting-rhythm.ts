import { congressWording, dayOf, meetingRhythm, type CongressMeetingKind, type CongressMeetingStatus, type CongressSessionType, type RuleValueRecord, type TenantKind } from '@pcs/domain';
import { rhythmRules } from '../shared/rule-values';

/**
 * A tenant's meeting rhythm for a year, against the rules of its kind in force on each day: a
 * sub-district is never short of sessions and its working-committee meetings count instead of
 * presidium meetings. The one place the township dashboard, the meetings page and the county's
 * figures get it from.
 */
export function tenantMeetingRhythm(
  tenant: { id: string; kind: TenantKind },
  year: number,
  meetings: ReadonlyArray<{ id: string; kind: CongressMeetingKind; sessionType: CongressSessionType | null; status: CongressMeetingStatus; startDate: Date; endDate: Date; title: string }>,
  records: RuleValueRecord[],
  today: string,
) {
  const rows = meetings.map((m) => ({ id: m.id, kind: m.kind, sessionType: m.sessionType, status: m.status, title: m.title, startDate: dayOf(m.startDate), endDate: dayOf(m.endDate) }));
  return meetingRhythm(year, rows, rhythmRules(records, tenant, year), today, congressWording(tenant.kind).bodyMeetingKind);
}
