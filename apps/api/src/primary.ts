import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { holdClusterCounters, rootLogger } from '@pcs/api';
import { createDb } from '@pcs/db';
import type { ApiConfig } from './config';
import { runJobs } from './serve';

/** How a worker gets the challenges' key from its primary (never set by hand). */
export const PROOF_KEY_ENV = 'PCS_WORKER_PROOF_OF_WORK_KEY';
/** A worker that dies is replaced after this pause, so a crash at start does not spin the machine. */
const RESPAWN_DELAY_MS = 1_000;

/**
 * The primary of the API's cluster (decision 88): it serves no calls; it forks `config.workers`
 * HTTP workers that share the port (the operating system hands each new connection to one of them),
 * holds the counters they all consult, gives them one key for the public page's challenges, runs
 * the scheduled jobs, and replaces a worker that dies. SIGTERM or SIGINT stops the workers
 * (each finishes its calls), then the jobs, then itself.
 */
export function runPrimary(config: ApiConfig): void {
  holdClusterCounters();
  const env = { [PROOF_KEY_ENV]: randomBytes(32).toString('hex') };
  let stopping = false;
  const fork = () => cluster.fork(env);
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) return;
    rootLogger.error({ pid: worker.process.pid, code, signal }, 'API worker died; starting another');
    setTimeout(() => !stopping && fork(), RESPAWN_DELAY_MS).unref();
  });
  for (let i = 0; i < config.workers; i++) fork();
  rootLogger.info({ workers: config.workers, pid: process.pid }, 'API primary started');
  // The jobs' own small pool: the primary serves no calls.
  const db = createDb(config.databaseUrl, { max: 3 });
  const jobs = runJobs(config, db);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await jobs.stop();
    await db.$disconnect();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
}
