import { describe, expect, it } from 'vitest';
import { PREPARED, preparedStatementNames } from './plan-cache';

const event = (n: number) => ({ sql: `SELECT "t0"."id" FROM "public"."GridEvent" AS "t0" JOIN "public"."Grid" AS "t1" ON true LIMIT ${n}` });
const village = { sql: 'SELECT "t0"."id" FROM "public"."Village" AS "t0" WHERE "t0"."tenantId" = $1' };

describe('preparedStatementNames', () => {
  it('names a compiled statement on a partitioned table by its text, the same name every time', () => {
    const names = preparedStatementNames();
    const first = names(event(1));
    expect(first).toMatch(/^pcs_[\w-]{22}$/);
    expect(names(event(1))).toBe(first);
    expect(names(event(2))).not.toBe(first);
    expect(preparedStatementNames()(event(1))).toBe(first);
    expect(names({ sql: 'INSERT INTO "public"."AuditLog" ("id") VALUES ($1)' })).toMatch(/^pcs_/);
    expect(names({ sql: 'SELECT 1 FROM "public"."GridEventTransition"' })).toMatch(/^pcs_/);
  });

  it('names hand-written SQL that starts with the PREPARED mark', () => {
    const names = preparedStatementNames();
    expect(names({ sql: `${PREPARED}\n SELECT u.id FROM "User" u WHERE u.username = $1` })).toMatch(/^pcs_/);
    expect(names({ sql: `SELECT 1 ${PREPARED}` })).toBeUndefined();
  });

  it('leaves plain tables, hand-written SQL and transaction statements unnamed', () => {
    const names = preparedStatementNames();
    expect(names(village)).toBeUndefined();
    expect(names({ sql: 'SELECT count(*) FROM "GridEvent" WHERE "tenantId" = $1' })).toBeUndefined();
    expect(names({ sql: 'BEGIN' })).toBeUndefined();
    expect(names({ sql: "SET LOCAL app.tenant_id = 'x'" })).toBeUndefined();
  });

  it('names no more distinct statements than its limit; the named keep their names', () => {
    const names = preparedStatementNames(2);
    const named = [1, 2].map((n) => names(event(n)));
    expect(named.every((name) => name !== undefined)).toBe(true);
    expect(names(event(3))).toBeUndefined();
    expect(names(event(1))).toBe(named[0]);
  });
});
