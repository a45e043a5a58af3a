import type { deputyHomeZhCN } from './zh-CN';

export const deputyHomeEn = {
  home: {
    title: 'Deputy {{name}}',
    group: 'Deputy group',
    station: 'Liaison station',
    termEnded: 'Your term as deputy ended on {{date}}: you can read your own records but no longer submit or evaluate.',
    tabs: { suggestions: 'My suggestions', activities: 'My activities', contacts: 'Contacts and receptions', reviews: 'Duty report' },
    sections: 'Sections',
    newSuggestion: 'Raise a suggestion',
    notifications: 'Notifications',
  },
  suggestions: {
    empty: 'No suggestions yet',
    lead: 'Lead',
    coSigned: 'Co-signed',
    due: 'Reply due {{date}}',
    toEvaluate: 'Awaiting your evaluation',
  },
  records: {
    activities: 'Activities taken part in (attendance recorded by the office)',
    contacts: 'Citizens in fixed contact',
    receptions: 'Reception days',
    upcoming: 'Coming',
    reviews: 'Duty reviews',
    votes: 'Satisfied {{s}} · basically {{b}} · unsatisfied {{u}}',
    none: 'Nothing recorded',
  },
  drafts: {
    section: 'Drafts and co-signing',
    state: { draft: 'Draft', cosigning: 'Awaiting co-signers', submitted: 'Submitted' },
    response: { pending: 'Not answered', confirmed: 'Co-signs', declined: 'Declined' },
    author: 'Lead deputy',
    waitingMe: 'Awaiting your answer',
  },
} satisfies typeof deputyHomeZhCN;
