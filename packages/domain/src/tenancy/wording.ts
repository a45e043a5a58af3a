import type { BilingualMessage } from '../common/messages';
import { CONGRESS_BOOK_LABELS, CONGRESS_MEETING_KIND_LABELS, PRESIDIUM_ROLE_LABELS, type CongressBook, type CongressMeetingKind, type PresidiumRole } from '../deputies/congress-terms';
import { hasOwnCongress, type TenantKind } from './tenant';

/**
 * How the township app names a tenant's congress work. A town or township has a people's
 * congress: sessions (人代会), a presidium (主席团) and presidium meetings. A sub-district has
 * none of these: a working committee (人大工委) sent by the county standing committee does the
 * work, meets as 工委会议 and gathers the area's deputies in joint meetings (seeds 000, 002 P9).
 * Screens and the API read this one table, so no screen decides the wording for itself.
 */
export interface CongressWording {
  /** Whether the tenant holds congress sessions (人代会) at all. */
  hasSessions: boolean;
  /** The meeting kinds the tenant records, in the order offered. */
  meetingKinds: readonly CongressMeetingKind[];
  /** The kind of the body's own meetings (presidium meeting, working-committee meeting). */
  bodyMeetingKind: Extract<CongressMeetingKind, 'presidium' | 'working_committee'>;
  /** The body, short (人大主席团 / 人大工委). */
  body: BilingualMessage;
  /** The body with the level (乡镇人大主席团 / 街道人大工委). */
  bodyFull: BilingualMessage;
  /** One of the body's meetings (主席团会议 / 工委会议). */
  bodyMeeting: BilingualMessage;
  /** A member of the body (主席团成员 / 工委委员). */
  bodyMember: BilingualMessage;
  /** The title of the meetings page and its menu entry. */
  meetingsTitle: BilingualMessage;
  /** What the books and their files are headed with after the tenant's name (城南街道人大工委). */
  owner: BilingualMessage;
  meetingKindLabels: Record<CongressMeetingKind, BilingualMessage>;
  bookLabels: Record<CongressBook, BilingualMessage>;
  /** The roles deputies hold in the body (the roster's "presidium role" column), and that column's name. */
  roleLabels: Record<PresidiumRole, BilingualMessage>;
  roleColumn: BilingualMessage;
}

const CONGRESS: CongressWording = {
  hasSessions: true,
  meetingKinds: ['session', 'presidium'],
  bodyMeetingKind: 'presidium',
  body: { zh: '人大主席团', en: 'congress presidium' },
  bodyFull: { zh: '乡镇人大主席团', en: 'Township congress presidium' },
  bodyMeeting: CONGRESS_MEETING_KIND_LABELS.presidium,
  bodyMember: { zh: '主席团成员', en: 'Presidium member' },
  meetingsTitle: { zh: '人代会与主席团会议', en: 'Congress sessions and presidium meetings' },
  owner: { zh: '人大', en: 'congress' },
  meetingKindLabels: CONGRESS_MEETING_KIND_LABELS,
  bookLabels: CONGRESS_BOOK_LABELS,
  roleLabels: PRESIDIUM_ROLE_LABELS,
  roleColumn: { zh: '主席团职务', en: 'Presidium role' },
};

const WORKING_COMMITTEE: CongressWording = {
  hasSessions: false,
  meetingKinds: ['working_committee', 'joint_deputies'],
  bodyMeetingKind: 'working_committee',
  body: { zh: '人大工委', en: 'congress working committee' },
  bodyFull: { zh: '街道人大工委', en: 'Sub-district congress working committee' },
  bodyMeeting: CONGRESS_MEETING_KIND_LABELS.working_committee,
  bodyMember: { zh: '工委委员', en: 'Working-committee member' },
  meetingsTitle: { zh: '工委会议与联组会议', en: 'Working-committee and joint meetings' },
  owner: { zh: '人大工委', en: 'congress working committee' },
  meetingKindLabels: CONGRESS_MEETING_KIND_LABELS,
  bookLabels: { ...CONGRESS_BOOK_LABELS, presidium_meetings: { zh: '工委会议簿', en: 'Working-committee meeting book' } },
  roleLabels: {
    chair: { zh: '工委主任', en: 'Director' },
    vice_chair: { zh: '工委副主任', en: 'Deputy director' },
    member: { zh: '工委委员', en: 'Working-committee member' },
  },
  roleColumn: { zh: '工委职务', en: 'Working-committee role' },
};

export function congressWording(kind: TenantKind): CongressWording {
  return hasOwnCongress(kind) ? CONGRESS : WORKING_COMMITTEE;
}

/** Whether a tenant of this kind records meetings of this kind (a sub-district never records sessions). */
export function offersMeetingKind(kind: TenantKind, meetingKind: CongressMeetingKind): boolean {
  return congressWording(kind).meetingKinds.includes(meetingKind);
}
