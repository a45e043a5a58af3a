import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgres } from '../../test/postgres';
import type { PostgresHandle } from '../server';
import { currentSchema, diffDatabaseToSchema, withMigratedScratchDatabase } from './schema-drift';

let postgres: PostgresHandle;
beforeAll(async () => {
  postgres = await testPostgres();
});
afterAll(() => postgres?.stop());

/** The schema with one field more than the migrations know of. */
function schemaWithUnmigratedField() {
  let added = false;
  const files = currentSchema().map((file) => {
    if (!file.content.includes('\nmodel Suggestion {\n')) return file;
    added = true;
    return { ...file, content: file.content.replace('\nmodel Suggestion {\n', '\nmodel Suggestion {\n  driftProbe String?\n') };
  });
  expect(added).toBe(true);
  return files;
}

describe('prisma/schema/ and prisma/migrations/', () => {
  it('agree: a database migrated to head is exactly the Prisma schema (else: migration:new)', async () => {
    await withMigratedScratchDatabase(postgres.adminUrl, async (url) => {
      // Hand-written objects (RLS policies, functions, triggers, AuditChainHead) are in the
      // database and must not count as drift.
      expect(await diffDatabaseToSchema(url), 'the schema changed without a migration: run `pnpm --filter @pcs/db migration:new <name>`').toBe('');
      // The same comparison sees a field that was added without a migration.
      expect(await diffDatabaseToSchema(url, schemaWithUnmigratedField())).toMatch(/ALTER TABLE "Suggestion" ADD COLUMN\s+"driftProbe" TEXT/);
    });
  });
});
