import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createDb } from '@pcs/db';
import { DEMO_PASSWORD, DEMO_USERS } from '@pcs/db/seed';
import { loadDemo } from '@pcs/api/demo';
import { dropDatabase, prepareDatabase, prepareJobsDatabase } from '@pcs/db/server';
import { devDatabaseName } from './lib/dev-database';
import { API_AUDIENCE, PROVISIONING_CLIENT, REALM, stackPorts } from './lib/ports';
import { onStop, startService, stopOnSignals, waitForUrl } from './lib/processes';

/**
 * The whole product on one machine: PostgreSQL (the given DATABASE_URL, else an embedded
 * server), migrations, demo data, the login server, the API and both apps.
 * The apps are built and served as users get them (compressed, cached by content hash:
 * scripts/serve-app.ts); `--dev` runs Vite's development servers instead (hot reload).
 * `--e2e` does the production build on separate ports, with a fresh database, for the Playwright suite.
 * SIGINT and SIGTERM stop the services in the reverse order of their start (scripts/lib/processes.ts).
 */
const e2e = process.argv.includes('--e2e');
const dev = !e2e && process.argv.includes('--dev');
const root = new URL('../', import.meta.url).pathname;
// Where the embedded database and the login server's users live (PCS_DATA_DIR: e.g. a test's own folder).
const dataDir = process.env.PCS_DATA_DIR ?? join(root, '.data');
const ports = stackPorts(e2e);
const url = (port: number) => `http://localhost:${port}`;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
stopOnSignals();

const postgres = await new Promise<{ adminUrl: string; embedded: boolean }>((resolve) => {
  const options = e2e
    ? { url: process.env.TEST_DATABASE_URL, fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres', dataDir: join(dataDir, 'pg-test'), port: ports.embeddedPostgres }
    : { url: process.env.DATABASE_URL, dataDir: join(dataDir, 'pg'), port: ports.embeddedPostgres };
  startService('database', tsx, [join(root, 'scripts', 'postgres.ts')], {
    cwd: root,
    env: { PCS_POSTGRES_OPTIONS: JSON.stringify(options) },
    onLine: (line) => line.startsWith('PCS_POSTGRES ') && resolve(JSON.parse(line.slice('PCS_POSTGRES '.length)) as { adminUrl: string; embedded: boolean }),
  });
});
console.log(postgres.embedded ? `Started embedded PostgreSQL on port ${ports.embeddedPostgres}` : 'Using the PostgreSQL server given');

const database = e2e ? `pcs_e2e_${process.env.PCS_E2E_SLOT ?? 0}` : devDatabaseName();
if (e2e) await dropDatabase(postgres.adminUrl, database);
const prepared = await prepareDatabase(postgres.adminUrl, database);
// The job queue's own database beside it (docs/jobs.md), which the API derives from its URL.
await prepareJobsDatabase(postgres.adminUrl, database);
console.log(`Migrations applied: ${prepared.applied.length ? prepared.applied.join(', ') : 'none pending'}`);
const ownerDb = createDb(prepared.ownerUrl, { max: 2 });
const seeded = await loadDemo(ownerDb);
await ownerDb.$disconnect();
console.log(seeded.created ? 'Demo data loaded' : 'Demo data already present');

// The key of ballot codes' hashes: kept beside the embedded database (never in it), so codes
// issued before a restart still work; a fresh one for every end-to-end run.
function ballotSecret(): string {
  if (e2e) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'ballot-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

const issuer = `${url(ports.auth)}/realms/${REALM}`;
const appOrigins = [url(ports.admin), url(ports.township)];

startService('login', tsx, [join(root, 'scripts', 'dev-idp.ts')], {
  cwd: root,
  env: {
    PORT: String(ports.auth),
    APP_ORIGINS: appOrigins.join(','),
    ACCESS_TOKEN_TTL: e2e ? '45' : '300',
    ...(e2e ? {} : { DEV_IDP_STORE: join(dataDir, 'dev-idp-users.json') }),
  },
});
startService('api', tsx, [join(root, 'apps', 'api', 'src', 'main.ts')], {
  cwd: root,
  env: {
    PORT: String(ports.api),
    DATABASE_APP_URL: prepared.appUrl,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: API_AUDIENCE,
    CORS_ORIGINS: appOrigins.join(','),
    IDP_ADMIN_CLIENT_ID: PROVISIONING_CLIENT.clientId,
    IDP_ADMIN_CLIENT_SECRET: PROVISIONING_CLIENT.secret,
    PCS_BALLOT_SECRET: ballotSecret(),
  },
});

const appEnv = {
  VITE_API_URL: `${url(ports.api)}/trpc`,
  VITE_AUTH_URL: url(ports.auth),
  VITE_AUTH_REALM: REALM,
  // The admin app tells a new township's first admin where to sign in.
  VITE_TOWNSHIP_URL: url(ports.township),
};
for (const [name, port] of [['admin', ports.admin], ['township', ports.township]] as const) {
  const cwd = join(root, 'apps', name);
  const vite = join(cwd, 'node_modules', '.bin', 'vite');
  const env = { ...appEnv, PORT: String(port) };
  if (dev) {
    startService(name, vite, ['--port', String(port), '--strictPort'], { cwd, env });
  } else {
    // Built, then served compressed and cached by content hash (scripts/serve-app.ts). Each e2e slot
    // bundles into its own folder: runs side by side must not serve each other's build.
    const outDir = e2e ? `dist/e2e-${process.env.PCS_E2E_SLOT ?? 0}` : 'dist/app';
    const serve = `"${tsx}" "${join(root, 'scripts', 'serve-app.ts')}" ${outDir} ${port}`;
    startService(name, 'sh', ['-c', `"${vite}" build --logLevel warn --emptyOutDir --outDir ${outDir} && exec ${serve}`], { cwd, env });
  }
}

await Promise.all([
  waitForUrl(`${issuer}/.well-known/openid-configuration`),
  waitForUrl(`${url(ports.api)}/healthz`),
  waitForUrl(url(ports.admin), 300_000),
  waitForUrl(url(ports.township), 300_000),
]);

if (e2e) {
  // Playwright waits for this port: it opens only once every service answers.
  const ready = createServer((_req, res) => res.end('ready')).listen(ports.ready);
  onStop(async () => void ready.close());
}

console.log(`
┌ 县人大监督平台 / County congress supervision platform is running
│ Apps:                          ${dev ? 'Vite development servers (hot reload)' : 'production build, compressed, cached by content hash (npm run dev: hot reload)'}
│ Admin app (county, platform):  ${url(ports.admin)}
│ Township app:                  ${url(ports.township)}
│ API:                           ${url(ports.api)}/trpc   (health ${url(ports.api)}/healthz)
│ Login server (Keycloak API):   ${issuer}
│ Demo logins, password "${DEMO_PASSWORD}" for all:
${DEMO_USERS.map((u) => `│   ${u.username.padEnd(16)} ${u.displayName}  ${u.memberships.map((m) => m.role + (m.tenantCode ? `@${m.tenantCode}` : '')).join(', ')}`).join('\n')}
└ Press Ctrl+C to stop.`);
