import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';
import { hostileValue } from './hostile/hostile-values';
import { recordFigure } from './lib/figures';
import { rawCall, type CallCounter } from './lib/raw-call';
import { routerProcedures, sampleInputOf, type RouterProcedure } from './lib/router-procedures';
import { isolatedTables, tenantChecksums } from './lib/tenant-tables';

/**
 * Every procedure of the router, listed at run time, gets mutations of a plausible input:
 * wrong types, missing and unknown fields, control characters, unpaired surrogates, RTL and
 * zero-width characters, 1 MB strings, deep nesting, huge and negative numbers, NaN, invalid
 * dates, injection strings. No answer may be a 5xx, and every 400 must name the field.
 */
const procedures = routerProcedures;

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

const counter: CallCounter = { resets: 0 };

async function call(path: string, type: RouterProcedure['type'], input: unknown): Promise<Outcome> {
  const { username, township } = callerOf(path);
  const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(username)}`, ...(township ? { 'x-tenant-id': xikou } : {}) };
  const answer = await rawCall(api.url, path, type, input, headers, counter);
  const fieldIssues = (answer.json as { error?: { data?: { fieldIssues?: unknown[] } } } | null)?.error?.data?.fieldIssues?.length ?? 0;
  return { status: answer.status, fieldIssues, error: answer.error };
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
  let accepted = 0;
  const record = (path: string, input: unknown, outcome: Outcome) => {
    tried++;
    if (outcome.status >= 200 && outcome.status < 300) accepted++;
    statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
    const shown = JSON.stringify(input)?.slice(0, 200);
    if (outcome.status === 0) failures.push(`${path} no answer (${outcome.error}) ${shown}; the call before: ${previous}`);
    previous = `${path} ${outcome.status} ${JSON.stringify(input)?.length} chars ${shown?.slice(0, 80)}`;
    if (outcome.status >= 500) failures.push(`${path} ${outcome.status} ${shown}`);
    if (outcome.status === 400 && outcome.fieldIssues === 0) failures.push(`${path} 400 without a field ${shown}`);
  };

  const tables = await isolatedTables(stack.ownerDb);
  let unchangedChecked = 0;
  for (const procedure of procedures) {
    // A mutation whose every hostile call was refused must have left every township's rows as they were.
    const before = procedure.type === 'mutation' ? await tenantChecksums(stack.ownerDb, tables, null) : undefined;
    const acceptedBefore = accepted;
    const base = sampleInputOf(procedure);
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
    if (before && accepted === acceptedBefore) {
      unchangedChecked++;
      const after = await tenantChecksums(stack.ownerDb, tables, null);
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (changed.length > 0) failures.push(`${procedure.path}: every call refused, yet ${changed.join(', ')} changed`);
    }
  }
  recordFigure('hostile-input', { procedures: procedures.length, inputsTried: tried, validStartingInputs: validBases, refusedMutationsCheckedUnchanged: unchangedChecked, answers: Object.fromEntries(statuses), failures: failures.length });
  console.log(`hostile input: ${procedures.length} procedures covered, ${tried} inputs tried (${validBases} with a valid starting input, ${counter.resets} retried after a reused connection was reset; ${unchangedChecked} mutations refused every time, rows checked unchanged); answers ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  expect(failures.slice(0, 30)).toEqual([]);
});
