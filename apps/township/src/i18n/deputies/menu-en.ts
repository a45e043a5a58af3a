import type { deputiesMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const deputiesMenuEn = {
  roster: 'Deputies',
  organisation: 'Groups and stations',
  meetings: 'Sessions and presidium',
  activities: 'Duty activities',
  profiles: 'Duty profiles',
  contacts: 'Contacts and receptions',
  books: 'Six books and a roster',
  records: 'Documents and deeds',
} satisfies typeof deputiesMenuZhCN;
