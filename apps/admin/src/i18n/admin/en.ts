import type { AdminTexts } from './zh-CN';

export const adminEn = {
  appTitle: 'County Congress Supervision Platform',
  menu: { home: 'Home', townships: 'Townships', rules: 'Rule catalogue' },
  session: {
    noCountyTitle: 'Not a county account',
    noCountyBody: 'This platform is for the county standing committee and your account has no county role. Township staff use the township workbench.',
    forbiddenTitle: 'Not allowed',
    forbiddenBody: 'You do not have permission to view this page.',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    townships: 'Townships',
    villages: 'Villages',
    grids: 'Grids',
    users: 'Users',
    chartTitle: 'Villages and grids per township',
    villageSeries: 'Villages',
    gridSeries: 'Grids',
  },
  townships: {
    title: 'Townships',
    caption: 'Townships and sub-districts',
    exportFile: 'townships',
    searchPlaceholder: 'Search by name or code',
    statusFilter: 'Status',
    columns: {
      code: 'Code',
      name: 'Name',
      kind: 'Kind',
      status: 'Status',
      villageCount: 'Villages',
      gridCount: 'Grids',
      userCount: 'Users',
    },
    suspendedNotice: 'Suspended townships ({{count}}), whose users cannot sign in or work: {{names}}',
    status: { active: 'Active', suspended: 'Suspended', archived: 'Archived' },
  },
  rules: {
    title: 'Rule catalogue',
    caption: 'County rule defaults',
    exportFile: 'rule-catalogue',
    hint: 'A township without its own value uses the county default, else the catalogue default. Each rule cites the text it comes from.',
  },
} satisfies AdminTexts;
