import { z } from 'zod';
import { jsonObjectSchema } from '../common/json-input';
import type { BilingualMessage } from '../common/messages';

/** What a notification is about; the title is built from the kind and the item. */
export const NOTIFICATION_KINDS = ['assigned', 'extended', 'replied', 'evaluated', 'rehandling', 'urged', 'due_soon', 'overdue', 'reported', 'verified', 'rejected', 'cosign_requested', 'activity_invited'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, BilingualMessage> = {
  assigned: { zh: '新交办', en: 'Assigned' },
  extended: { zh: '办理期限已延长', en: 'Deadline extended' },
  replied: { zh: '已答复', en: 'Replied' },
  evaluated: { zh: '代表已评价', en: 'Evaluated' },
  rehandling: { zh: '退回重新办理', en: 'Back for re-handling' },
  urged: { zh: '督办催办', en: 'Urged' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  reported: { zh: '已报告整改', en: 'Rectification reported' },
  verified: { zh: '整改已核验', en: 'Rectification verified' },
  rejected: { zh: '整改未通过核验', en: 'Rectification rejected' },
  cosign_requested: { zh: '邀请附议', en: 'Asked to co-sign' },
  activity_invited: { zh: '活动邀请', en: 'Invited to an activity' },
};
/**
 * Notification bodies, in both languages: the row keeps both, and the list shows the reader's.
 * A step's body says what happened and, while it runs, the deadline.
 */
export const NOTIFICATION_BODIES = {
  step: (action: BilingualMessage, dueOn: string | null): BilingualMessage =>
    dueOn ? { zh: `${action.zh}，期限 ${dueOn}`, en: `${action.en}, due ${dueOn}` } : { zh: action.zh, en: action.en },
  dueSoon: (dueOn: string): BilingualMessage => ({ zh: `期限 ${dueOn}`, en: `Due ${dueOn}` }),
  rectificationAssigned: (dueOn: string): BilingualMessage => ({ zh: `整改期限 ${dueOn}`, en: `Rectify by ${dueOn}` }),
};

export const NOTIFICATION_ENTITIES = ['Suggestion', 'Rectification', 'SuggestionDraft', 'DutyActivity'] as const;
export type NotificationEntity = (typeof NOTIFICATION_ENTITIES)[number];

export const notificationListSchema = z.object({
  unreadOnly: z.boolean().default(false),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export const notificationMarkReadSchema = z.object({ ids: z.array(z.uuid()).max(200).optional(), all: z.boolean().optional() });

/** Days before a deadline when the unit is reminded (the issue: 7). */
export const DUE_SOON_DAYS = 7;

/** Saved list filters, per user and list: of a township's lists, or of the county's cross-township lists. */
export const SAVED_FILTER_LISTS = ['suggestions', 'rectifications', 'grid_events'] as const;
export const SAVED_FILTER_SCOPES = ['township', 'county'] as const;
const savedFilterScope = z.enum(SAVED_FILTER_SCOPES).default('township');
export const savedFilterCreateSchema = z.object({ scope: savedFilterScope, list: z.enum(SAVED_FILTER_LISTS), name: z.string().trim().min(1).max(30), filter: jsonObjectSchema(4000) });
export const savedFilterListSchema = z.object({ scope: savedFilterScope, list: z.enum(SAVED_FILTER_LISTS) });
export const savedFilterRemoveSchema = z.object({ scope: savedFilterScope, id: z.uuid() });
