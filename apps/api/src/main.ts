import cluster from 'node:cluster';
import { rootLogger } from '@pcs/api';
import { loadConfig } from './config';
import { PROOF_KEY_ENV, runPrimary } from './primary';
import { runJobs, serveApi } from './serve';

const config = loadConfig();

if (config.workers > 1 && cluster.isPrimary) {
  runPrimary(config);
} else {
  // A worker of the cluster asks the primary's counters and signs with its key; a single process keeps both itself and runs the jobs.
  const key = process.env[PROOF_KEY_ENV];
  const server = await serveApi(config, cluster.isWorker ? { home: 'cluster', proofOfWorkKey: key ? Buffer.from(key, 'hex') : undefined } : { home: 'process' });
  const jobs = cluster.isWorker ? { stop: async () => {} } : runJobs(config);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void Promise.all([server.close(), jobs.stop()])
        .catch((err: unknown) => rootLogger.error({ err }, 'API stopped with an error'))
        .finally(() => process.exit(0));
    });
  }
}
