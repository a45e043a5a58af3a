/** The API's settings, all from the environment (12-factor); see README "Configuration". */
export interface ApiConfig {
  port: number;
  /** The interface to listen on: loopback unless told otherwise (the container sets 0.0.0.0). */
  host: string;
  databaseUrl: string;
  issuer: string;
  jwksUri: string;
  audience: string;
  allowedOrigins: string[];
  /** Key of the ballot codes' hashes; never stored in the database (docs/audit.md, "Anonymous ballots"). */
  ballotSecret: string | undefined;
  /**
   * HTTP worker processes (PCS_API_WORKERS, default 1: a single process). More share the port and
   * the limits' counters (decision 88): worth it where the API has cores of its own, not on a
   * two-core machine that also runs the database (measured: no gain).
   */
  workers: number;
  /** Keycloak's Admin REST API, through a service-account client, for provisioning users. */
  identityAdmin: { baseUrl: string; realm: string; clientId: string; clientSecret: string };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}

function workerCount(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 64) throw new Error(`PCS_API_WORKERS must be a whole number from 1 to 64, not "${raw}"`);
  return value;
}

export function loadConfig(): ApiConfig {
  const issuer = required('AUTH_ISSUER');
  return {
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
    databaseUrl: required('DATABASE_APP_URL'),
    issuer,
    jwksUri: process.env.AUTH_JWKS_URL ?? `${issuer}/protocol/openid-connect/certs`,
    audience: process.env.AUTH_AUDIENCE ?? 'pcs-api',
    identityAdmin: {
      baseUrl: process.env.IDP_ADMIN_URL ?? issuer.replace(/\/realms\/[^/]+$/, ''),
      realm: process.env.IDP_REALM ?? issuer.split('/realms/')[1] ?? 'pcs',
      clientId: process.env.IDP_ADMIN_CLIENT_ID ?? 'pcs-provisioning',
      clientSecret: required('IDP_ADMIN_CLIENT_SECRET'),
    },
    ballotSecret: process.env.PCS_BALLOT_SECRET || undefined,
    workers: workerCount(process.env.PCS_API_WORKERS),
    allowedOrigins: (process.env.CORS_ORIGINS ?? 'http://localhost:5173,http://localhost:5174').split(',').map((o) => o.trim()),
  };
}
