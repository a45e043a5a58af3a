import type { CommonTexts } from './zh-CN';

/** Shared English texts (namespace `common`); typed against zh-CN so no key goes missing. */
export const commonEn = {
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
  phone: {
    more: 'More',
    close: 'Close',
  },
  page: {
    back: 'Back',
  },
  form: {
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
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
} satisfies CommonTexts;
