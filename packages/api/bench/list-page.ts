import pg from 'pg';
import { scopeStatements, tenantScope } from '@pcs/db';
import type { TestStack } from '../test/harness';
import { row, timeEach } from './timing';

const REQUESTS = 200;
const EXTRA_VILLAGES = 5000;

/**
 * What the API layer and row-level security cost over the raw SQL of the same work: a
 * paginated list over HTTP against the raw SQL of the same page, and count(*) under RLS
 * against the same query with an explicit tenant filter.
 */
export async function benchListPage(stack: TestStack) {
  const tenantId = await stack.tenantId('xikou');
  await stack.ownerDb.village.createMany({
    data: Array.from({ length: EXTRA_VILLAGES }, (_, i) => ({ tenantId, name: `基准村${i}`, kind: 'village' as const, population: i })),
  });
  const client = stack.client('xikou.staff');
  const raw = new pg.Client({ connectionString: stack.ownerUrl });
  const rlsClient = new pg.Client({ connectionString: stack.appUrl });
  await Promise.all([raw.connect(), rlsClient.connect()]);
  try {
    const api = await timeEach(REQUESTS, () => client.villages.list.query({ page: 3, pageSize: 50, sortBy: 'population', sortDirection: 'desc' }));
    const sql = await timeEach(REQUESTS, () =>
      raw
        .query(
          `SELECT v.*, (SELECT count(*) FROM "Grid" g WHERE g."tenantId" = v."tenantId" AND g."villageId" = v.id) AS grids
           FROM "Village" v WHERE v."tenantId" = $1 ORDER BY population DESC, id LIMIT 50 OFFSET 100`,
          [tenantId],
        )
        .then(() => raw.query('SELECT count(*) FROM "Village" WHERE "tenantId" = $1', [tenantId])),
    );
    const underRls = await timeEach(REQUESTS, () =>
      rlsClient
        .query('BEGIN')
        .then(() => rlsClient.query(scopeStatements(tenantScope(tenantId)).join('; ')))
        .then(() => rlsClient.query('SELECT count(*) FROM "Village"'))
        .then(() => rlsClient.query('COMMIT')),
    );
    const filtered = await timeEach(REQUESTS, () =>
      raw
        .query('BEGIN')
        .then(() => raw.query('SELECT count(*) FROM "Village" WHERE "tenantId" = $1', [tenantId]))
        .then(() => raw.query('COMMIT')),
    );
    console.log(`\nList page: ${REQUESTS} sequential requests each, ${EXTRA_VILLAGES + 12} villages in the township`);
    console.table({
      'villages.list page 3 over HTTP (tRPC, token, RLS) vs the same page + count as raw SQL': row(api, sql),
      'count(*) under RLS (app role, township set) vs WHERE tenantId (owner)': row(underRls, filtered),
    });
  } finally {
    await Promise.all([raw.end(), rlsClient.end()]);
  }
}
