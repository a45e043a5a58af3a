import { join } from 'node:path';
import { DEFAULT_SCALE } from '@pcs/db/scale';
import { ensurePostgres } from '@pcs/db/server';
import { startTestStack } from '../test/harness';
import { benchDashboard } from './dashboard';
import { benchLists, benchRls } from './lists';
import { benchLoad } from './load';
import { benchProvince } from './province';

/**
 * `npm run bench`: figures measured in one run on loopback, each beside the raw SQL of the same
 * work (ratios, since absolute times vary between machines). `--explain` prints the main plans;
 * `--events <n>` sets the grid events of the scale data (default a million); `--only lists` runs
 * the list pages, row-level security and the mixed load (a few minutes, on its own smaller scale
 * data), `--only load` the mixed load alone (on the demo townships), `--only dashboard` the county dashboards.
 * `--province` runs the province mode instead (bench/province.ts): `--townships <n>` (default 3,000)
 * and `--events <n>` (default five million) grid events, partitioned against unpartitioned.
 * Bounded: a fixed number of requests against 127.0.0.1 only.
 */
const explain = process.argv.includes('--explain');
/** Grid events of the scale data: a million by default, `--events 10000000` for ten. */
const eventsArg = process.argv.indexOf('--events');
const province = process.argv.includes('--province');
const events = eventsArg > 0 ? Number(process.argv[eventsArg + 1]) : province ? 5_000_000 : DEFAULT_SCALE.gridEvents;
const townshipsArg = process.argv.indexOf('--townships');
const townships = townshipsArg > 0 ? Number(process.argv[townshipsArg + 1]) : 3_000;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'lists' && only !== 'dashboard' && only !== 'load') throw new Error(`--only takes lists, dashboard or load, not ${only}`);
const repoRoot = new URL('../../../', import.meta.url).pathname;
const postgres = await ensurePostgres({ url: process.env.TEST_DATABASE_URL, fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres', dataDir: join(repoRoot, '.data', 'pg-test'), port: 5434 });
if (province) {
  try {
    await benchProvince(postgres.adminUrl, { townships, events, explain });
  } finally {
    await postgres.stop();
  }
  process.exit(0);
}
// The per-user budget is the API's defence against floods; a benchmark's sequential calls are not one.
// The API's pool as in production (createDb's default), not the tests' smaller one.
const stack = await startTestStack({ postgresAdminUrl: postgres.adminUrl, limits: { userCalls: 1_000_000_000, ipRequests: 1_000_000_000 }, apiConnections: 10 });
try {
  const superuser = new URL(postgres.adminUrl);
  superuser.pathname = new URL(stack.ownerUrl).pathname;
  // The dashboard first: the lists then page through its scale townships (else they load their own).
  if (only === undefined || only === 'dashboard') await benchDashboard(stack, superuser.toString(), { explain, events });
  if (only === undefined || only === 'lists') {
    const { tenantId } = await benchLists(stack, superuser.toString());
    await benchRls(stack, superuser.toString(), tenantId);
  }
  if (only === undefined || only === 'lists' || only === 'load') await benchLoad(stack);
  const memory = process.memoryUsage();
  console.log(`\nbench process RSS: ${(memory.rss / 1024 / 1024).toFixed(0)} MiB, heap used: ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MiB`);
} finally {
  await stack.close();
  await postgres.stop();
}
