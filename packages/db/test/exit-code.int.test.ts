import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const dbPackage = new URL('../', import.meta.url).pathname;

/**
 * A process that loads the embedded PostgreSQL package keeps the exit code it set: the package's
 * exit hook used to end every process with 0, so a failed test run reported success.
 */
it('keeps a failing exit code after the embedded PostgreSQL package is loaded', () => {
  const script = "const { loadEmbeddedPostgres } = await import('./src/server/ensure-postgres.ts'); await loadEmbeddedPostgres(); process.exitCode = 3;";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: dbPackage, encoding: 'utf8', timeout: 60_000 });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 3, stderr: '' });
});
