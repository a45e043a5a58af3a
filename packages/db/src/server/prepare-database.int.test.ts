import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ensurePostgres, type PostgresHandle } from './ensure-postgres';
import { ensureAppRole } from './prepare-database';

let postgres: PostgresHandle | undefined;
afterAll(() => postgres?.stop());

describe('ensureAppRole', () => {
  it('lets many preparers set the application role at once (parallel test files share one server)', async () => {
    postgres = await ensurePostgres({
      url: process.env.TEST_DATABASE_URL,
      fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
      dataDir: join(new URL('../../../../', import.meta.url).pathname, '.data', 'pg-test'),
      port: 5434,
    });
    const adminUrl = postgres.adminUrl;
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => ensureAppRole(adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app')));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  });
});
