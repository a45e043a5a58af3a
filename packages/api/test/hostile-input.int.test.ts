import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appRouter } from '../src/root';
import { startTestStack, type TestStack } from './harness';
import { hostileValue } from './hostile/hostile-values';
import { sampleInput } from './hostile/sample-input';

/**
 * Every procedure of the router, listed at run time, gets mutations of a plausible input:
 * wrong types, missing and unknown fields, control characters, unpaired surrogates, RTL and
 * zero-width characters, 1 MB strings, deep nesting, huge and negative numbers, NaN, invalid
 * dates, injection strings. No answer may be a 5xx, and every 400 must name the field.
 */
interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: z.core.$ZodType[];
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>).map(([path, p]) => ({ path, ...p._def }));

/** Who calls: a user who may, so calls get past the permission check into the handler. */
function callerOf(path: string): { username: string; township: boolean } {
  if (/^(county|countySupervision|countyDeputies)\./.test(path)) return { username: 'county', township: false };
  if (path.startsWith('department.')) return { username: 'transport', township: false };
  if (/^(tenants|audit|countySettings)\./.test(path)) return { username: 'admin', township: false };
  return { username: 'xikou.admin', township: true };
}

let stack: TestStack;
let api: { url: string; close(): Promise<void> };
const tokens = new Map<string, string>();
let xikou: string;

beforeAll(async () => {
  stack = await startTestStack();
  // Thousands of calls from one address and a few users: limits are tested elsewhere.
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000 });
  for (const name of ['county', 'transport', 'admin', 'xikou.admin']) tokens.set(name, await stack.tokenFor(name));
  xikou = await stack.tenantId('xikou');
});
afterAll(async () => {
  await api?.close();
  await stack?.close();
});

interface Outcome {
  /** 0: no answer (the connection failed). */
  status: number;
  fieldIssues: number;
  error?: string;
}

/** Connections found closed when reused (an idle keep-alive socket the server had just closed), retried once. */
let resets = 0;

async function call(path: string, type: ProcedureDef['type'], input: unknown): Promise<Outcome> {
  const first = await callOnce(path, type, input);
  if (first.status !== 0 || !/ECONNRESET|other side closed/.test(first.error ?? '')) return first;
  resets++;
  return callOnce(path, type, input);
}

async function callOnce(path: string, type: ProcedureDef['type'], input: unknown): Promise<Outcome> {
  const { username, township } = callerOf(path);
  const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(username)}`, ...(township ? { 'x-tenant-id': xikou } : {}) };
  const body = input === undefined ? undefined : JSON.stringify(input);
  let res: Response;
  try {
    res =
      type === 'query'
        ? await fetch(`${api.url}/trpc/${path}${body === undefined ? '' : `?input=${encodeURIComponent(body)}`}`, { headers })
        : await fetch(`${api.url}/trpc/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }) });
  } catch (error) {
    return { status: 0, fieldIssues: 0, error: String((error as Error).cause ?? error) };
  }
  const json = (await res.json().catch(() => ({}))) as { error?: { data?: { fieldIssues?: Array<{ path: string }> } } };
  return { status: res.status, fieldIssues: json.error?.data?.fieldIssues?.length ?? 0 };
}

type Path = Array<string | number>;

/** Paths to every value in an input, the input itself first. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

const REMOVE = Symbol('remove');

function replaced(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(base) ? [...base] : { ...(base as object) };
  const [head, ...rest] = path;
  const target = copy as Record<string | number, unknown>;
  if (rest.length === 0 && value === REMOVE) delete target[head!];
  else target[head!] = replaced(target[head!], rest, value);
  return copy;
}

it('never answers a hostile input with a 5xx, and names the field of every 400', { timeout: 1_200_000 }, async () => {
  const failures: string[] = [];
  let tried = 0;
  let validBases = 0;
  const statuses = new Map<number, number>();
  let previous = '';
  const record = (path: string, input: unknown, outcome: Outcome) => {
    tried++;
    statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
    const shown = JSON.stringify(input)?.slice(0, 200);
    if (outcome.status === 0) failures.push(`${path} no answer (${outcome.error}) ${shown}; the call before: ${previous}`);
    previous = `${path} ${outcome.status} ${JSON.stringify(input)?.length} chars ${shown?.slice(0, 80)}`;
    if (outcome.status >= 500) failures.push(`${path} ${outcome.status} ${shown}`);
    if (outcome.status === 400 && outcome.fieldIssues === 0) failures.push(`${path} 400 without a field ${shown}`);
  };

  for (const procedure of procedures) {
    const base = procedure.inputs.length === 0 ? undefined : procedure.inputs.map((schema) => sampleInput(schema)).reduce((a, b) => (typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : (b ?? a)));
    if (procedure.inputs.every((schema) => (schema as z.ZodType).safeParse(base).success)) validBases++;
    // Queries travel in the URL: 8 KB strings there, 1 MB in bodies.
    const maxString = procedure.type === 'query' ? 8 * 1024 : 1024 * 1024;
    const paths = pathsOf(base);
    const fixed: unknown[] = [base, null, 'x', 42, [], { unexpected: 'x' }, replaced(base, ['unexpected'], 'x')];
    for (const path of paths.filter((p) => p.length > 0)) fixed.push(replaced(base, path, REMOVE));
    for (const input of fixed) record(procedure.path, input, await call(procedure.path, procedure.type, input));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), hostileValue(maxString), async (path, value) => {
        const input = replaced(base, path, value);
        record(procedure.path, input, await call(procedure.path, procedure.type, input));
      }),
      { numRuns: 12, seed: 20261127 },
    );
  }
  console.log(`hostile input: ${procedures.length} procedures covered, ${tried} inputs tried (${validBases} with a valid starting input, ${resets} retried after a reused connection was reset); answers ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  expect(failures.slice(0, 30)).toEqual([]);
});
