import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestStack, type TestStack } from './harness';

// What the admin app's provisioning screens read beyond the provisioning procedures themselves.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

describe('county departments', () => {
  it("lists the caller's county departments for the role editor", async () => {
    const departments = await stack.client('admin').county.departments.query();
    expect(departments.map((d) => d.name)).toEqual(expect.arrayContaining(['县交通运输局', '县教育局']));
    expect(Object.keys(departments[0]!).sort()).toEqual(['id', 'name']);
  });

  it('is for user administrators at county level only', async () => {
    expect((await failure(stack.client('county').county.departments.query())).data?.code).toBe('FORBIDDEN');
    expect((await failure(stack.client('xikou.admin').county.departments.query())).data?.code).toBe('FORBIDDEN');
  });
});

describe('township list', () => {
  it("carries each township's version, so a status change from the list is optimistically locked", async () => {
    const admin = stack.client('admin');
    const row = (await admin.tenants.list.query({ search: 'qingshan' })).items[0]!;
    expect(row.version).toBe((await stack.ownerDb.tenant.findUniqueOrThrow({ where: { code: 'qingshan' } })).version);
    await admin.tenants.setStatus.mutate({ id: row.id, version: row.version, status: 'suspended' });
    // The same (now stale) version is refused.
    expect((await failure(admin.tenants.setStatus.mutate({ id: row.id, version: row.version, status: 'active' }))).data?.code).toBe('CONFLICT');
    const after = (await admin.tenants.list.query({ search: 'qingshan' })).items[0]!;
    expect(after).toMatchObject({ status: 'suspended', version: row.version + 1 });
    await admin.tenants.setStatus.mutate({ id: row.id, version: after.version, status: 'active' });
  });
});
