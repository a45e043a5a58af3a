import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migratedSchemaSnapshot, migrationsDir, schemaPath } from './paths';
import { noFilters, openSchemaEngine } from './schema-engine';

/**
 * `pnpm --filter @pcs/db migration:new <name>`: writes the SQL that turns the schema of
 * the previous migration into prisma/schema.prisma (what `prisma migrate dev` would do,
 * without a shadow database). Hand-written SQL (RLS, roles) goes into its own folder.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('Usage: migration:new <snake_case_name>');
  // The engine connects on start even for a diff, so it needs a reachable server.
  const engine = await openSchemaEngine(schemaPath, process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const from = existsSync(migratedSchemaSnapshot)
    ? { tag: 'schemaDatamodel', files: [{ path: migratedSchemaSnapshot, content: readFileSync(migratedSchemaSnapshot, 'utf8') }] }
    : { tag: 'empty' };
  const to = { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] };
  const result = await engine.diff({ from, to, script: true, exitCode: null, filters: noFilters } as never);
  const sql = (result as { stdout: string | null }).stdout ?? '';
  if (!sql.trim() || sql.includes('empty migration')) {
    console.log('Schema unchanged: no migration written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  const lock = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  copyFileSync(schemaPath, migratedSchemaSnapshot);
  console.log(`Wrote ${dir}/migration.sql`);
}

void main();
