import { attachmentStoreFromEnv, createApiServer, rootLogger, startJobs, type Jobs } from '@pcs/api';
import { createTokenVerifier, KeycloakIdentityProvider } from '@pcs/auth';
import { createDb, jobsDatabaseUrl } from '@pcs/db';
import { loadConfig } from './config';

const config = loadConfig();
const db = createDb(config.databaseUrl);
const verifyToken = createTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUri: config.jwksUri });
const identityProvider = new KeycloakIdentityProvider(config.identityAdmin);
const server = createApiServer({ deps: { db, verifyToken, logger: rootLogger, identityProvider, attachmentStore: attachmentStoreFromEnv(), ballotSecret: config.ballotSecret }, allowedOrigins: config.allowedOrigins });

server.listen(config.port, config.host, () => rootLogger.info({ host: config.host, port: config.port, issuer: config.issuer }, 'API listening'));

// Scheduled deadline checks (pg-boss, in PostgreSQL); PCS_JOBS=off leaves them to another process.
let jobs: Jobs | null = null;
if (process.env.PCS_JOBS !== 'off') {
  // The queue lives in its own database (docs/jobs.md): PCS_JOBS_DATABASE_URL, else <app database>_jobs on the same server.
  startJobs({ connectionString: process.env.PCS_JOBS_DATABASE_URL ?? jobsDatabaseUrl(config.databaseUrl), db, logger: rootLogger }).then(
    (started) => (jobs = started),
    (err: unknown) => rootLogger.error({ err }, 'job queue not started'),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void (jobs?.stop() ?? Promise.resolve()).then(() => db.$disconnect()).finally(() => process.exit(0));
  });
}
