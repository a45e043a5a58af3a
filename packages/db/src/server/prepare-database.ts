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

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  applied: string[];
}

/**
 * Creates the database if missing, applies migrations, and gives the application
 * role (which owns no table) its password; returns both connection URLs.
 */
export async function prepareDatabase(adminUrl: string, database: string): Promise<PreparedDatabase> {
  const appPassword = process.env.PCS_APP_PASSWORD ?? 'pcs_app';
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  });
  const ownerUrl = withDatabase(adminUrl, database);
  const applied = await applyMigrations(ownerUrl);
  await withClient(ownerUrl, (client) => client.query(`ALTER ROLE pcs_app PASSWORD '${appPassword.replace(/'/g, "''")}'`));
  return { ownerUrl, appUrl: withDatabase(appRoleUrl(adminUrl, appPassword), database), applied };
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '')}" WITH (FORCE)`));
}
