export type { AppRouter } from './root';
export { appRouter } from './root';
export { createApiServer, type ApiServerOptions } from './server';
export type { ApiDeps } from './context';
export { rootLogger } from './logger';
export { startJobs, DEADLINE_QUEUE, type Jobs } from './jobs/scheduler';
export { runDeadlineSweep, type SweepResult } from './jobs/deadline-sweep';
export { DEFAULT_LIMITS, limitsFromEnv, type ApiLimitSettings } from './limits';
export { API_SECURITY_HEADERS } from './security-headers';
