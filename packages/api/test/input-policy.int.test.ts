import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestStack, type TestStack } from './harness';

let stack: TestStack;
let token: string;

beforeAll(async () => {
  stack = await startTestStack();
  token = await stack.tokenFor('xikou.staff');
});
afterAll(() => stack?.close());

/** A call over plain HTTP, so the test can send what no typed client would. */
async function post(path: string, body: string) {
  const res = await fetch(`${stack.apiUrl}/trpc/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as { error?: { data?: { fieldIssues?: Array<{ path: string; message: { zh: string; en: string } }> } } } };
}

describe('one input policy for every procedure', () => {
  it('refuses a NUL character in a free-text field and in a search box, naming the field in both languages', async () => {
    const client = stack.client('xikou.staff');
    const create = await failure(client.villages.create.mutate({ name: 'a\u0000b', kind: 'village' }));
    expect(create.data?.httpStatus).toBe(400);
    expect(create.data?.fieldIssues?.map((i) => i.path)).toEqual(['name']);
    expect(create.data?.messages.zh).toMatch(/名称.*控制字符/);
    expect(create.data?.messages.en).toMatch(/Name.*control character/);
    const search = await failure(client.villages.list.query({ search: 'a\u0000b' }));
    expect(search.data?.fieldIssues?.map((i) => i.path)).toEqual(['search']);
  });

  it('refuses an unpaired surrogate instead of failing in the audit log', async () => {
    const error = await failure(stack.client('xikou.staff').villages.create.mutate({ name: 'x\ud800y', kind: 'village' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.fieldIssues?.[0]).toMatchObject({ path: 'name', message: { en: expect.stringMatching(/unpaired surrogate/) } });
    expect(await stack.ownerDb.village.count({ where: { name: { startsWith: 'x' } } })).toBe(0);
  });

  it('refuses integers no column can hold in version and year fields', async () => {
    const client = stack.client('xikou.staff');
    const village = await client.villages.create.mutate({ name: '整数村', kind: 'village' });
    const version = await failure(client.villages.update.mutate({ id: village.id, version: 2_147_483_648, population: 1 }));
    expect(version.data?.httpStatus).toBe(400);
    expect(version.data?.fieldIssues?.map((i) => i.path)).toEqual(['version']);
    expect(version.data?.messages.zh).toMatch(/版本.*超出允许范围/);
    const year = await failure(client.supervision.plans.list.query({ year: 9_999_999_999 }));
    expect(year.data?.fieldIssues?.map((i) => i.path)).toEqual(['year']);
    // JSON has no Infinity, but 1e400 parses to it.
    expect((await post('villages.update', `{"id":"${village.id}","version":1e400}`)).status).toBe(400);
  });

  it('refuses a filter nested 10,000 levels deep, and one too large to keep', async () => {
    const deep = `{"scope":"township","list":"suggestions","name":"深","filter":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    const answer = await post('savedFilters.save', deep);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.data?.fieldIssues?.[0]?.message.en).toMatch(/nested too deeply/);
    const large = await failure(
      stack.client('xikou.staff').savedFilters.save.mutate({ list: 'suggestions', name: '大', filter: { search: 'x'.repeat(10_000) } }),
    );
    expect(large.data?.fieldIssues?.map((i) => i.path)).toEqual(['filter']);
  });

  it('answers a body that is not JSON with 400, not 500', async () => {
    const answer = await post('villages.create', '{"name": "未完');
    expect(answer.status).toBe(400);
  });

  it('stores text in Unicode NFC, so the same name is the same row', async () => {
    const client = stack.client('xikou.staff');
    const created = await client.villages.create.mutate({ name: 'Cafe\u0301村', kind: 'village' });
    expect(created.name).toBe('Caf\u00e9村');
    const duplicate = await failure(client.villages.create.mutate({ name: 'Caf\u00e9村', kind: 'village' }));
    expect(duplicate.data?.code).toBe('CONFLICT');
  });
});
