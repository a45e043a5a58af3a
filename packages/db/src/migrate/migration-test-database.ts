import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { withDatabase } from '../connection-urls';
import { dropDatabase, ensureAppRole, ensurePostgres, type PostgresHandle } from '../server';
import { migrationsList } from './apply-migrations';
import { schemaFiles } from './paths';
import { openSchemaEngine, schemaFilters } from './schema-engine';

/** Runs one statement on its own connection. */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The test server of a migration's own test (the same as the integration tests'), and fresh
 * databases migrated up to, not including, the migration under test; `close` drops them.
 */
export async function migrationTestServer() {
  const postgres: PostgresHandle = await ensurePostgres({
    url: process.env.TEST_DATABASE_URL,
    fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
    dataDir: join(new URL('../../../../', import.meta.url).pathname, '.data', 'pg-test'),
    port: 5434,
  });
  await ensureAppRole(postgres.adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app');
  const databases: string[] = [];
  return {
    adminUrl: postgres.adminUrl,
    async databaseBefore(migration: string): Promise<string> {
      const database = `pcs_test_${randomBytes(4).toString('hex')}`;
      databases.push(database);
      await query(postgres.adminUrl, `CREATE DATABASE "${database}"`);
      const url = withDatabase(postgres.adminUrl, database);
      const engine = await openSchemaEngine(schemaFiles(), url);
      try {
        const list = migrationsList();
        const earlier = { ...list, migrationDirectories: list.migrationDirectories.filter((m) => m.path < migration) };
        await engine.applyMigrations({ migrationsList: earlier, filters: schemaFilters } as never);
      } finally {
        engine.free();
      }
      return url;
    },
    async close() {
      for (const database of databases) await dropDatabase(postgres.adminUrl, database);
      await postgres.stop();
    },
  };
}
