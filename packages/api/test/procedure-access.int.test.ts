import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONGRESS_BOOK_PERMISSIONS, CONGRESS_BOOKS, holdingOf, mayCall, PROCEDURE_ACCESS, ROLES, ROLE_INFO, type Role } from '@pcs/domain';
import { appRouter } from '../src/root';
import * as deputyArea from '../src/routers/deputies';
import { startTestStack, type TestStack } from './harness';
import { pooled, rawCall } from './lib/raw-call';
import { routerProcedures } from './lib/router-procedures';

/**
 * Every procedure of the app router, found at run time, called over HTTP by one user of each
 * role with a minimal input: the answer must match PROCEDURE_ACCESS (packages/domain/src/access).
 * Deny is FORBIDDEN (403), or UNAUTHORIZED (401) without a token; allow is any other answer
 * (a 400 for the minimal input is fine), and never a 5xx. A procedure missing from the map fails.
 */
let stack: TestStack;
let api: { url: string; close(): Promise<void> };
let xikou: string;
beforeAll(async () => {
  stack = await startTestStack();
  // About 1,500 calls from one address in seconds: the rate limits are tested in limits.int.test.ts.
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000, authFailures: 1_000_000 });
  xikou = await stack.tenantId('xikou');
}, 120_000);
afterAll(async () => {
  await api?.close();
  await stack?.close();
});

/** One demo user per role (packages/db/src/seed/demo-county.ts); township users call for 溪口镇. */
const USER_OF: Record<Role, string> = {
  platform_admin: 'admin',
  county_sc_viewer: 'county',
  county_dept_handler: 'transport',
  county_grid_office: 'gridoffice',
  township_admin: 'xikou.admin',
  township_staff: 'xikou.staff',
  township_handler: 'xikou.handler',
  grid_worker: 'xikou.grid',
  deputy: 'xikou.deputy',
};

const procedures = routerProcedures;

interface Answer {
  status: number;
  code: string | undefined;
}

async function call(path: string, type: string, input: unknown, headers: Record<string, string>): Promise<Answer> {
  const { status, code } = await rawCall(api.url, path, type, input, headers);
  return { status, code };
}

async function headersFor(role: Role): Promise<Record<string, string>> {
  const token = await stack.tokenFor(USER_OF[role]);
  return { authorization: `Bearer ${token}`, ...(ROLE_INFO[role].scope === 'township' ? { 'x-tenant-id': xikou } : {}) };
}

const denied = (a: Answer) => a.status === 401 || a.status === 403;

describe('procedure access', () => {
  it('has an entry for every procedure of the app router, and none for a procedure that is gone', () => {
    const paths = procedures.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.filter((path) => !PROCEDURE_ACCESS.has(path))).toEqual([]);
    expect([...PROCEDURE_ACCESS.keys()].filter((path) => !paths.includes(path))).toEqual([]);
  });

  it('uses demo users holding exactly the role they stand for', async () => {
    for (const role of ROLES) {
      const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: USER_OF[role] }, include: { memberships: true } });
      const held = user.memberships.filter((m) => (ROLE_INFO[role].scope === 'township' ? m.tenantId === xikou : m.tenantId === null));
      expect(held.map((m) => m.role)).toEqual([role]);
      if (role === 'county_dept_handler') expect(held[0]!.departmentId).toBeTruthy();
    }
  });

  it('refuses every procedure without a token', async () => {
    const answers = await pooled(procedures.map(({ path, type }) => async () => ({ path, ...(await call(path, type, {}, {})) })));
    expect(answers.filter((a) => a.status !== 401 || a.code !== 'UNAUTHORIZED')).toEqual([]);
  }, 60_000);

  it('allows and denies each procedure for each role as the map says, and never fails with a 5xx', async () => {
    const headers = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await headersFor(role)] as const))) as Record<Role, Record<string, string>>;
    const cases = procedures.flatMap(({ path, type }) => ROLES.map((role) => ({ path, type, role })));
    const answers = await pooled(cases.map(({ path, type, role }) => async () => ({ path, role, ...(await call(path, type, {}, headers[role])) })));
    const wrong = answers.flatMap((a) => {
      const access = PROCEDURE_ACCESS.get(a.path);
      if (!access) return [{ ...a, problem: 'no entry in PROCEDURE_ACCESS' }];
      const expected = mayCall(access, holdingOf(a.role)) ? 'allow' : 'deny';
      if (a.status >= 500) return [{ ...a, expected, problem: 'server error' }];
      if (expected === 'deny' && (a.status !== 403 || a.code !== 'FORBIDDEN')) return [{ ...a, expected, problem: 'not FORBIDDEN' }];
      if (expected === 'allow' && denied(a)) return [{ ...a, expected, problem: 'refused' }];
      return [];
    });
    expect(wrong).toEqual([]);
    // About 1,200 calls: seconds on a quiet machine, a minute when other suites share the two cores.
  }, 240_000);

  it('keeps a unit handler and a grid worker out of every deputies, books and profiles procedure', async () => {
    // The deputies area's top-level paths: those root.ts registers with one of the routers
    // `routers/deputies` exports (known by their procedures: tRPC copies a sub-router's record).
    const areaProcedures = new Set(Object.values(deputyArea).flatMap((r) => Object.values(r._def.record)));
    const area = new Set(Object.entries(appRouter._def.record).flatMap(([path, r]) => (Object.values(r as object).some((p) => areaProcedures.has(p)) ? [path] : [])));
    const paths = procedures.filter((p) => area.has(p.path.split('.')[0]!));
    expect(paths.map((p) => p.path)).toEqual(expect.arrayContaining(['congressBooks.get', 'dutyProfiles.get', 'dutyProfiles.list', 'deputies.list', 'liaisonOffice.dashboard']));
    for (const role of ['township_handler', 'grid_worker'] as const) {
      const headers = await headersFor(role);
      const answers = await pooled(paths.map(({ path, type }) => async () => ({ path, ...(await call(path, type, {}, headers)) })));
      expect(answers.filter((a) => a.status !== 403 || a.code !== 'FORBIDDEN')).toEqual([]);
      // With a well-formed input too: the refusal does not depend on the input.
      const year = new Date().getFullYear();
      for (const book of CONGRESS_BOOKS) {
        expect(await call('congressBooks.get', 'query', { book, year }, headers)).toEqual({ status: 403, code: 'FORBIDDEN' });
      }
    }
  }, 60_000);

  it('opens each congress book only to roles holding every permission it needs', async () => {
    const year = new Date().getFullYear();
    const cases = ROLES.flatMap((role) => CONGRESS_BOOKS.map((book) => ({ role, book })));
    const headers = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await headersFor(role)] as const))) as Record<Role, Record<string, string>>;
    const answers = await pooled(cases.map(({ role, book }) => async () => ({ role, book, ...(await call('congressBooks.get', 'query', { book, year }, headers[role])) })));
    for (const a of answers) {
      const holding = holdingOf(a.role);
      const expected = CONGRESS_BOOK_PERMISSIONS[a.book].every((p) => mayCall({ level: 'township', allOf: [p] }, holding));
      expect({ role: a.role, book: a.book, status: expected ? 200 : 403 }).toEqual({ role: a.role, book: a.book, status: a.status });
    }
  });
});
