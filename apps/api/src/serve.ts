import { attachmentStoreFromEnv, createApiServer, rootLogger, startJobs, type Jobs, type ProcessShare } from '@pcs/api';
import { createTokenVerifier, KeycloakIdentityProvider } from '@pcs/auth';
import { createDb, jobsDatabaseUrl, type Db } from '@pcs/db';
import type { ApiConfig } from './config';

const CLOSE_GRACE_MS = 5_000;

/** The API's HTTP server on its own database pool `db`; resolves once it listens. `close` stops taking calls (the pool stays for the jobs' last work). */
export async function serveApi(config: ApiConfig, share: ProcessShare): Promise<{ db: Db; close(): Promise<void> }> {
  const db = createDb(config.databaseUrl);
  const verifyToken = createTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUri: config.jwksUri });
  const identityProvider = new KeycloakIdentityProvider(config.identityAdmin);
  const server = createApiServer({
    deps: { db, verifyToken, logger: rootLogger, identityProvider, attachmentStore: attachmentStoreFromEnv(), ballotSecret: config.ballotSecret },
    allowedOrigins: config.allowedOrigins,
    share,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  rootLogger.info({ host: config.host, port: config.port, issuer: config.issuer, pid: process.pid }, 'API listening');
  return {
    db,
    async close() {
      // Calls under way finish; a kept-alive connection that stays busy is cut after a grace period.
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(grace);
    },
  };
}

/**
 * The scheduled jobs (pg-boss, in PostgreSQL: several processes share one schedule), unless
 * PCS_JOBS=off leaves them to another process, working on `db` (the caller's pool; the caller ends it after `stop`).
 * The queue lives in its own database (docs/jobs.md): PCS_JOBS_DATABASE_URL, else
 * <app database>_jobs on the same server. `stop` ends them.
 */
export function runJobs(config: ApiConfig, db: Db): { stop(): Promise<void> } {
  if (process.env.PCS_JOBS === 'off') return { stop: async () => {} };
  const started: Promise<Jobs | null> = startJobs({ connectionString: process.env.PCS_JOBS_DATABASE_URL ?? jobsDatabaseUrl(config.databaseUrl), db, logger: rootLogger }).catch((err: unknown) => {
    rootLogger.error({ err }, 'job queue not started');
    return null;
  });
  return {
    async stop() {
      await (await started)?.stop();
    },
  };
}
