import type { TownshipTexts } from './zh-CN';

export const townshipEn = {
  appTitle: 'Township Congress Workbench',
  menu: { home: 'Home', indicators: 'Our indicators', villages: 'Villages & grids', rules: 'Rules' },
  session: {
    noTenantTitle: 'No township account',
    noTenantBody: 'Your account does not belong to any township yet. Ask the platform administrator to add you, then sign in again.',
    forbiddenTitle: 'Not allowed',
    forbiddenBody: 'You do not have permission to view this page.',
    suspended: 'This township is suspended; its work cannot be done for now.',
    archived: 'This township is archived; its data is read-only.',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    tenant: 'Unit',
    kind: 'Kind',
    body: 'Congress body',
    villageTotal: 'Villages and communities',
    chartTitle: 'Villages and communities by kind',
    chartSeries: 'Count',
  },
} satisfies TownshipTexts;
