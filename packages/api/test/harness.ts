import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { startDevIdp, createTokenVerifier, KeycloakIdentityProvider, type DevIdp } from '@pcs/auth';
import { DEFAULT_TIME_ZONE, ROLES, addDays, localDay } from '@pcs/domain';
import { createDb, type Db } from '@pcs/db';
import { demoIdentities } from '@pcs/db/seed';
import { dropDatabase, prepareDatabase, prepareJobsDatabase } from '@pcs/db/server';
import { inject } from 'vitest';
import pino from 'pino';
import { createApiServer, type ApiDeps, type ApiLimitSettings, type AppRouter } from '../src';
import { loadDemo } from '../src/demo';

/**
 * A real stack for integration tests: a fresh PostgreSQL database with migrations and
 * demo data, the development login server, and the API over HTTP. Nothing is mocked.
 */
/** The ballot codes' key in tests (production reads PCS_BALLOT_SECRET). */
export const TEST_BALLOT_SECRET = 'test-ballot-secret-not-for-production';
/** The provisioning service account of the tests' login server (the API's IDP_ADMIN_CLIENT_ID and _SECRET). */
export const TEST_PROVISIONING = { clientId: 'pcs-provisioning', secret: 'test-secret' };

export interface TestStack {
  apiUrl: string;
  ownerUrl: string;
  appUrl: string;
  /** The job queue's own database beside this one (made on first call; docs/jobs.md), as the application role. */
  jobsUrl(): Promise<string>;
  idp: DevIdp;
  /** The application role's client: subject to RLS like the API. */
  appDb: Db;
  /** The owner's client, for arranging and inspecting data behind the API's back. */
  ownerDb: Db;
  tokenFor(username: string, overrides?: Record<string, unknown>): Promise<string>;
  /** `fetch`: the transport under tRPC's link (the benchmarks' node:http one); Node's own unless given. */
  client(username: string, opts?: { tenantId?: string; fetch?: typeof fetch }): ReturnType<typeof createTRPCClient<AppRouter>>;
  clientWithToken(token: string | undefined, opts?: { tenantId?: string }): ReturnType<typeof createTRPCClient<AppRouter>>;
  tenantId(code: string): Promise<string>;
  /** Another API server on the same database and login server, e.g. with other limits. */
  startApi(limits?: Partial<ApiLimitSettings>, deps?: Partial<ApiDeps>): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function startTestStack(
  options: {
    postgresAdminUrl?: string;
    limits?: Partial<ApiLimitSettings>;
    /** The API's connections to PostgreSQL: 5 in tests (many files run at once), the benchmarks take production's 10. */
    apiConnections?: number;
  } = {},
): Promise<TestStack> {
  // The run's template (global-setup.ts) holds the migrated demo county; this file works on a copy.
  // On another server (the fault test's own PostgreSQL) the demo county is loaded afresh.
  const adminUrl = options.postgresAdminUrl ?? inject('postgresAdminUrl');
  const database = `pcs_test_${randomBytes(4).toString('hex')}`;
  const prepared = await prepareDatabase(adminUrl, database, options.postgresAdminUrl ? {} : { template: inject('demoTemplate') });
  const ownerDb = createDb(prepared.ownerUrl, { max: 3 });
  const appDb = createDb(prepared.appUrl, { max: options.apiConnections ?? 5 });
  if (options.postgresAdminUrl) await loadDemo(ownerDb);

  const idp = await startDevIdp({
    port: 0,
    realm: 'pcs',
    clients: [],
    users: demoIdentities(),
    apiAudience: 'pcs-api',
    realmRoles: [...ROLES],
    adminClients: [TEST_PROVISIONING],
  });
  // The production provisioning path, against the development login server's Keycloak Admin REST API.
  const identityProvider = new KeycloakIdentityProvider({ baseUrl: idp.url, realm: 'pcs', clientId: TEST_PROVISIONING.clientId, clientSecret: TEST_PROVISIONING.secret });
  const verifyToken = createTokenVerifier({ issuer: idp.issuer, audience: 'pcs-api', jwksUri: `${idp.issuer}/protocol/openid-connect/certs` });
  const startApi = async (limits?: Partial<ApiLimitSettings>, deps?: Partial<ApiDeps>) => {
    const server = createApiServer({ deps: { db: appDb, verifyToken, logger: pino({ level: process.env.TEST_API_LOG ?? 'silent' }, pino.destination(2)), identityProvider, ballotSecret: TEST_BALLOT_SECRET, ...deps }, allowedOrigins: [], limits });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  };
  const api = await startApi(options.limits);
  const apiUrl = api.url;

  const tokenFor = async (username: string, overrides?: Record<string, unknown>) => {
    const user = idp.users.getByUsername(username);
    if (!user) throw new Error(`No demo user ${username}`);
    return idp.signAccessToken(user, overrides);
  };
  const clientWithToken = (token: string | undefined, opts: { tenantId?: string } = {}) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${apiUrl}/trpc`,
          headers: () => ({
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(opts.tenantId ? { 'x-tenant-id': opts.tenantId } : {}),
          }),
        }),
      ],
    });
  const tokens = new Map<string, string>();
  const client = (username: string, opts: { tenantId?: string; fetch?: typeof fetch } = {}) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${apiUrl}/trpc`,
          ...(opts.fetch ? { fetch: opts.fetch } : {}),
          headers: async () => {
            if (!tokens.has(username)) tokens.set(username, await tokenFor(username));
            return { authorization: `Bearer ${tokens.get(username)}`, ...(opts.tenantId ? { 'x-tenant-id': opts.tenantId } : {}) };
          },
        }),
      ],
    });

  return {
    apiUrl,
    ownerUrl: prepared.ownerUrl,
    appUrl: prepared.appUrl,
    jobsUrl: () => prepareJobsDatabase(adminUrl, database),
    idp,
    appDb,
    ownerDb,
    tokenFor,
    client,
    clientWithToken,
    tenantId: async (code) => (await ownerDb.tenant.findUniqueOrThrow({ where: { code } })).id,
    startApi,
    async close() {
      await api.close();
      await idp.close();
      await appDb.$disconnect();
      await ownerDb.$disconnect();
      await dropDatabase(adminUrl, database);
    },
  };
}

/** Today in the demo county (Asia/Shanghai), as the API counts it; a number of days from it. */
export const countyToday = (offsetDays = 0) => addDays(localDay(new Date(), DEFAULT_TIME_ZONE), offsetDays);

/** The tRPC error of a failed call, for assertions on code, status and messages. */
export async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      return error as TRPCClientError<AppRouter>;
    }
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
