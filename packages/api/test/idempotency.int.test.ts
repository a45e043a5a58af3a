import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyToday, startTestStack, type TestStack } from './harness';
import { rawCall } from './lib/raw-call';

/**
 * A create sent again with the same Idempotency-Key (a client retrying after a lost answer)
 * makes no second row and gets the first answer; the same key with another input is refused.
 */
let stack: TestStack;
let xikou: string;
let headers: Record<string, string>;
let deputyId: string;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  headers = { authorization: `Bearer ${await stack.tokenFor('xikou.staff')}`, 'x-tenant-id': xikou };
  deputyId = (await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' } })).id;
});
afterAll(() => stack?.close());

const suggestion = (title: string) => ({ kind: 'suggestion', source: 'between_sessions', title, content: '具体情况如下。', topic: 'roads_transport', leadDeputyId: deputyId, submittedOn: countyToday() });
const create = (input: unknown, key?: string, extra: Record<string, string> = {}) =>
  rawCall(stack.apiUrl, 'suggestions.create', 'mutation', input, { ...headers, ...extra, ...(key ? { 'idempotency-key': key } : {}) });
const rows = (title: string) => stack.ownerDb.suggestion.count({ where: { tenantId: xikou, title } });

describe('Idempotency-Key', () => {
  it('answers a retried create with the first answer, and stores one row', async () => {
    const key = randomUUID();
    const first = await create(suggestion('关于重试的建议'), key);
    expect(first.status).toBe(200);
    const again = await create(suggestion('关于重试的建议'), key);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(await rows('关于重试的建议')).toBe(1);
    // Without a key the same input is a second suggestion, as before.
    expect((await create(suggestion('关于重试的建议'))).status).toBe(200);
    expect(await rows('关于重试的建议')).toBe(2);
  });

  it('makes one row of ten identical requests sent at once', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => create(suggestion('关于并发重试的建议'), key)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => JSON.stringify(a.json))).size).toBe(1);
    expect(await rows('关于并发重试的建议')).toBe(1);
  });

  it('refuses the same key with another input, and a malformed key', async () => {
    const key = randomUUID();
    expect((await create(suggestion('关于键复用的建议'), key)).status).toBe(200);
    const reused = await create(suggestion('另一条建议'), key);
    expect({ status: reused.status, code: reused.code }).toEqual({ status: 409, code: 'CONFLICT' });
    expect(await rows('另一条建议')).toBe(0);
    const malformed = await create(suggestion('关于坏键的建议'), 'bad key with spaces');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.json)).toContain('Idempotency-Key');
    expect(await rows('关于坏键的建议')).toBe(0);
  });

  it("keeps one user's keys apart from another's, and a failed call does not use up its key", async () => {
    const key = randomUUID();
    const refused = await create({ ...suggestion('关于失败后重试的建议'), leadDeputyId: randomUUID() }, key);
    expect(refused.status).toBe(400);
    expect((await create(suggestion('关于失败后重试的建议'), key)).status).toBe(200);
    const admin = { authorization: `Bearer ${await stack.tokenFor('xikou.admin')}` };
    expect((await create(suggestion('关于失败后重试的建议'), key, admin)).status).toBe(200);
    expect(await rows('关于失败后重试的建议')).toBe(2);
  });

  it('is refused where it cannot be honoured (county and platform writes)', async () => {
    const county = { authorization: `Bearer ${await stack.tokenFor('county')}`, 'idempotency-key': randomUUID() };
    const answer = await rawCall(stack.apiUrl, 'countySupervision.suggestions.step', 'mutation', { id: randomUUID(), version: 1, action: 'urge', payload: { note: '请加快' } }, county);
    expect(answer.status).toBe(400);
  });
});
