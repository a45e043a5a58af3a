import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

/**
 * A list's total is counted only when its page cannot tell it (`pageAndTotal`): whatever the page's
 * size and number, the total a list answers is the number of its rows, as the owner counts them.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

it('answers the same total from a short page, a full page, a last page and a page past the end', async () => {
  const tenantId = await stack.tenantId('xikou');
  const villages = await stack.ownerDb.village.count({ where: { tenantId } });
  expect(villages).toBeGreaterThan(3);
  const client = stack.client('xikou.admin', { tenantId });
  const list = (page: number, pageSize: number, search?: string) => client.villages.list.query({ page, pageSize, ...(search ? { search } : {}) });

  const short = await list(1, villages + 5);
  expect([short.items.length, short.total]).toEqual([villages, villages]);
  const full = await list(1, villages);
  expect([full.items.length, full.total]).toEqual([villages, villages]);
  const lastOfTwo = await list(2, villages - 1);
  expect([lastOfTwo.items.length, lastOfTwo.total]).toEqual([1, villages]);
  const firstOfTwo = await list(1, villages - 1);
  expect([firstOfTwo.items.length, firstOfTwo.total]).toEqual([villages - 1, villages]);
  const pastTheEnd = await list(9, villages);
  expect([pastTheEnd.items.length, pastTheEnd.total]).toEqual([0, villages]);
  const none = await list(1, 20, '没有这样的村');
  expect([none.items.length, none.total]).toEqual([0, 0]);
  // The two pages of two hold every village once, in the list's order.
  expect([...firstOfTwo.items, ...lastOfTwo.items].map((v) => v.id)).toEqual(full.items.map((v) => v.id));
});

it('counts a list read through a keyset (the audit log after an entry) whatever its page holds', async () => {
  const tenantId = await stack.tenantId('xikou');
  const client = stack.client('xikou.admin', { tenantId });
  const first = await client.audit.listTownship.query({ page: 1, pageSize: 2 });
  expect(first.items.length).toBe(2);
  const entries = await stack.ownerDb.auditLog.count({ where: { tenantId } });
  expect(first.total).toBe(entries);
  // The keyset page after the second-oldest entry, newest first, holds the oldest only: its place in the list is not its number.
  const [oldest, secondOldest] = await stack.ownerDb.auditLog.findMany({ where: { tenantId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], take: 2, select: { id: true } });
  const after = await client.audit.listTownship.query({ page: 1, pageSize: 20, sortDirection: 'desc', after: secondOldest!.id.toString() });
  expect(after.items.map((e) => e.id)).toEqual([oldest!.id.toString()]);
  expect(after.total).toBe(entries);
});
