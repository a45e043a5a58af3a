import PgBoss from 'pg-boss';
import type { Db } from '@pcs/db';
import type { Logger } from '../logger';
import { runDeadlineSweep } from './deadline-sweep';
import { freezeRankings } from '../indicators/rankings';
import { refreshIndicatorValues } from '../indicators/refresh';
import { makePartitionsAhead } from './partitions';

export const DEADLINE_QUEUE = 'deadline-sweep';
/** One county's sweep: the scheduled sweep queues one per county, so counties run in parallel on several API processes. */
export const DEADLINE_COUNTY_QUEUE = 'deadline-sweep-county';
/** Recomputes the indicator values whose source rows changed (indicators/refresh.ts): queues one job per county. */
export const INDICATOR_QUEUE = 'indicator-refresh';
/** One county's refresh and ranking freeze: counties refresh in parallel on several API processes, one at a time each. */
export const INDICATOR_COUNTY_QUEUE = 'indicator-refresh-county';
/** Makes the month partitions ahead (jobs/partitions.ts). */
export const PARTITION_QUEUE = 'partitions-ahead';

export interface JobsOptions {
  /**
   * PostgreSQL URL of the queue's own database (docs/jobs.md): PCS_JOBS_DATABASE_URL, else
   * `jobsDatabaseUrl(appUrl)`, the same server's `<app database>_jobs`. Never the application's database.
   */
  connectionString: string;
  db: Db;
  logger: Logger;
  /** When the sweep runs; default every 30 minutes (UTC). */
  cron?: string;
}

export interface Jobs {
  /** Queues a sweep now (also done once at start). */
  runNow(): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * The deadline sweep and the indicator refresh as pg-boss jobs: the schedule and the queue live in PostgreSQL, so
 * with several API processes one of them runs each sweep, and a restart loses nothing.
 */
export async function startJobs({ connectionString, db, logger, cron = '*/30 * * * *' }: JobsOptions): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 2 });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  await boss.start();
  await boss.createQueue(DEADLINE_QUEUE);
  await boss.schedule(DEADLINE_QUEUE, cron, {}, { tz: 'UTC' });
  await boss.createQueue(DEADLINE_COUNTY_QUEUE);
  await boss.work(DEADLINE_QUEUE, async () => {
    const counties = await db.county.findMany({ select: { id: true } });
    for (const county of counties) await boss.send(DEADLINE_COUNTY_QUEUE, { countyId: county.id });
  });
  await boss.work<{ countyId: string }>(DEADLINE_COUNTY_QUEUE, async ([job]) => {
    if (!job) return;
    const result = await runDeadlineSweep(db, new Date(), { countyId: job.data.countyId });
    logger.info({ countyId: job.data.countyId, ...result }, 'deadline sweep done');
  });
  // Every minute: the dashboards' freshness (computedAt) is at most about a minute behind a change.
  // Per county, so that a province's hundred counties do not wait for each other; `stately` with
  // the county as key keeps at most one running and one waiting per county.
  await boss.createQueue(INDICATOR_QUEUE, { name: INDICATOR_QUEUE, policy: 'singleton' });
  await boss.schedule(INDICATOR_QUEUE, '* * * * *', {}, { tz: 'UTC' });
  await boss.createQueue(INDICATOR_COUNTY_QUEUE, { name: INDICATOR_COUNTY_QUEUE, policy: 'stately' });
  await boss.work(INDICATOR_QUEUE, async () => {
    const counties = await db.county.findMany({ select: { id: true } });
    for (const county of counties) await boss.send(INDICATOR_COUNTY_QUEUE, { countyId: county.id }, { singletonKey: county.id });
  });
  await boss.work<{ countyId: string }>(INDICATOR_COUNTY_QUEUE, async ([job]) => {
    if (!job) return;
    const { countyId } = job.data;
    const result = await refreshIndicatorValues(db, new Date(), { countyId });
    if (result.values > 0) logger.info({ countyId, ...result }, 'indicator values refreshed');
    const frozen = await freezeRankings(db, new Date(), countyId);
    if (frozen > 0) logger.info({ countyId, frozen }, 'period rankings frozen');
  });
  // Daily, and once on start: the months ahead of the partitioned tables.
  await boss.createQueue(PARTITION_QUEUE, { name: PARTITION_QUEUE, policy: 'singleton' });
  await boss.schedule(PARTITION_QUEUE, '17 3 * * *', {}, { tz: 'UTC' });
  await boss.work(PARTITION_QUEUE, async () => {
    const months = await makePartitionsAhead(db);
    logger.info({ months }, 'month partitions ahead made');
  });
  await boss.send(PARTITION_QUEUE, {});
  const runNow = () => boss.send(DEADLINE_QUEUE, {});
  await runNow();
  await boss.send(INDICATOR_QUEUE, {});
  return { runNow, stop: () => boss.stop({ graceful: true, timeout: 5_000 }) };
}
