import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir, schemaDir, schemaFiles } from './paths';
import { noFilters, openSchemaEngine } from './schema-engine';

/** The schema files as of the newest generated migration; the next one is the diff from them. */
const snapshotDir = join(schemaDir, '..', 'schema-snapshot');

function datamodel(files: string[]) {
  return { tag: 'schemaDatamodel', files: files.map((path) => ({ path, content: readFileSync(path, 'utf8') })) };
}

/**
 * `pnpm --filter @pcs/db migration:new <name>`: writes the SQL that turns the schema of the
 * previous migration into prisma/schema/*.prisma (what `prisma migrate dev` does, without
 * the native engine; the Wasm engine cannot read a shadow database with RLS policies).
 * One person at a time: generate, commit, then the next. Hand-written SQL (RLS, roles,
 * functions) goes into a folder of its own.
 */
/**
 * The schema to migrate to: all current files, or with `--files a.prisma,b.prisma` the
 * snapshot with only those files brought up to date, so that someone else's half-edited
 * schema file never leaks into your migration.
 */
function targetFiles(only: string[] | null): string[] {
  if (!only) return schemaFiles();
  const snapshot = existsSync(snapshotDir) ? readdirSync(snapshotDir).filter((f) => !only.includes(f)).map((f) => join(snapshotDir, f)) : [];
  return [...snapshot, ...only.map((f) => join(schemaDir, f))];
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('Usage: migration:new <snake_case_name> [--files a.prisma,b.prisma]');
  const filesFlag = process.argv.indexOf('--files');
  const only = filesFlag > 0 ? (process.argv[filesFlag + 1] ?? '').split(',').filter(Boolean) : null;
  // The engine connects on start even for a diff, so it needs a reachable server.
  const engine = await openSchemaEngine(schemaFiles(), process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  try {
    const previous = existsSync(snapshotDir) ? readdirSync(snapshotDir).map((f) => join(snapshotDir, f)) : [];
    const from = previous.length ? datamodel(previous) : { tag: 'empty' };
    const result = await engine.diff({ from, to: datamodel(targetFiles(only)), script: true, exitCode: null, filters: noFilters } as never);
    const sql = (result as { stdout: string | null }).stdout ?? '';
    if (!sql.trim() || sql.includes('empty migration')) {
      console.log('Schema unchanged: no migration written.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    if (only) {
      for (const file of only) cpSync(join(schemaDir, file), join(snapshotDir, file));
    } else {
      rmSync(snapshotDir, { recursive: true, force: true });
      cpSync(schemaDir, snapshotDir, { recursive: true });
    }
    console.log(`Wrote ${dir}/migration.sql`);
  } finally {
    engine.free();
  }
}

void main();
