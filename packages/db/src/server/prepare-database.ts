import pg from 'pg';
import { applyMigrations } from '../migrate/apply-migrations';
import { appRoleUrl, withDatabase } from '../connection-urls';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Any fixed number: the advisory lock that serialises role changes across preparers. */
const ROLE_LOCK = 7_212_001;

/**
 * Creates the application role if missing, turns JIT off for it and, when given, sets its password. Roles belong
 * to the whole server, so two databases prepared at once (parallel test files) would race on
 * the same catalogue row ("tuple concurrently updated"); an advisory lock taken in the admin
 * database, which every preparer connects to, makes them take turns. The migrations' own
 * CREATE ROLE then finds the role.
 */
export async function ensureAppRole(adminUrl: string, password: string | null): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [ROLE_LOCK]);
    try {
      await client.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pcs_app') THEN CREATE ROLE pcs_app LOGIN; END IF; END $$`);
      if (password !== null) await client.query(`ALTER ROLE pcs_app PASSWORD '${password.replace(/'/g, "''")}'`);
      // The application runs many small index probes whose estimated cost over a year's month
      // partitions passes the JIT threshold; JIT then compiled for tens of seconds what runs in
      // milliseconds (one township's indicator first fill: 52 s with JIT, 0.45 s without; a county
      // overview's alerts at a million events: past the 20 s transaction limit). Off for the role, so
      // every session has it, also through PgBouncer in transaction mode.
      await client.query('ALTER ROLE pcs_app SET jit = off');
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ROLE_LOCK]);
    }
  });
}

const quoted = (name: string) => `"${name.replace(/"/g, '')}"`;

/** Creates the database if missing, as a copy of `template` when given (tests copy a migrated demo database). */
export async function createDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount !== 0) return;
    await client.query(`CREATE DATABASE ${quoted(database)}${template ? ` TEMPLATE ${quoted(template)}` : ''}`);
    // Database-level grants are not copied with the contents; the migration's own grant is repeated.
    if (template) await client.query(`GRANT CREATE ON DATABASE ${quoted(database)} TO pcs_app`);
  });
}

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  applied: string[];
}

/**
 * Creates the database if missing (as a copy of `template` when given: tests copy a migrated
 * demo database), applies migrations, and gives the application role (which owns no table)
 * its password; returns both connection URLs.
 */
export async function prepareDatabase(adminUrl: string, database: string, options: { template?: string } = {}): Promise<PreparedDatabase> {
  const appPassword = process.env.PCS_APP_PASSWORD ?? 'pcs_app';
  await createDatabase(adminUrl, database, options.template);
  await ensureAppRole(adminUrl, appPassword);
  const ownerUrl = withDatabase(adminUrl, database);
  const applied = await applyMigrations(ownerUrl);
  return { ownerUrl, appUrl: withDatabase(appRoleUrl(adminUrl, appPassword), database), applied };
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted(database)} WITH (FORCE)`);
    // Its job queue's database, if one was made (prepareJobsDatabase).
    await client.query(`DROP DATABASE IF EXISTS ${quoted(`${database}_jobs`)} WITH (FORCE)`);
  });
}

/**
 * The job queue's own database beside `database` (`<database>_jobs`, docs/jobs.md), created if
 * missing and owned by the application role, which pg-boss runs as and which makes its schema
 * there; returns the application role's URL of it (what `jobsDatabaseUrl` derives from the app URL).
 */
export async function prepareJobsDatabase(adminUrl: string, database: string): Promise<string> {
  const jobs = `${database}_jobs`;
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [jobs]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoted(jobs)} OWNER pcs_app`);
  });
  return withDatabase(appRoleUrl(adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app'), jobs);
}
