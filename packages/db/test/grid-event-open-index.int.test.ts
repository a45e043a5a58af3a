import { GRID_EVENT_OPEN_STATES } from '@pcs/domain';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/** The partial index of open grid events (grid_event_open_index migration): the sweep and the alerts read it. */
let db: TestDatabase;
let owner: pg.Client;

beforeAll(async () => {
  db = await migratedTestDatabase();
  owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await db?.close();
});

it('holds exactly the states the domain calls open', async () => {
  const { rows } = await owner.query<{ def: string }>(`SELECT pg_get_indexdef('"GridEvent_open_idx"'::regclass) AS def`);
  const states = [...rows[0]!.def.matchAll(/'([a-z_]+)'::"GridEventState"/g)].map((m) => m[1]);
  expect(states.sort()).toEqual([...GRID_EVENT_OPEN_STATES].sort());
});

it('answers the alerts query of open overdue events per township (indicators/alerts.ts: the states as one typed array parameter)', async () => {
  await owner.query('BEGIN');
  try {
    await owner.query('SET LOCAL enable_seqscan = off');
    const { rows } = await owner.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT "tenantId", count(*) FROM "GridEvent" WHERE "tenantId" = ANY($1::uuid[]) AND overdue = true AND state = ANY($2::"GridEventState"[]) GROUP BY "tenantId"`,
      [['00000000-0000-4000-8000-000000000001'], [...GRID_EVENT_OPEN_STATES]],
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/tenantId_overdue_idx/);
  } finally {
    await owner.query('ROLLBACK');
  }
});
