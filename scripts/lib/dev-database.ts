import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDatabase } from '@pcs/db';
import { embeddedAdminUrl, ensurePostgres, type PostgresHandle } from '@pcs/db/server';

const root = new URL('../../', import.meta.url).pathname;

/** Where the development stack's embedded PostgreSQL keeps its files (PCS_DATA_DIR: another folder, e.g. a test's own). */
export const devDataDir = join(process.env.PCS_DATA_DIR ?? join(root, '.data'), 'pg');

/** The stack's database: PCS_DATABASE, else DATABASE_URL's database, else `pcs`. */
export function devDatabaseName(): string {
  const fromUrl = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).pathname.slice(1) : '';
  return process.env.PCS_DATABASE ?? (fromUrl || 'pcs');
}

/**
 * The database `npm start` uses, for a command run beside it: on DATABASE_URL's server, else
 * on the embedded server (the running stack's, or started from its files when the stack is down).
 */
export async function openDevDatabase(embeddedPort: number): Promise<{ url: string; postgres: PostgresHandle }> {
  if (!process.env.DATABASE_URL && !existsSync(join(devDataDir, 'PG_VERSION'))) {
    throw new Error('No database: set DATABASE_URL, or run `npm start` once to create the embedded one.');
  }
  const postgres = await ensurePostgres({ url: process.env.DATABASE_URL, fallbackUrl: embeddedAdminUrl(embeddedPort), dataDir: devDataDir, port: embeddedPort });
  return { url: withDatabase(postgres.adminUrl, devDatabaseName()), postgres };
}
