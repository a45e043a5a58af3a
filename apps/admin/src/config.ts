import type { AuthConfig } from '@pcs/ui';

/** Where the API and the login server are; set with VITE_* variables at dev or build time. */
export const API_URL = import.meta.env.VITE_API_URL ?? 'http://localhost:4000/trpc';

/** The township app, where a new township's admins sign in (shown with their one-time password). */
export const TOWNSHIP_APP_URL = import.meta.env.VITE_TOWNSHIP_URL ?? 'http://localhost:5174';

export const AUTH_CONFIG: AuthConfig = {
  url: import.meta.env.VITE_AUTH_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_AUTH_REALM ?? 'pcs',
  clientId: import.meta.env.VITE_AUTH_CLIENT_ID ?? 'pcs-admin',
};
