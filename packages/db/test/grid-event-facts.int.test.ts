import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeStatements, tenantScope } from '../src/scope';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/**
 * GridEvent's first...At columns, kept by a trigger from the append-only history: what the grid
 * indicators read instead of the history (grid_event_history_facts migration).
 */
let db: TestDatabase;
let owner: pg.Client;
let app: pg.Client;
const county = randomUUID();
const township = randomUUID();
const grid = randomUUID();

beforeAll(async () => {
  db = await migratedTestDatabase();
  owner = new pg.Client({ connectionString: db.ownerUrl });
  app = new pg.Client({ connectionString: db.appUrl });
  await Promise.all([owner.connect(), app.connect()]);
  await owner.query(`INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES ($1, 'c', '县', '常委会')`, [county]);
  await owner.query(`INSERT INTO "Tenant" (id, "countyId", code, name, kind, "updatedAt") VALUES ($1, $2, 'xk', '溪口镇', 'town', now())`, [township, county]);
  await owner.query(`INSERT INTO "Grid" ("tenantId", id, name, level, "updatedAt") VALUES ($1, $2, '一组', 4, now())`, [township, grid]);
});
afterAll(async () => {
  await Promise.all([owner?.end(), app?.end()]);
  await db?.close();
});

async function newEvent(): Promise<string> {
  const id = randomUUID();
  await owner.query(
    `INSERT INTO "GridEvent" ("tenantId", id, number, source, category, "gridId", level, "placeAddress", description, "occurredAt", "reporterName", "updatedAt")
     VALUES ($1, $2, $3, 'grid_worker', 'other', $4, 4, '村口', '秸秆焚烧', now(), '网格员', now())`,
    [township, id, `E-${id.slice(0, 8)}`, grid],
  );
  return id;
}

/** Writes steps as the application does: as the application role, under the township's scope. */
async function steps(eventId: string, rows: ReadonlyArray<[action: string, to: string, at: string]>) {
  await app.query('BEGIN');
  for (const statement of scopeStatements(tenantScope(township))) await app.query(statement);
  for (const [action, to, at] of rows) {
    await app.query(
      `INSERT INTO "GridEventTransition" ("tenantId", "eventId", "eventReportedAt", action, "toState", "actorKind", "actorName", at)
       SELECT $1, $2, e."reportedAt", $3, $4, 'office', '办公室', $5 FROM "GridEvent" e WHERE e."tenantId" = $1 AND e.id = $2`,
      [township, eventId, action, to, at],
    );
  }
  await app.query('COMMIT');
}

async function facts(eventId: string) {
  const { rows } = await owner.query(
    `SELECT "firstRefusedAt" AS refused, "firstClosedAt" AS closed, "firstOverdueAt" AS overdue, "firstEscalatedAt" AS escalated, "firstReturnedAt" AS returned, "firstReopenedAt" AS reopened FROM "GridEvent" WHERE id = $1`,
    [eventId],
  );
  return Object.fromEntries(Object.entries(rows[0] as Record<string, Date | null>).map(([k, v]) => [k, v?.toISOString() ?? null]));
}

describe('the days a grid event changes, for the indicators', () => {
  it('are marked under the table written, not the month partition the row landed in', async () => {
    const event = await newEvent();
    await steps(event, [['accept', 'accepted', new Date().toISOString()]]);
    const { rows } = await owner.query<{ source: string }>(`SELECT DISTINCT source FROM "IndicatorDirtyDay" WHERE "tenantId" = $1 AND source LIKE 'GridEvent%' ORDER BY source`, [township]);
    expect(rows.map((r) => r.source)).toEqual(['GridEvent', 'GridEventTransition']);
  });
});

describe('an event\'s first steps, kept from its history', () => {
  it('keeps the first of each step, one statement or several, and never a later one', async () => {
    const event = await newEvent();
    await steps(event, [
      ['accept', 'accepted', '2026-03-01T02:00:00Z'],
      ['dispatch', 'dispatched', '2026-03-01T03:00:00Z'],
      ['mark_overdue', 'dispatched', '2026-03-05T16:30:00Z'],
      ['return', 'accepted', '2026-03-06T01:00:00Z'],
    ]);
    await steps(event, [['escalate', 'escalated', '2026-03-07T01:00:00Z']]);
    await steps(event, [['auto_escalate', 'escalated', '2026-03-08T01:00:00Z'], ['dispatch', 'dispatched', '2026-03-09T01:00:00Z'], ['handle', 'handled', '2026-03-10T01:00:00Z'], ['feedback', 'fed_back', '2026-03-10T02:00:00Z'], ['verify_pass', 'closed', '2026-03-11T01:00:00Z']]);
    await steps(event, [['reopen', 'accepted', '2026-04-01T01:00:00Z']]);
    await steps(event, [['mark_overdue', 'accepted', '2026-04-09T01:00:00Z'], ['verify_pass', 'closed', '2026-04-20T01:00:00Z']]);
    expect(await facts(event)).toEqual({
      refused: null,
      closed: '2026-03-11T01:00:00.000Z',
      overdue: '2026-03-05T16:30:00.000Z',
      escalated: '2026-03-07T01:00:00.000Z',
      returned: '2026-03-06T01:00:00.000Z',
      reopened: '2026-04-01T01:00:00.000Z',
    });
  });

  it('is recomputed when history rows go (an event deleted with its history leaves nothing behind)', async () => {
    const event = await newEvent();
    await steps(event, [['refuse', 'refused', '2026-05-01T01:00:00Z']]);
    expect((await facts(event)).refused).toBe('2026-05-01T01:00:00.000Z');
    await owner.query(`DELETE FROM "GridEventTransition" WHERE "eventId" = $1`, [event]);
    expect((await facts(event)).refused).toBeNull();
  });

  it('places an instant on the county day: app_day_start is app_local_day\'s inverse', async () => {
    const { rows } = await owner.query(
      `SELECT app_day_start('2026-03-06', 'Asia/Shanghai') AS start, app_local_day(app_day_start('2026-03-06', 'Asia/Shanghai'), 'Asia/Shanghai') AS same, app_local_day(app_day_start('2026-03-06', 'Asia/Shanghai') - interval '1 millisecond', 'Asia/Shanghai') AS before`,
    );
    expect((rows[0].start as Date).toISOString()).toBe('2026-03-05T16:00:00.000Z');
    expect((rows[0].same as Date).toISOString().slice(0, 10)).toBe('2026-03-06');
    expect((rows[0].before as Date).toISOString().slice(0, 10)).toBe('2026-03-05');
  });
});
