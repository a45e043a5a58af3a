import { describe, expect, it } from 'vitest';
import { preparedStatementNames } from './plan-cache';

const village = (n: number) => ({ sql: `SELECT "t0"."id" FROM "public"."Village" AS "t0" WHERE "t0"."tenantId" = $1 LIMIT ${n}` });
const event = (n: number) => ({ sql: `SELECT "t0"."id" FROM "public"."GridEvent" AS "t0" JOIN "public"."Grid" AS "t1" ON true LIMIT ${n}` });

describe('preparedStatementNames', () => {
  it('names a compiled statement by its text, the same name every time', () => {
    const names = preparedStatementNames();
    const first = names(village(1));
    expect(first).toMatch(/^pcs_[\w-]{22}$/);
    expect(names(village(1))).toBe(first);
    expect(names(village(2))).not.toBe(first);
    expect(preparedStatementNames()(village(1))).toBe(first);
  });

  it('leaves hand-written SQL and transaction statements unnamed', () => {
    const names = preparedStatementNames();
    expect(names({ sql: 'SELECT count(*) FROM "GridEvent" WHERE "tenantId" = $1' })).toBeUndefined();
    expect(names({ sql: 'BEGIN' })).toBeUndefined();
    expect(names({ sql: "SET LOCAL app.tenant_id = 'x'" })).toBeUndefined();
  });

  it('names no more distinct statements of each kind than its limit; the named keep their names', () => {
    const names = preparedStatementNames({ partitioned: 2, plain: 3 });
    const plain = [1, 2, 3].map((n) => names(village(n)));
    const partitioned = [1, 2].map((n) => names(event(n)));
    expect([...plain, ...partitioned].every((name) => name !== undefined)).toBe(true);
    expect(names(village(4))).toBeUndefined();
    expect(names(event(3))).toBeUndefined();
    expect(names(village(1))).toBe(plain[0]);
    expect(names(event(2))).toBe(partitioned[1]);
  });
});
