export { MeetingsRoutes as MeetingsSection } from './MeetingDetailPage';
