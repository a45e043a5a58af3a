import { createApiServer, rootLogger } from '@pcs/api';
import { createTokenVerifier, KeycloakIdentityProvider } from '@pcs/auth';
import { createDb } from '@pcs/db';
import { loadConfig } from './config';

const config = loadConfig();
const db = createDb(config.databaseUrl);
const verifyToken = createTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUri: config.jwksUri });
const identityProvider = new KeycloakIdentityProvider(config.identityAdmin);
const server = createApiServer({ deps: { db, verifyToken, logger: rootLogger, identityProvider }, allowedOrigins: config.allowedOrigins });

server.listen(config.port, () => rootLogger.info({ port: config.port, issuer: config.issuer }, 'API listening'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void db.$disconnect().finally(() => process.exit(0));
  });
}
