import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TenantStatus } from '@pcs/domain';
import { failure, startTestStack, type TestStack } from './harness';

/** States in which the county may urge a suggestion (SUGGESTION_TRANSITIONS). */
const URGEABLE = ['assigned', 'in_handling', 'rehandling', 'replied'] as const;

let stack: TestStack;
let longtan: string;

beforeAll(async () => {
  stack = await startTestStack();
  longtan = await stack.tenantId('longtan');
});
afterEach(() => setStatus('longtan', 'active'));
afterAll(() => stack?.close());

async function setStatus(code: string, status: TenantStatus) {
  await stack.ownerDb.tenant.update({ where: { code }, data: { status } });
}

const savedFilters = () => stack.ownerDb.savedFilter.count({ where: { tenantId: longtan } });

describe('a suspended township takes no calls', () => {
  it('refuses writes and reads through every kind of procedure, with or without x-tenant-id', async () => {
    await setStatus('longtan', 'suspended');
    const before = await savedFilters();
    for (const client of [stack.client('longtan.admin'), stack.client('longtan.admin', { tenantId: longtan })]) {
      const save = await failure(client.savedFilters.save.mutate({ list: 'suggestions', name: '停用后', filter: {} }));
      expect(save.data?.code).toBe('FORBIDDEN');
      expect(save.data?.messages.zh).toBe('该乡镇已停用');
      for (const call of [
        () => client.savedFilters.list.query({ list: 'suggestions' }),
        () => client.notifications.list.query({}),
        () => client.notifications.unreadCount.query(),
        () => client.notifications.markRead.mutate({ all: true }),
        () => client.villages.list.query({}),
        () => client.users.list.query({}),
      ]) {
        expect((await failure(call())).data?.code).toBe('FORBIDDEN');
      }
    }
    expect(await savedFilters()).toBe(before);
  });

  it('still answers me.get, without the township, so the app can say why', async () => {
    await setStatus('longtan', 'suspended');
    const me = await stack.client('longtan.admin', { tenantId: longtan }).me.get.query();
    expect(me.activeTenant).toBeNull();
    expect(me.memberships.map((m) => m.tenant?.status)).toEqual(['suspended']);
  });

  it('lets a member of two townships keep working in the other one', async () => {
    const xikou = await stack.tenantId('xikou');
    // xikou.admin is also staff of longtan (the demo data).
    await setStatus('longtan', 'suspended');
    expect((await failure(stack.client('xikou.admin', { tenantId: longtan }).villages.list.query({}))).data?.code).toBe('FORBIDDEN');
    await stack.client('xikou.admin', { tenantId: xikou }).villages.list.query({});
    const me = await stack.client('xikou.admin').me.get.query();
    expect(me.activeTenant?.code).toBe('xikou');
  });
});

describe('an archived township is read-only', () => {
  it('answers reads and refuses every write, saved filters and notifications included', async () => {
    await setStatus('longtan', 'archived');
    const client = stack.client('longtan.admin', { tenantId: longtan });
    await client.villages.list.query({});
    await client.savedFilters.list.query({ list: 'suggestions' });
    await client.notifications.unreadCount.query();
    await client.users.list.query({});
    const before = await savedFilters();
    for (const call of [
      () => client.savedFilters.save.mutate({ list: 'suggestions', name: '归档后', filter: {} }),
      () => client.notifications.markRead.mutate({ all: true }),
      () => client.villages.create.mutate({ name: '归档村', kind: 'village' }),
    ]) {
      const error = await failure(call());
      expect(error.data?.code).toBe('FORBIDDEN');
      expect(error.data?.messages.zh).toBe('该乡镇已归档，只读');
    }
    expect(await savedFilters()).toBe(before);
  });

  it('refuses the county standing committee’s writes into it too', async () => {
    const suggestion = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: longtan, state: { in: [...URGEABLE] } }, select: { id: true, version: true } });
    await setStatus('longtan', 'archived');
    const error = await failure(stack.client('county').countySupervision.suggestions.step.mutate({ id: suggestion.id, version: suggestion.version, action: 'urge', payload: { note: '请加快' } }));
    expect(error.data?.messages.zh).toBe('该乡镇已归档，只读');
    await setStatus('longtan', 'active');
    await stack.client('county').countySupervision.suggestions.step.mutate({ id: suggestion.id, version: suggestion.version, action: 'urge', payload: { note: '请加快' } });
  });
});
