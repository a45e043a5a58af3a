import { expect } from 'vitest';
import type { TestStack } from '../harness';

/**
 * Reads the database directly and asserts what decision 71 promises of every ballot of an
 * evaluation: no ballot row was written by a transaction that wrote (or locked) any row naming a
 * user; what those transactions wrote besides the ballot is its audit entry, by nobody; and the
 * ballot table holds no user, no code and no time finer than a day. `home`: a township's
 * evaluation (`Ballot`) or a county department's in the county home (`CountyBallot`, decision 79).
 */
export async function expectBallotsNameNobody(stack: TestStack, evaluationId: string, ballots: number, home: 'township' | 'county' = 'township') {
  const table = home === 'county' ? 'CountyBallot' : 'Ballot';
  const xmins = async (sql: string, ...values: unknown[]) => (await stack.ownerDb.$queryRawUnsafe<Array<{ x: string }>>(sql, ...values)).map((r) => r.x);
  const ballotXmins = await xmins(`SELECT xmin::text AS x FROM "${table}" WHERE "evaluationId" = $1::uuid`, evaluationId);
  expect(ballotXmins).toHaveLength(ballots);
  const naming = [
    ...(await xmins(`SELECT xmin::text AS x FROM "EvaluationMember" UNION ALL SELECT xmax::text FROM "EvaluationMember"`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "CountyEvaluationMember" UNION ALL SELECT xmax::text FROM "CountyEvaluationMember"`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "AuditLog" WHERE "actorId" IS NOT NULL`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "IdempotentRequest"`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "User" UNION ALL SELECT xmax::text FROM "User"`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "Membership"`)),
    ...(await xmins(`SELECT xmin::text AS x FROM "Notification"`)),
  ];
  for (const x of ballotXmins) expect(naming).not.toContain(x);
  const sameTx = await xmins(`SELECT xmin::text AS x FROM "AuditLog" WHERE xmin::text = ANY($1::text[]) AND "actorId" IS NULL AND action = 'ballot_cast'`, ballotXmins);
  expect(sameTx.sort()).toEqual([...ballotXmins].sort());
  const columns = await stack.ownerDb.$queryRaw<Array<{ column_name: string; data_type: string }>>`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${table} ORDER BY 1`;
  const homeColumn = home === 'county' ? 'countyId' : 'tenantId';
  const byName = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
  expect(columns.map((c) => [c.column_name, c.data_type]).sort(byName)).toEqual([['castOn', 'date'], ['content', 'jsonb'], [homeColumn, 'uuid'], ['evaluationId', 'uuid'], ['groupId', 'uuid'], ['id', 'uuid']].sort(byName));
}
