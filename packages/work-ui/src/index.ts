// The workflow screens both apps share (suggestions, rectification tasks), and the API hooks.
// The menu labels of the shared screens (their full texts come with the screens, ./i18n/<area>/index.ts).
import './i18n';

export { TRPCProvider, useTRPC, useTRPCClient } from './trpc';
export { ApiProvider } from './ApiProvider';
export { WORK_NS } from './i18n/work';
export { APPRAISAL_NS } from './i18n/appraisal';
export { EVALUATION_NS } from './i18n/evaluation';
export { WorkScopeContext, useWorkScope, type WorkScope } from './scope';
export * from './types';
export { DueText, FlagTags, StateTag } from './tags';
export { WorkflowTimeline } from './WorkflowTimeline';
export { AttachmentPanel, AttachmentThumbnail, OwnerAttachments } from './AttachmentPanel';
export { useFiles, type FilesApi } from './files';
export { AssigneeMultiSelect, AssigneeSelect } from './AssigneeSelect';
export { SavedFilters } from './SavedFilters';
export { SuggestionList } from './suggestions/SuggestionList';
export { SuggestionDetailDrawer } from './suggestions/SuggestionDetailDrawer';
export { BatchAssignModal } from './suggestions/BatchAssignModal';
export { RectificationList } from './rectifications/RectificationList';
export { NotificationBell } from './notifications/NotificationBell';
export { NotificationList } from './notifications/NotificationList';
export { WorkTabs } from './WorkTabs';
export { useServerList, type PageSource, type ServerListOptions, type ServerPage } from './useServerList';
export * from './indicators';
export * from './appraisal';
export * from './ballots';
export { useUserAdmin } from './useUserAdmin';
export { GridEventList } from './grid-events/GridEventList';
export { GridEventDetailDrawer } from './grid-events/GridEventDetailDrawer';
export { flushReports, keepReport, pendingReports, type PendingReport } from './grid-events/offlineReports';
