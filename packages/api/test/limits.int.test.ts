import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src';
import { startTestStack, type TestStack } from './harness';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

interface Answer {
  status: number;
  headers: Headers;
  body: { error?: { data?: { code?: string; messages?: { zh: string; en: string } } } };
}

async function get(apiUrl: string, path: string, token?: string): Promise<Answer> {
  const res = await fetch(`${apiUrl}/trpc/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/** Sends only the headers of a POST and waits for the answer: the body is never sent. */
function postHeadersOnly(apiUrl: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${apiUrl}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

/** Streams a body without a length, 64 KiB at a time, until the server answers; returns the status and the bytes sent. */
function streamUntilAnswered(apiUrl: string, path: string, token: string, maxBytes: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(`${apiUrl}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.write('{"name":"');
    pump();
  });
}

describe('per-user and per-address rate limits', () => {
  it('answers a 300-call burst of one user with 429 and Retry-After once the default limit is spent', async () => {
    // A long window, so that a slow machine cannot spread the burst over two of them.
    const api = await stack.startApi({ windowSeconds: 600 });
    const token = await stack.tokenFor('xikou.staff');
    const answers: Answer[] = [];
    for (let i = 0; i < 300; i += 25) answers.push(...(await Promise.all(Array.from({ length: 25 }, () => get(api.url, 'me.get', token)))));
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(DEFAULT_LIMITS.userCalls);
    expect(refused).toHaveLength(300 - DEFAULT_LIMITS.userCalls);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused[0]!.body.error?.data?.messages?.zh).toBe('请求过于频繁，请稍后再试');
    // Another user is not held back by the first one.
    expect((await get(api.url, 'me.get', await stack.tokenFor('xikou.admin'))).status).toBe(200);
    await api.close();
  });

  it('keeps the defaults above what the apps ask in a burst, and below an attacker’s burst', () => {
    expect(DEFAULT_LIMITS.userCalls).toBeLessThan(300);
    expect(DEFAULT_LIMITS.userCalls / DEFAULT_LIMITS.windowSeconds).toBeGreaterThanOrEqual(10);
  });

  it('blocks an address that keeps sending bad tokens, even its good ones, until the block ends', async () => {
    const api = await stack.startApi({ authFailures: 5, authFailureWindowSeconds: 60, authBlockSeconds: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await get(api.url, 'me.get', `bad-token-${i}`)).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
      const good = await stack.tokenFor('xikou.staff');
      const blocked = await get(api.url, 'me.get', good);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toMatch(/^[12]$/);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await get(api.url, 'me.get', good)).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('limits requests per address before anything else is done', async () => {
    const api = await stack.startApi({ ipRequests: 10 });
    try {
      const statuses = await Promise.all(Array.from({ length: 15 }, () => get(api.url, 'me.get').then((a) => a.status)));
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(5);
      // Liveness is never limited.
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});

describe('batch and body limits', () => {
  it('refuses a GET carrying 1,000 batched calls, and serves a batch within the cap', async () => {
    const token = await stack.tokenFor('xikou.admin');
    const paths = (n: number) => Array.from({ length: n }, () => 'me.get').join(',');
    const inputs = (n: number) => encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, null]))));
    const huge = await fetch(`${stack.apiUrl}/trpc/${paths(1000)}?batch=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as Answer['body']).error?.data?.messages?.en).toBe('Too many calls in one request');
    const ok = await fetch(`${stack.apiUrl}/trpc/${paths(DEFAULT_LIMITS.maxBatchCalls)}?batch=1&input=${inputs(DEFAULT_LIMITS.maxBatchCalls)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses a 20 MB body from its Content-Length, before reading it, with or without a token', async () => {
    const length = String(20 * 1024 * 1024);
    expect(await postHeadersOnly(stack.apiUrl, 'villages.create', { 'content-length': length })).toBe(413);
    const token = await stack.tokenFor('xikou.staff');
    expect(await postHeadersOnly(stack.apiUrl, 'villages.create', { 'content-length': length, authorization: `Bearer ${token}` })).toBe(413);
  });

  it('answers a tokenless POST without waiting for its body', async () => {
    expect(await postHeadersOnly(stack.apiUrl, 'villages.create', { 'content-length': '1000000' })).toBe(401);
  });

  it('keeps the connection usable after answering a call whose body it did not need', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (token: string, body: string) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const req = request(`${stack.apiUrl}/trpc/villages.create`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
        });
        req.on('error', reject);
        req.end(body);
      });
    // Refused at the token: its 2 MB body is never parsed.
    const first = await send('not-a-token', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), kind: 'village' }));
    expect(first.status).toBe(401);
    const second = await send(await stack.tokenFor('chengnan.admin'), JSON.stringify({ name: '保活村', kind: 'village' }));
    expect(second.status).toBe(200);
    expect(second.socket).toBe(first.socket);
    agent.destroy();
  });

  it('stops reading a streamed body at the limit', async () => {
    const token = await stack.tokenFor('xikou.handler');
    const { status, sent } = await streamUntilAnswered(stack.apiUrl, 'villages.create', token, 20 * 1024 * 1024);
    expect(status).toBe(413);
    // The limit, what is dropped before closing, and the sockets' buffers: far from all 20 MB.
    expect(sent).toBeLessThan(DEFAULT_LIMITS.maxBodyBytes + 10 * 1024 * 1024);
  });
});

describe('response headers', () => {
  it('sends security headers and no-store on data, errors and health answers', async () => {
    const token = await stack.tokenFor('xikou.staff');
    for (const res of [
      await fetch(`${stack.apiUrl}/trpc/me.get`, { headers: { authorization: `Bearer ${token}` } }),
      await fetch(`${stack.apiUrl}/trpc/me.get`),
      await fetch(`${stack.apiUrl}/healthz`),
      await fetch(`${stack.apiUrl}/nowhere`),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});

describe('odd request targets', () => {
  /** A raw HTTP/1.1 request line, which no client library would send. */
  function rawStatus(target: string): Promise<number> {
    const { hostname, port } = new URL(stack.apiUrl);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: api\r\nConnection: close\r\n\r\n`));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(Number(answer.split(' ')[1])));
      socket.on('error', reject);
    });
  }

  it('answers an unparsable target and a malformed escape with 4xx, and keeps serving', async () => {
    expect(await rawStatus('//evil:99999/x')).toBe(400);
    expect(await rawStatus('/trpc/%E0%A4%A')).toBe(404);
    expect((await fetch(`${stack.apiUrl}/healthz`)).status).toBe(200);
  });
});
