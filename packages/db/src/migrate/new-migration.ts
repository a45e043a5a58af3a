import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePostgres } from '../server/ensure-postgres';
import { migrationsDir } from './paths';
import { diffDatabaseToSchema, withMigratedScratchDatabase } from './schema-drift';
import { nextStamp } from './stamp';

/**
 * `pnpm --filter @pcs/db migration:new <name>`: writes the SQL that brings a database holding
 * every migration up to prisma/schema/*.prisma (what `prisma migrate dev` does, without the
 * native engine). The "from" side is a scratch database migrated to head, so hand-written SQL
 * counts too. Needs a PostgreSQL server: DATABASE_URL's, else 127.0.0.1:5432, else an
 * embedded one. Hand-written SQL (RLS, triggers, functions) goes into a folder of its own.
 */
async function main() {
  const [name, ...rest] = process.argv.slice(2);
  if (rest.includes('--files')) {
    throw new Error('--files is gone: the migration is the difference between prisma/migrations and all of prisma/schema/. Commit or stash schema edits that are not yours.');
  }
  if (!name || !/^[a-z0-9_]+$/.test(name) || rest.length) throw new Error('Usage: migration:new <snake_case_name>');
  const root = new URL('../../../../', import.meta.url).pathname;
  const postgres = await ensurePostgres({
    url: process.env.DATABASE_URL,
    fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
    dataDir: join(root, '.data', 'pg-migrate'),
    port: 5435,
  });
  try {
    const sql = await withMigratedScratchDatabase(postgres.adminUrl, (url) => diffDatabaseToSchema(url));
    if (!sql) {
      console.log('Schema unchanged: no migration written.');
      return;
    }
    const stamp = nextStamp(new Date(), readdirSync(migrationsDir));
    const dir = join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${dir}/migration.sql\nNext: npx --yes pnpm@12.21.0 run generate; hand-written SQL (RLS, triggers) in a later folder.`);
  } finally {
    await postgres.stop();
  }
}

await main();

