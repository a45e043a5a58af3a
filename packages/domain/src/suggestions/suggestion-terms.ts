// Suggestion kinds, sources, topics, states, reply classes and satisfaction with their labels, without the schemas (./suggestion.ts): the phone pages of grid workers and deputies name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';

// The states and the satisfaction, what a suggestion's card shows, are a module of their own: the deputy's phone home needs only them.
export * from './suggestion-states';

/** 代表建议、批评和意见 and 议案 (DOMAIN-DETAIL §1.5, §2.5). */
export const SUGGESTION_KINDS = ['suggestion', 'criticism', 'opinion', 'motion'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, BilingualMessage> = {
  suggestion: { zh: '建议', en: 'Suggestion' },
  criticism: { zh: '批评', en: 'Criticism' },
  opinion: { zh: '意见', en: 'Opinion' },
  motion: { zh: '议案', en: 'Motion' },
};

export const SUGGESTION_SOURCES = ['session', 'between_sessions'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];
export const SUGGESTION_SOURCE_LABELS: Record<SuggestionSource, BilingualMessage> = {
  session: { zh: '大会期间', en: 'At a session' },
  between_sessions: { zh: '闭会期间', en: 'Between sessions' },
};

/** Topic categories (DOMAIN-DETAIL §6.3); a township offers the subset in `suggestion.topic_categories`. */
export const SUGGESTION_TOPICS = [
  'roads_transport',
  'environment',
  'agriculture',
  'education',
  'health',
  'social_security',
  'town_planning',
  'water_power',
  'economy_tourism',
  'governance',
  'other',
] as const;
export type SuggestionTopic = (typeof SUGGESTION_TOPICS)[number];
export const SUGGESTION_TOPIC_LABELS: Record<SuggestionTopic, BilingualMessage> = {
  roads_transport: { zh: '道路交通', en: 'Roads and transport' },
  environment: { zh: '生态环境', en: 'Environment' },
  agriculture: { zh: '农业农村', en: 'Agriculture' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  social_security: { zh: '社会保障', en: 'Social security' },
  town_planning: { zh: '城镇规划建设', en: 'Town planning' },
  water_power: { zh: '水电设施', en: 'Water and power' },
  economy_tourism: { zh: '经济与旅游', en: 'Economy and tourism' },
  governance: { zh: '基层治理', en: 'Local governance' },
  other: { zh: '其他', en: 'Other' },
};

export const SUGGESTION_COMPLEXITIES = ['standard', 'complex'] as const;
export type SuggestionComplexity = (typeof SUGGESTION_COMPLEXITIES)[number];
export const SUGGESTION_COMPLEXITY_LABELS: Record<SuggestionComplexity, BilingualMessage> = {
  standard: { zh: '一般建议（三个月内答复）', en: 'Standard (reply within 3 months)' },
  complex: { zh: '涉及面广、办理难度大（六个月内答复）', en: 'Broad or difficult (reply within 6 months)' },
};

/** The reply's classification: A solved or being solved, B planned, C cannot be solved for now. */
export const REPLY_CLASSES = ['A', 'B', 'C'] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];
export const REPLY_CLASS_LABELS: Record<ReplyClass, BilingualMessage> = {
  A: { zh: 'A类：已解决或正在解决', en: 'A: solved or being solved' },
  B: { zh: 'B类：列入计划逐步解决', en: 'B: planned to solve' },
  C: { zh: 'C类：因条件限制暂时不能解决', en: 'C: cannot be solved for now' },
};

export const REPLY_FORMS = ['written', 'face_to_face', 'both'] as const;
export type ReplyForm = (typeof REPLY_FORMS)[number];
export const REPLY_FORM_LABELS: Record<ReplyForm, BilingualMessage> = {
  written: { zh: '书面答复', en: 'Written' },
  face_to_face: { zh: '当面答复', en: 'Face to face' },
  both: { zh: '书面并当面答复', en: 'Written and face to face' },
};

/** The actual state of the matter, kept apart from the reply ("重答复，轻办理"). */
export const RESOLUTIONS = ['in_progress', 'planned', 'solved', 'explained'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const RESOLUTION_LABELS: Record<Resolution, BilingualMessage> = {
  in_progress: { zh: '正在解决', en: 'Being solved' },
  planned: { zh: '列入计划', en: 'Planned' },
  solved: { zh: '已解决', en: 'Solved' },
  explained: { zh: '已说明暂不能解决', en: 'Explained, not solvable now' },
};
