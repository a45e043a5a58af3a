import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDb } from '@pcs/db';
import { ensurePostgres } from '@pcs/db/server';

/**
 * `npm start`'s process (the stack script, which `npm start` execs) on SIGTERM: every service
 * stops, newest first, the ports are free, no process of the tree is left, and PostgreSQL
 * shut down cleanly with the data kept. Runs the real stack on its own ports and data folder.
 */
const root = new URL('../', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Live processes whose parent is `pid`, and theirs, from /proc (zombies count as gone). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      parents.set(Number(ppid), [...(parents.get(Number(ppid)) ?? []), Number(name)]);
    } catch {
      // Gone while we looked.
    }
  }
  const found: number[] = [];
  const walk = (p: number) => (parents.get(p) ?? []).forEach((child) => (found.push(child), walk(child)));
  walk(pid);
  return found;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

it.each(['SIGTERM', 'SIGINT'] as const)('stops every service on %s, in order, frees the ports and keeps the data', { timeout: 300_000 }, async (signal) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcs-stack-'));
  folders.push(dataDir);
  // The embedded server runs as the "postgres" user, which must reach its folder inside.
  chmodSync(dataDir, 0o755);
  const base = 21_000 + Math.floor(Math.random() * 800) * 10;
  const ports = { PCS_AUTH_PORT: base, PCS_API_PORT: base + 1, PCS_ADMIN_PORT: base + 2, PCS_TOWNSHIP_PORT: base + 3, PCS_PG_PORT: base + 4 };
  const env: NodeJS.ProcessEnv = { ...process.env, PCS_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  delete env.DATABASE_URL;
  const stack = spawn(process.execPath, ['--import', 'tsx', 'scripts/stack.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  stack.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  stack.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => stack.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 240_000;
  while (!output.includes('is running')) {
    if (Date.now() > deadline || stack.exitCode !== null) throw new Error(`The stack did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  // Something written just before the stop must be there after it.
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${ports.PCS_PG_PORT}/pcs`;
  const db = createDb(adminUrl, { max: 1 });
  await db.$executeRawUnsafe('CREATE TABLE shutdown_marker (note text)');
  await db.$executeRawUnsafe(`INSERT INTO shutdown_marker VALUES ('kept')`);
  await db.$disconnect();

  const tree = descendants(stack.pid!);
  expect(tree.length).toBeGreaterThanOrEqual(5);
  stack.kill(signal);
  const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000))]);
  expect(code, output).toBe(0);

  const stopped = [...output.matchAll(/Stopping (\w+)…/g)].map((m) => m[1]);
  expect(stopped).toEqual(['township', 'admin', 'api', 'login', 'database']);
  expect(tree.filter(alive), 'processes left running').toEqual([]);
  for (const [name, port] of Object.entries(ports)) expect(await portFree(port), name).toBe(true);

  // A clean shutdown removes postmaster.pid; the next start needs no recovery and has the row.
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  const again = await ensurePostgres({ dataDir: join(dataDir, 'pg'), port: ports.PCS_PG_PORT });
  try {
    const check = createDb(adminUrl, { max: 1 });
    expect(await check.$queryRawUnsafe('SELECT note FROM shutdown_marker')).toEqual([{ note: 'kept' }]);
    await check.$disconnect();
  } finally {
    await again.stop();
  }
});
