import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { withDatabase } from '../connection-urls';
import { createDatabase, dropDatabase, ensureAppRole } from '../server/prepare-database';
import { applyMigrations } from './apply-migrations';
import { schemaDir, schemaFiles } from './paths';
import { openSchemaEngine, schemaFilters } from './schema-engine';

export interface SchemaFile {
  path: string;
  content: string;
}

/** prisma/schema/*.prisma as they are now: the one source of the schema. */
export function currentSchema(): SchemaFile[] {
  return schemaFiles().map((path) => ({ path, content: readFileSync(path, 'utf8') }));
}

/**
 * Runs fn against a fresh database that holds every migration of prisma/migrations, applied
 * as in production, hand-written SQL included; the database is dropped afterwards.
 */
export async function withMigratedScratchDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const database = `pcs_schema_diff_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, database);
  try {
    // The migrations grant to the application role; its password is not ours to touch here.
    await ensureAppRole(adminUrl, null);
    const url = withDatabase(adminUrl, database);
    await applyMigrations(url);
    return await fn(url);
  } finally {
    await dropDatabase(adminUrl, database);
  }
}

/**
 * The SQL that would turn the database at `url` into `schema` (Prisma's `migrate diff`), or ''
 * when they agree. Only what Prisma manages is compared: tables, columns, enums, keys,
 * indexes and foreign keys; policies, functions, triggers, grants and checks are the
 * hand-written migrations' business, and the tables in `handWrittenTables` are left out.
 */
export async function diffDatabaseToSchema(url: string, schema: SchemaFile[] = currentSchema()): Promise<string> {
  const engine = await openSchemaEngine(schemaFiles(), url);
  try {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: schema, configDir: schemaDir },
      to: { tag: 'schemaDatamodel', files: schema },
      script: true,
      exitCode: null,
      filters: schemaFilters,
    } as never);
    const sql = (result as { stdout: string | null }).stdout ?? '';
    return sql.trim() === '' || sql.includes('This is an empty migration.') ? '' : sql;
  } finally {
    engine.free();
  }
}
