import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solve } from '../src/public/proof-of-work';
import { startApiProcess, type ApiProcess } from './api-process';
import { startTestStack, type TestStack } from './harness';

/** A JSON answer of the API (the public page's `data`, or an error). */
type Answer = { data?: { challenge: string; bits: number } } | string;

/** One request on a connection of its own (no keep-alive): the cluster hands each new connection to its next worker. */
function send(url: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: Answer }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = request(url, { method: init.method ?? 'GET', agent: false, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text.startsWith('{') ? (JSON.parse(text) as Answer) : text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The primary's worker processes, as the operating system lists its children (node ones: tsx's esbuild is a child too). */
function workerPids(primary: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(primary), '-x', 'node'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the API as several worker processes (PCS_API_WORKERS)', () => {
  let stack: TestStack;
  let api: ApiProcess;
  const IP_REQUESTS = 12;

  beforeAll(async () => {
    stack = await startTestStack();
    api = await startApiProcess(stack, { PCS_API_WORKERS: '2', PCS_LIMIT_IP_REQUESTS: String(IP_REQUESTS), PCS_LIMIT_WINDOW_SECONDS: '600', PCS_PUBLIC_PROOF_BITS: '8' });
  });
  afterAll(async () => {
    await api?.stop();
    await stack?.close();
  });

  it('runs two worker processes', async () => {
    expect(workerPids(api.process.pid!)).toHaveLength(2);
  });

  it('one challenge of the public report page: issued by one worker, accepted by the other, refused on its second use', async () => {
    const form = await send(`${api.url}/public/xikou/grid-events`);
    expect(form.status).toBe(200);
    const { challenge, bits } = (form.body as { data: { challenge: string; bits: number } }).data;
    const report = { category: 'other', place: { address: '村口桥下' }, description: '桥下堆放垃圾。', challenge, nonce: solve(challenge, bits) };
    // Round robin: the next connection goes to the other worker, the one after back to the first.
    expect((await send(`${api.url}/public/xikou/grid-events`, { method: 'POST', body: report })).status).toBe(200);
    const again = await send(`${api.url}/public/xikou/grid-events`, { method: 'POST', body: report });
    expect(again.status).toBe(400);
    expect(JSON.stringify(again.body)).toContain('nonce');
  });

  it("counts an address's requests once for the machine, not once per worker", async () => {
    // The public page's three requests above count too (same window, same address).
    const statuses: number[] = [];
    for (let i = 0; i < IP_REQUESTS + 6; i++) statuses.push((await send(`${api.url}/trpc/me.get`)).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6 + 3);
    expect(statuses.filter((s) => s === 401)).toHaveLength(IP_REQUESTS - 3);
  });

  it('replaces a worker that dies, and stops with its workers on SIGTERM', async () => {
    const [first] = workerPids(api.process.pid!);
    process.kill(first!, 'SIGKILL');
    let pids: number[] = [];
    for (let i = 0; i < 100; i++) {
      pids = workerPids(api.process.pid!);
      if (pids.length === 2 && !pids.includes(first!)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(first);
    expect(await api.stop()).toBe(0);
    expect(pids.filter(isRunning)).toEqual([]);
  });
});
