import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir, schemaFiles } from './paths';
import { schemaFilters, openSchemaEngine } from './schema-engine';

export function listMigrations() {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    }));
}

export function migrationsList() {
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8') },
    shadowDbInitScript: '',
    migrationDirectories: listMigrations(),
  };
}

/** Applies pending migrations exactly like `prisma migrate deploy`; returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(schemaFiles(), connectionString);
  try {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(), filters: schemaFilters } as never);
    return (result as { appliedMigrationNames: string[] }).appliedMigrationNames;
  } finally {
    engine.free();
  }
}
