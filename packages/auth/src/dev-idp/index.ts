export { startDevIdp } from './server';
export { DevUserStore } from './user-store';
export type { DevAdminClient, DevClient, DevIdp, DevIdpOptions, DevUser } from './types';
