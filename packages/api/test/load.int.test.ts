import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOWNSHIPS } from '@pcs/db/seed';
import { countyToday, startTestStack, type TestStack } from './harness';
import { recordFigure } from './lib/figures';

/**
 * A bounded load on loopback: for LOAD_SECONDS (60 by default) the admins of every demo
 * township read lists and their home page and register suggestions at once (about one call in
 * five a write). Then: no 5xx, every row listed belongs to the caller's township, and the
 * acknowledged writes are exactly the rows found, each in the township that wrote it.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 8;

let stack: TestStack;
let api: { url: string; close(): Promise<void> };

interface Township {
  code: string;
  id: string;
  headers: Record<string, string>;
  deputyId: string | null;
}
let townships: Township[];

beforeAll(async () => {
  stack = await startTestStack();
  api = await stack.startApi({ ipRequests: 1_000_000_000, userCalls: 1_000_000_000 });
  townships = [];
  for (const { code } of DEMO_TOWNSHIPS) {
    const id = await stack.tenantId(code);
    const deputy = await stack.ownerDb.deputy.findFirst({ where: { tenantId: id, status: 'serving' }, select: { id: true } });
    townships.push({ code, id, headers: { authorization: `Bearer ${await stack.tokenFor(`${code}.admin`)}`, 'x-tenant-id': id, 'content-type': 'application/json' }, deputyId: deputy?.id ?? null });
  }
}, 120_000);
afterAll(async () => {
  await api?.close();
  await stack?.close();
});

const READS = [
  (t: Township) => ({ path: `/trpc/suggestions.list?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 20 }))}`, kind: 'suggestions', t }),
  (t: Township) => ({ path: `/trpc/villages.list?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 50 }))}`, kind: 'villages', t }),
  (t: Township) => ({ path: `/trpc/liaisonOffice.dashboard?input=${encodeURIComponent('{}')}`, kind: 'dashboard', t }),
  (t: Township) => ({ path: '/trpc/notifications.unreadCount', kind: 'unread', t }),
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe('load', () => {
  it(`holds ${CONNECTIONS} connections of users of every township for ${SECONDS} s: no 5xx, no foreign rows, every acknowledged write stored`, async () => {
    let sequence = 0;
    const writers = townships.filter((t) => t.deputyId);
    const acknowledged = new Map<string, string>(); // suggestion id -> township id that wrote it
    const listed: Array<{ tenantId: string; ids: string[] }> = [];
    const latencies: number[] = [];
    const statusCounts: Record<number, number> = {};
    let parseFailures = 0;
    // Writes sent, by idempotency key: one still in flight when the run stops is retried below, as its client would.
    const sent = new Map<string, { township: Township; body: string }>();

    interface CallContext {
      started?: number;
      kind?: string;
      township?: Township;
      key?: string;
    }
    const result = await autocannon({
      url: api.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          setupRequest: (request, context: CallContext) => {
            const n = sequence++;
            context.started = performance.now();
            if (n % 5 === 4) {
              const t = writers[n % writers.length]!;
              context.kind = 'write';
              context.township = t;
              const body = JSON.stringify({ kind: 'suggestion', source: 'between_sessions', title: `负载测试 ${t.code} ${n}`, content: '负载测试期间提交。', topic: 'roads_transport', leadDeputyId: t.deputyId, submittedOn: countyToday() });
              sent.set(`load-${n}`, { township: t, body });
              context.key = `load-${n}`;
              return { ...request, method: 'POST', path: '/trpc/suggestions.create', headers: { ...t.headers, 'idempotency-key': `load-${n}` }, body };
            }
            const t = townships[n % townships.length]!;
            const read = READS[Math.floor(n / townships.length) % READS.length]!(t);
            context.kind = read.kind;
            context.township = t;
            return { ...request, method: 'GET', path: read.path, headers: t.headers, body: undefined };
          },
          onResponse: (status, body, context: CallContext) => {
            latencies.push(performance.now() - (context.started ?? performance.now()));
            statusCounts[status] = (statusCounts[status] ?? 0) + 1;
            if (status !== 200 || !context.township) return;
            try {
              const data = (JSON.parse(body) as { result: { data: unknown } }).result.data;
              if (context.kind === 'write') {
                acknowledged.set((data as { id: string }).id, context.township.id);
                sent.delete(context.key!);
              }
              if (context.kind === 'suggestions') listed.push({ tenantId: context.township.id, ids: (data as { items: Array<{ id: string }> }).items.map((i) => i.id) });
            } catch {
              parseFailures++;
            }
          },
        },
      ],
    });

    latencies.sort((a, b) => a - b);
    const inFlight = sent.size;
    for (const [key, { township, body }] of sent) {
      const response = await fetch(`${api.url}/trpc/suggestions.create`, { method: 'POST', headers: { ...township.headers, 'idempotency-key': key }, body });
      expect(response.status).toBe(200);
      acknowledged.set(((await response.json()) as { result: { data: { id: string } } }).result.data.id, township.id);
    }
    const figures = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      townships: townships.length,
      requests: result.requests.total,
      throughputPerSecond: Math.round(result.requests.average),
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      p99Ms: Math.round(percentile(latencies, 99)),
      errors: result.errors,
      timeouts: result.timeouts,
      statuses: statusCounts,
      acknowledgedWrites: acknowledged.size,
      retriedAfterStop: inFlight,
    };

    // Every listed suggestion belongs to the township that listed it.
    const listedIds = [...new Set(listed.flatMap((l) => l.ids))];
    const owners = new Map((await stack.ownerDb.suggestion.findMany({ where: { id: { in: listedIds } }, select: { id: true, tenantId: true } })).map((r) => [r.id, r.tenantId]));
    const foreign = listed.flatMap((l) => l.ids.filter((id) => owners.get(id) !== l.tenantId));
    // Every acknowledged write is stored once, in the township that wrote it, and nothing else was.
    const stored = await stack.ownerDb.suggestion.findMany({ where: { title: { startsWith: '负载测试 ' } }, select: { id: true, tenantId: true } });
    const misplaced = stored.filter((row) => acknowledged.get(row.id) !== row.tenantId);
    recordFigure('load', { ...figures, foreignRows: foreign.length, storedWrites: stored.length });
    console.log(`load: ${JSON.stringify({ ...figures, foreignRows: foreign.length, storedWrites: stored.length })}`);

    expect(result.requests.total).toBeGreaterThan(SECONDS * 10);
    expect(Object.keys(statusCounts).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(Object.keys(statusCounts).filter((s) => s !== '200')).toEqual([]);
    expect(result.errors + result.timeouts).toBe(0);
    expect(parseFailures).toBe(0);
    expect(foreign).toEqual([]);
    expect(listed.length).toBeGreaterThan(0);
    expect(stored.length).toBe(acknowledged.size);
    expect(misplaced).toEqual([]);
  }, (SECONDS + 120) * 1000);
});
