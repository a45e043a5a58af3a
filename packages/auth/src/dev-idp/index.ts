export { startDevIdp } from './server';
export { DevUserStore } from './user-store';
export type { DevClient, DevIdp, DevIdpOptions, DevUser } from './types';
