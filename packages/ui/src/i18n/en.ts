import type { CommonTexts } from './zh-CN';

/** Shared English texts (namespace `common`); typed against zh-CN so no key goes missing. */
export const en: CommonTexts = {
  app: {
    loading: 'Loading…',
    retry: 'Retry',
  },
  auth: {
    signingIn: 'Signing in…',
    unreachableTitle: 'Cannot reach the login server',
    unreachableBody: 'The login server {{url}} is not answering. Check the network or contact your administrator, then retry.',
    failedTitle: 'Sign-in failed',
    failedBody: 'Something went wrong while signing in. Please retry; if it keeps failing, contact your administrator.',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  shell: {
    mainMenu: 'Main menu',
    user: 'Signed in as',
    tenant: 'Current unit',
    switchTenant: 'Switch township',
    logout: 'Sign out',
  },
  table: {
    search: 'Search',
    searchPlaceholder: 'Type to search',
    export: 'Export Excel',
    exportDone: 'Exported {{count}} rows',
    exportFailed: 'Export failed',
    empty: 'No data',
    total: '{{total}} in total',
    sortAscending: 'ascending',
    sortDescending: 'descending',
    notSorted: 'not sorted',
    sortBy: 'Sort by “{{column}}”',
    filters: 'Filters',
  },
  errors: {
    title: 'Something went wrong',
    network: 'Cannot reach the server; check the network and try again',
    unknown: 'An unexpected error occurred; please try again later',
    fieldsTitle: 'Please check the following:',
  },
  chart: {
    empty: 'No data',
  },
  rules: {
    columns: {
      name: 'Rule',
      area: 'Area',
      value: 'Value',
      source: 'Source',
      effectiveFrom: 'Effective from',
      quote: 'Basis',
      actions: 'Actions',
    },
    source: {
      catalogue: 'Catalogue default',
      county: 'County default',
      township: 'Township override',
    },
    area: {
      congress: 'Congress',
      presidium: 'Presidium',
      suggestion: 'Suggestions',
      deputy: 'Deputies',
      supervision: 'Supervision',
      appraisal: 'Appraisal',
      grid: 'Grid',
    },
    frequency: {
      weekly: 'Weekly',
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      half_year: 'Every half year',
      yearly: 'Yearly',
    },
    always: 'Always',
  },
};
