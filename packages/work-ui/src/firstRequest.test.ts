import { describe, expect, it } from 'vitest';
import { createTRPCUntypedClient, httpBatchLink } from '@trpc/client';
import { batchUrl, FIRST_REQUEST_GLOBAL, firstRequestFetch, recordCalls, type FirstRequest } from './firstRequest';

const API = 'https://api.example.cn/trpc';
const calls = [
  { path: 'grids.mine' },
  { path: 'patrols.list', input: { mine: true, page: 1, pageSize: 10, sortBy: 'startedAt', sortDirection: 'desc' } },
  { path: 'me.get' },
];

/** The URL tRPC's batch link itself asks for when these queries start in one tick. */
async function linkUrl(apiUrl: string): Promise<string> {
  const urls: string[] = [];
  const answer = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const client = createTRPCUntypedClient({
    links: [httpBatchLink({ url: apiUrl, fetch: (url) => (urls.push(String(url)), Promise.resolve(answer(calls.map(() => ({ result: { data: null } })))) ) })],
  });
  await Promise.all(calls.map((call) => client.query(call.path, call.input)));
  return urls[0]!;
}

describe('batchUrl', () => {
  it('is the URL tRPC’s batch link asks for', async () => {
    expect(batchUrl(API, calls)).toBe(await linkUrl(API));
    expect(batchUrl(`${API}/`, calls)).toBe(await linkUrl(`${API}/`));
  });
});

describe('recordCalls', () => {
  it('reads the procedures and inputs a query-options function names', () => {
    type Trpc = { grids: { mine: { queryOptions(): unknown } }; patrols: { list: { queryOptions(input: unknown): unknown } } };
    const queries = (trpc: Trpc) => ({ mine: trpc.grids.mine.queryOptions(), recent: trpc.patrols.list.queryOptions(calls[1]!.input) });
    expect(recordCalls(queries)).toEqual([{ path: 'grids.mine', input: undefined }, { path: 'patrols.list', input: calls[1]!.input }]);
  });
});

describe('firstRequestFetch', () => {
  const headers = { authorization: 'Bearer t1', 'x-tenant-id': 'a' };
  const early = (): FirstRequest & { answer: Response } => {
    const answer = new Response('early');
    return { url: batchUrl(API, calls), headers, response: Promise.resolve(answer), answer };
  };

  it('takes the script’s answer for the same first request', async () => {
    const request = early();
    const scope: Record<string, unknown> = { [FIRST_REQUEST_GLOBAL]: request };
    const response = await firstRequestFetch(scope)(request.url, { method: 'GET', headers: { ...headers } });
    expect(response).toBe(request.answer);
    expect(scope[FIRST_REQUEST_GLOBAL]).toBeUndefined();
  });

  it('sends its own when the token, the township or the URL differ, and never takes it later', async () => {
    for (const [url, sent] of [
      [batchUrl(API, calls), { authorization: 'Bearer t2', 'x-tenant-id': 'a' }],
      [batchUrl(API, calls), { authorization: 'Bearer t1' }],
      [batchUrl(API, calls), { authorization: 'Bearer t1', 'x-tenant-id': 'b' }],
      [batchUrl(API, calls.slice(2)), headers],
    ] as const) {
      const request = early();
      const scope: Record<string, unknown> = { [FIRST_REQUEST_GLOBAL]: request };
      const own = new Response('own');
      const realFetch = globalThis.fetch;
      globalThis.fetch = () => Promise.resolve(own);
      try {
        const ownFetch = firstRequestFetch(scope);
        expect(await ownFetch(url, { method: 'GET', headers: sent })).toBe(own);
        scope[FIRST_REQUEST_GLOBAL] = request;
        expect(await ownFetch(request.url, { method: 'GET', headers })).toBe(own);
      } finally {
        globalThis.fetch = realFetch;
      }
    }
  });
});
