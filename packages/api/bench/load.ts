import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEMO_TOWNSHIPS } from '@pcs/db/seed';
import { addDays, localDay } from '@pcs/domain';
import { startApiProcess } from '../test/api-process';
import type { TestStack } from '../test/harness';
import type { LoadFigures, LoadRequest, Scenario } from './load-generator';
import { fmt } from './timing';

/** Seconds each scenario runs at each concurrency: bounded, loopback only. */
const SECONDS = 8;
/** Seconds of the mix sent to a freshly started API before anything is measured (its code compiled, its statements prepared). */
const WARM_UP_SECONDS = 5;

interface Township {
  code: string;
  id: string;
  headers: Record<string, string>;
  deputyId: string;
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** What a township's staff read most: the work lists, the villages, the home page, the unread count. */
const READS = [
  (t: Township): LoadRequest => ({ method: 'GET', path: `/trpc/suggestions.list?input=${input({ page: 1, pageSize: 20 })}`, headers: t.headers }),
  (t: Township): LoadRequest => ({ method: 'GET', path: `/trpc/villages.list?input=${input({ page: 1, pageSize: 50 })}`, headers: t.headers }),
  (t: Township): LoadRequest => ({ method: 'GET', path: `/trpc/deputies.list?input=${input({ page: 1, pageSize: 20 })}`, headers: t.headers }),
  (t: Township): LoadRequest => ({ method: 'GET', path: `/trpc/gridEvents.list?input=${input({ page: 1, pageSize: 20 })}`, headers: t.headers }),
  (t: Township): LoadRequest => ({ method: 'GET', path: '/trpc/notifications.unreadCount', headers: t.headers }),
];

/** An audited write of township work: a suggestion registered (numbered, audited, its history row). */
function write(t: Township, n: number, day: string): LoadRequest {
  const body = JSON.stringify({ kind: 'suggestion', source: 'between_sessions', title: `压测 ${t.code} ${n}`, content: '基准压测期间提交。', topic: 'roads_transport', leadDeputyId: t.deputyId, submittedOn: day });
  return { method: 'POST', path: '/trpc/suggestions.create', headers: t.headers, body };
}

export interface LoadRow extends LoadFigures {
  scenario: string;
  /** The API's worker processes (PCS_API_WORKERS; 1: a single process). */
  workers: number;
  connections: number;
}

/** Requests a scenario sends in turn: more than it can send in SECONDS at this machine's pace. */
const REQUESTS_PER_SCENARIO = 10_000;

/** One scenario at one concurrency, driven by `load-generator.ts` in a process of its own. */
async function run(url: string, connections: number, next: (n: number) => LoadRequest, seconds = SECONDS): Promise<Omit<LoadRow, 'scenario' | 'workers'>> {
  const requests = Array.from({ length: REQUESTS_PER_SCENARIO }, (_, n) => next(n));
  const generator = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./load-generator.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  generator.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    generator.on('error', reject);
    generator.on('exit', resolve);
  });
  const scenario: Scenario = { url, connections, seconds, requests };
  generator.stdin.end(JSON.stringify(scenario));
  const code = await exited;
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return { connections, ...(JSON.parse(output) as LoadFigures) };
}

/**
 * A bounded mixed load at 8 and 32 connections on loopback: reads of every demo township, writes
 * of one township, of two and of all, and a mix (one call in five a write), each for SECONDS.
 * Against the API as the product starts it (`apps/api`, its own process, warmed up by WARM_UP_SECONDS
 * of the mix first, as a server that has run a while): a single process (the default), then one worker
 * per core (PCS_API_WORKERS), on the same database.
 */
export async function benchLoad(stack: TestStack): Promise<LoadRow[]> {
  const day = addDays(localDay(new Date(), 'Asia/Shanghai'), -1);
  const townships: Township[] = [];
  for (const { code } of DEMO_TOWNSHIPS) {
    const id = await stack.tenantId(code);
    const deputy = await stack.ownerDb.deputy.findFirst({ where: { tenantId: id, status: 'serving' }, select: { id: true } });
    if (!deputy) continue;
    townships.push({ code, id, deputyId: deputy.id, headers: { authorization: `Bearer ${await stack.tokenFor(`${code}.admin`)}`, 'x-tenant-id': id, 'content-type': 'application/json' } });
  }
  const [one, two] = townships;
  const readsName = `reads, ${townships.length} townships`;
  const reads = (n: number) => READS[Math.floor(n / townships.length) % READS.length]!(townships[n % townships.length]!);
  const mix = (n: number) => (n % 5 === 4 ? write(townships[n % townships.length]!, n, day) : reads(n));
  const scenarios: Array<[string, (n: number) => LoadRequest]> = [
    [readsName, reads],
    ['writes, one township', (n) => write(one!, n, day)],
    ['writes, two townships', (n) => write([one!, two!][n % 2]!, n, day)],
    [`writes, ${townships.length} townships`, (n) => write(townships[n % townships.length]!, n, day)],
    [`mix (1 in 5 a write), ${townships.length} townships`, mix],
  ];
  const rows: LoadRow[] = [];
  for (const workers of [...new Set([1, availableParallelism()])]) {
    // The benchmark's calls are not a flood: the per-address and per-user limits out of the way.
    const api = await startApiProcess(stack, { PCS_API_WORKERS: String(workers), PCS_LIMIT_IP_REQUESTS: '1000000000', PCS_LIMIT_USER_CALLS: '1000000000' });
    try {
      // Reported too: the first seconds of a freshly started API, before it is warm.
      process.stdout.write(`\rload: cold reads, ${workers} API processes            `);
      rows.push({ scenario: `${readsName}, the first ${SECONDS} s after the API started`, workers, ...(await run(api.url, 8, reads)) });
      await run(api.url, 8, mix, WARM_UP_SECONDS);
      for (const connections of [8, 32]) {
        for (const [scenario, next] of scenarios) {
          process.stdout.write(`\rload: ${scenario}, ${workers} API processes, at ${connections}            `);
          rows.push({ scenario, workers, ...(await run(api.url, connections, next)) });
        }
      }
    } finally {
      await api.stop();
    }
  }
  console.log(`\n\nMixed load on loopback: ${SECONDS} s per scenario and concurrency, autocannon, tokens of the townships' admins; the API started as the product starts it (warmed up by ${WARM_UP_SECONDS} s of the mix), with 1 and with ${availableParallelism()} worker processes`);
  console.log(loadTable(rows));
  return rows;
}

export function loadTable(rows: LoadRow[]): string {
  const lines = ['| scenario | API processes | connections | requests | requests/s | p50 ms | p95 ms | non-2xx |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.scenario} | ${r.workers} | ${r.connections} | ${r.requests} | ${fmt(r.rps)} | ${fmt(r.p50Ms)} | ${fmt(r.p95Ms)} | ${r.non2xx} |`);
  return lines.join('\n');
}
