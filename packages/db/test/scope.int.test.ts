import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/client';
import { applyScope, countyReadScope, tenantScope, withScope } from '../src/scope';
import { migratedTestDatabase, type TestDatabase } from './postgres';

let db: TestDatabase;
let appDb: Db;
beforeAll(async () => {
  db = await migratedTestDatabase();
  // One connection: what a call leaves behind, the next call on the pool would find.
  appDb = createDb(db.appUrl, { max: 1 });
});
afterAll(async () => {
  await appDb?.$disconnect();
  await db?.close();
});

const settings = (run: Db | Parameters<Parameters<typeof withScope>[2]>[0]) =>
  run.$queryRaw<{ read: string | null; write: string | null; platform: string | null }[]>`
    SELECT current_setting('app.read_tenants', true) AS read, current_setting('app.write_tenant', true) AS write,
      current_setting('app.platform', true) AS platform`;

describe('withScope', () => {
  it('sets the scope for its transaction only: the pooled connection carries no tenant afterwards', async () => {
    const xikou = randomUUID();
    const longtan = randomUUID();
    expect(await withScope(appDb, tenantScope(xikou), settings)).toEqual([{ read: `{${xikou}}`, write: xikou, platform: '' }]);
    const [after] = await settings(appDb);
    expect([after?.read ?? '', after?.write ?? '', after?.platform ?? '']).toEqual(['', '', '']);
    expect(await withScope(appDb, countyReadScope([xikou, longtan]), settings)).toEqual([{ read: `{${xikou},${longtan}}`, write: '', platform: '' }]);
    // A later scope in the same transaction replaces the earlier one (a county call writing into one township).
    const replaced = await withScope(appDb, countyReadScope([xikou, longtan]), async (tx) => {
      await applyScope(tx, tenantScope(longtan));
      return settings(tx);
    });
    expect(replaced).toEqual([{ read: `{${longtan}}`, write: longtan, platform: '' }]);
  });
});
