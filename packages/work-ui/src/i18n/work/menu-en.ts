import type { workMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const workMenuEn = { gridEvents: 'Grid events', gridWorker: 'Grid worker', departmentWork: 'Assigned to my department', countySupervision: 'County supervision', suggestions: 'Deputy suggestions', assigned: 'Assigned to my unit', supervision: 'Supervision', rectifications: 'Rectifications', petitions: 'Petitions', notifications: 'Notifications', gridTasks: 'My tasks', bell: 'Notifications ({{count}} unread)' } satisfies typeof workMenuZhCN;
