import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startDevIdp, type DevUser } from '@pcs/auth';
import { demoIdentities } from '@pcs/db/seed';
import { ROLES } from '@pcs/domain';
import { API_AUDIENCE, PROVISIONING_CLIENT, REALM } from './lib/ports';

/**
 * The development login server: Keycloak's endpoints and token shape, with the demo users.
 * Production points the same apps at a real Keycloak (infra/keycloak).
 */
const port = Number(process.env.PORT ?? 8180);
const origins = (process.env.APP_ORIGINS ?? '').split(',').filter(Boolean);
const [adminOrigin, townshipOrigin] = origins;

// Users provisioned through the admin app survive a restart of the development stack
// (a development convenience: Keycloak keeps its own database in production).
const storeFile = process.env.DEV_IDP_STORE;
const saved: DevUser[] = storeFile && existsSync(storeFile) ? (JSON.parse(readFileSync(storeFile, 'utf8')) as DevUser[]) : [];
const demo = demoIdentities().filter((user) => !saved.some((s) => s.username === user.username));

const idp = await startDevIdp({
  port,
  realm: REALM,
  apiAudience: API_AUDIENCE,
  users: [...demo, ...saved],
  realmRoles: [...ROLES],
  adminClients: [PROVISIONING_CLIENT],
  // Short-lived tokens in the e2e stack let the tests see keycloak-js refresh them silently.
  accessTokenTtlSeconds: Number(process.env.ACCESS_TOKEN_TTL ?? 300),
  clients: [
    { clientId: 'pcs-admin', redirectUris: [`${adminOrigin}/*`], webOrigins: [adminOrigin!] },
    { clientId: 'pcs-township', redirectUris: [`${townshipOrigin}/*`], webOrigins: [townshipOrigin!] },
  ],
});
console.log(`login server ready at ${idp.issuer}`);

if (storeFile) {
  mkdirSync(dirname(storeFile), { recursive: true });
  let last = '';
  setInterval(() => {
    const now = JSON.stringify(idp.users.list(), null, 1);
    if (now !== last) writeFileSync(storeFile, (last = now));
  }, 1000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void idp.close().then(() => process.exit(0)));
