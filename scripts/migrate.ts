import { prepareDatabase, prepareJobsDatabase } from '@pcs/db/server';

/**
 * Production migration job: applies pending migrations as the owner and sets the
 * application role's password (PCS_APP_PASSWORD); makes the job queue's own database
 * `<database>_jobs` if missing (docs/jobs.md). Loads no demo data.
 */
const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl) throw new Error('DATABASE_URL (the owner role) is required');
const url = new URL(ownerUrl);
const database = url.pathname.slice(1);
url.pathname = '/postgres';
const result = await prepareDatabase(url.toString(), database);
console.log(`Applied: ${result.applied.join(', ') || 'none pending'}`);
// Unless the queue is elsewhere (PCS_JOBS_DATABASE_URL), it lives beside the database on this server.
if (!process.env.PCS_JOBS_DATABASE_URL) await prepareJobsDatabase(url.toString(), database);
