import pino from 'pino';

/** One structured logger; each request gets a child with its request id, user and tenant. */
export const rootLogger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'pcs-api' },
  redact: ['req.headers.authorization'],
});

export type Logger = pino.Logger;
