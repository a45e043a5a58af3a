export * from './client';
export * from './scope';
export * from './connection-urls';
export * from './generated/prisma/client';
export * from './audit-chains';
export { PREPARED } from './plan-cache';
