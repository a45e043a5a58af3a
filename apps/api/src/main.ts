import cluster from 'node:cluster';
import { rootLogger } from '@pcs/api';
import { loadConfig } from './config';
import { PROOF_KEY_ENV, runPrimary } from './primary';
import { runJobs, serveApi } from './serve';

const config = loadConfig();

if (config.workers > 1 && cluster.isPrimary) {
  runPrimary(config);
} else {
  // A worker forked by our primary (it hands the key) asks the primary's counters and signs with its key;
  // a single process, or a worker of another process manager's cluster, keeps both itself and runs the jobs.
  const key = process.env[PROOF_KEY_ENV];
  const ourWorker = cluster.isWorker && key !== undefined;
  const server = await serveApi(config, ourWorker ? { home: 'cluster', proofOfWorkKey: Buffer.from(key, 'hex') } : { home: 'process' });
  const jobs = ourWorker ? { stop: async () => {} } : runJobs(config, server.db);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // The pool last: the calls under way and the jobs' last work both use it.
      void Promise.all([server.close(), jobs.stop()])
        .then(() => server.db.$disconnect())
        .catch((err: unknown) => rootLogger.error({ err }, 'API stopped with an error'))
        .finally(() => process.exit(0));
    });
  }
}
