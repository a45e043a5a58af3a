import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dropDatabase, ensurePostgres, prepareDatabase, type PostgresHandle, type PreparedDatabase } from '../src/server';

const repoRoot = new URL('../../../', import.meta.url).pathname;

/** The tests' server: TEST_DATABASE_URL, else 127.0.0.1:5432 when it answers, else an embedded one. */
export function testPostgres(): Promise<PostgresHandle> {
  return ensurePostgres({
    url: process.env.TEST_DATABASE_URL,
    fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
    dataDir: join(repoRoot, '.data', 'pg-test'),
    port: 5434,
  });
}

export interface TestDatabase extends PreparedDatabase {
  close(): Promise<void>;
}

/** A fresh database of this test file, migrated to head; close() drops it. */
export async function migratedTestDatabase(): Promise<TestDatabase> {
  const postgres = await testPostgres();
  const database = `pcs_test_${randomBytes(4).toString('hex')}`;
  const prepared = await prepareDatabase(postgres.adminUrl, database);
  return {
    ...prepared,
    close: async () => {
      await dropDatabase(postgres.adminUrl, database);
      await postgres.stop();
    },
  };
}
