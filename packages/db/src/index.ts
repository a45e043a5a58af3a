export * from './client';
export * from './scope';
export * from './connection-urls';
export * from './generated/prisma/client';
