import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { appRoleUrl } from '../connection-urls';
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

  it('turns JIT off for the application role: every session of it plans without compiling', async () => {
    postgres ??= await testPostgres();
    const adminUrl = postgres.adminUrl;
    // Roles are the server's: undo an earlier run's setting, so that this test sees ensureAppRole set it.
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('ALTER ROLE pcs_app RESET jit').finally(() => admin.end());
    await ensureAppRole(adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app');
    const app = new pg.Client({ connectionString: appRoleUrl(adminUrl, process.env.PCS_APP_PASSWORD ?? 'pcs_app') });
    await app.connect();
    try {
      expect((await app.query<{ jit: string }>('SHOW jit')).rows[0]!.jit).toBe('off');
    } finally {
      await app.end();
    }
  });
});
