import { afterAll, describe, expect, it } from 'vitest';
import { testPostgres } from '../../test/postgres';
import type { PostgresHandle } from './ensure-postgres';
import { ensureAppRole } from './prepare-database';

let postgres: PostgresHandle | undefined;
afterAll(() => postgres?.stop());

describe('ensureAppRole', () => {
  it('lets many preparers set the application role at once (parallel test files share one server)', async () => {
    postgres = await testPostgres();
    const adminUrl = postgres.adminUrl;
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => ensureAppRole(adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app')));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  });
});
