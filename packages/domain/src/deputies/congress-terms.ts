import type { Labels } from './common';

/**
 * The congress's meetings, roles and books with their labels, in a module without schemas: the
 * township app's shell names them (congressWording) and must not carry zod into the first download.
 * The schemas that use them stay in meetings.ts, deputy.ts and books.ts.
 */
/**
 * Congress sessions (人代会) and presidium meetings (主席团会议) of a town or township, seeds 000,
 * 002, 004; working-committee meetings (工委会议) and joint meetings of the area's deputies
 * (代表联组会议) of a sub-district, which has no congress (000「街道人大工委可以组织辖区内的各级人大代表开展联组活动」).
 * Which kinds a tenant records: congressWording(kind).meetingKinds.
 */
export const CONGRESS_MEETING_KINDS = ['session', 'presidium', 'working_committee', 'joint_deputies'] as const;
export type CongressMeetingKind = (typeof CONGRESS_MEETING_KINDS)[number];
export const CONGRESS_MEETING_KIND_LABELS: Labels<CongressMeetingKind> = {
  session: { zh: '人民代表大会', en: 'Congress session' },
  presidium: { zh: '主席团会议', en: 'Presidium meeting' },
  working_committee: { zh: '工委会议', en: 'Working-committee meeting' },
  joint_deputies: { zh: '代表联组会议', en: 'Joint meeting of deputies' },
};

export const PRESIDIUM_ROLES = ['chair', 'vice_chair', 'member'] as const;
export type PresidiumRole = (typeof PRESIDIUM_ROLES)[number];
export const PRESIDIUM_ROLE_LABELS: Labels<PresidiumRole> = {
  chair: { zh: '主席', en: 'Chair' },
  vice_chair: { zh: '副主席', en: 'Vice-chair' },
  member: { zh: '主席团成员', en: 'Presidium member' },
};

/**
 * 六簿一册 (seed 002, 鼎山镇): 「主席团会议簿,代表先进事迹记录簿,来信来访登记簿,各级文件登记簿,
 * 代表议事和批评、建议、意见记录簿,代表小组活动记录簿,代表分组情况及代表花名册」. Each book is
 * produced for a year from the product's own records. A sub-district keeps the same books, its
 * first one being the working committee's meeting book: congressWording(kind).bookLabels.
 */
export const CONGRESS_BOOKS = ['presidium_meetings', 'exemplary_deeds', 'letters_visits', 'documents', 'motions_suggestions', 'group_activities', 'roster'] as const;
export type CongressBook = (typeof CONGRESS_BOOKS)[number];
export const CONGRESS_BOOK_LABELS: Labels<CongressBook> = {
  presidium_meetings: { zh: '主席团会议簿', en: 'Presidium meeting book' },
  exemplary_deeds: { zh: '代表先进事迹记录簿', en: "Record of deputies' exemplary deeds" },
  letters_visits: { zh: '来信来访登记簿', en: 'Letters-and-visits register' },
  documents: { zh: '各级文件登记簿', en: 'Documents register' },
  motions_suggestions: { zh: '代表议事和批评、建议、意见记录簿', en: "Register of deputies' motions, criticisms and suggestions" },
  group_activities: { zh: '代表小组活动记录簿', en: 'Deputy-group activity book' },
  roster: { zh: '代表分组情况及代表花名册', en: 'Deputy roster by group' },
};
