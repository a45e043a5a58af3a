import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { ballotCastSchema, ballotIssues, ballotOpenSchema, checkInput, clockAt, toFieldIssues, type BilingualMessage, dayOf } from '@pcs/domain';
import { noTenantScope, tenantScope, withCounty, withScope, type Tx } from '@pcs/db';
import { statusRefusal } from '../caller';
import type { Context } from '../context';
import { AppError, InvalidInput, notFound, toClientError } from '../errors';
import { refuseWithError } from '../http-refusals';
import { RateLimited } from '../limits';
import { countyBallotStore, townshipBallotStore, type BallotStore } from '../routers/ballots/store';
import { formOf } from '../routers/ballots/tally';
import { hashBallotCode, requireBallotSecret } from './codes';

/**
 * The public ballot page's API, beside tRPC and without an account (docs/audit.md, "Anonymous ballots"):
 *   GET  /ballot/<townshipId>/<evaluationId>        title, day and whether it is open
 *   POST /ballot/<townshipId>/<evaluationId>/open   { code }: the ballot form, if the code is unused
 *   POST /ballot/<townshipId>/<evaluationId>/cast   { code, answers }: spends the code and stores the ballot in one transaction
 * and the same three under /ballot/county/<countyId>/<evaluationId> for a county department's
 * evaluation in the county home (decision 79), through the same ballot store.
 * Limited per address like every request, and a wrong code counts as a failed sign-in: an address
 * that keeps guessing is blocked (PCS_LIMIT_AUTH_*). Nothing here logs the code.
 */
export const BALLOT_PREFIX = '/ballot/';

const MAX_BODY = 64 * 1024;
const uuid = z.uuid();

const refused: BilingualMessage = { zh: '投票码无效、已使用或不属于本次测评', en: 'The code is not valid, already used, or not for this evaluation' };
const closed: BilingualMessage = { zh: '本次测评已结束', en: 'This evaluation is closed' };

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return reject(new AppError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE'));
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is not kept; the server drops or closes what is left (server.ts).
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new AppError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
      } catch {
        reject(new AppError('BAD_REQUEST', 'BAD_JSON'));
      }
    });
    req.on('error', () => reject(new AppError('BAD_REQUEST', 'BAD_JSON')));
  });
}

/** The body through the input policy and the schema: field errors in both languages, never a 500. */
async function input<T extends z.ZodType>(req: IncomingMessage, schema: T): Promise<z.infer<T>> {
  const { value, issues } = checkInput(await readJson(req));
  if (issues.length > 0) throw new InvalidInput(issues);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues);
  return parsed.data;
}

interface BallotHome {
  timeZone: string;
  scope: Parameters<typeof withScope>[1];
  store(tx: Tx): BallotStore;
  /** Who holds it, as the page shows it: the township, or the county and the evaluated department. */
  name(tx: Tx, countyDepartmentId: string | null): Promise<string>;
}

async function townshipHome(ctx: Context, tenantId: string, write: boolean): Promise<BallotHome> {
  const tenant = await ctx.deps.db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, name: true, status: true, countyId: true, county: { select: { timeZone: true } } } });
  if (!tenant) throw notFound();
  const status = statusRefusal(tenant.status, write);
  if (status) throw new AppError('FORBIDDEN', status);
  return { timeZone: tenant.county.timeZone, scope: tenantScope(tenant.id), store: (tx) => townshipBallotStore(tx, tenant.countyId, tenant.id), name: () => Promise.resolve(tenant.name) };
}

/** The county home: its rows under the county's setting, as the standing committee's calls see them (no township written). */
async function countyHome(ctx: Context, countyId: string): Promise<BallotHome> {
  const county = await ctx.deps.db.county.findUnique({ where: { id: countyId }, select: { id: true, name: true, timeZone: true } });
  if (!county) throw notFound();
  return {
    timeZone: county.timeZone,
    scope: withCounty(noTenantScope(), county.id),
    store: (tx) => countyBallotStore(tx, county.id),
    name: async (tx, countyDepartmentId) => {
      const department = countyDepartmentId ? await tx.countyDepartment.findFirst({ where: { countyId: county.id, id: countyDepartmentId }, select: { name: true } }) : null;
      return `${county.name}${department?.name ?? ''}`;
    },
  };
}

export function createBallotRoutes() {
  async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL) {
    await ctx.limiter.request(ctx.ip);
    await ctx.limiter.refuseBlockedAddress(ctx.ip);
    const parts = url.pathname.slice(BALLOT_PREFIX.length).split('/');
    // The county home's path names the county; a township's names the township.
    const inCounty = parts[0] === 'county';
    const [homeId, evaluationId, action, ...rest] = inCounty ? parts.slice(1) : parts;
    const known = rest.length === 0 && (req.method === 'GET' ? action === undefined : req.method === 'POST' && (action === 'open' || action === 'cast'));
    if (!known || !uuid.safeParse(homeId).success || !uuid.safeParse(evaluationId).success) throw notFound();
    const db = ctx.deps.db;
    const home = inCounty ? await countyHome(ctx, homeId!) : await townshipHome(ctx, homeId!, action === 'cast');
    const clock = clockAt(ctx.deps.now?.() ?? new Date(), home.timeZone);
    const body = action === 'open' ? await input(req, ballotOpenSchema) : action === 'cast' ? await input(req, ballotCastSchema) : null;
    const secret = body ? requireBallotSecret(ctx.deps.ballotSecret) : '';

    const answer = await withScope(db, home.scope, async (tx: Tx) => {
      const store = home.store(tx);
      const evaluation = await store.findEvaluation(evaluationId!);
      if (!evaluation) throw notFound();
      const summary = { township: await home.name(tx, evaluation.countyDepartmentId), title: evaluation.title, heldOn: dayOf(evaluation.heldOn), status: evaluation.status };
      if (!body) return { ok: true as const, value: summary };
      if (evaluation.status !== 'open') throw new AppError('CONFLICT', 'CONFLICT_STALE', closed);
      const hash = new Uint8Array(hashBallotCode(secret, body.code));
      const form = formOf(evaluation);
      if (action === 'open') {
        if (!(await store.codeUnspent(evaluation.id, hash))) return { ok: false as const };
        return { ok: true as const, value: { ...summary, ...form } };
      }
      const cast = body as z.infer<typeof ballotCastSchema>;
      const issues = ballotIssues(form, cast.answers);
      if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
      return (await store.cast(evaluation.id, hash, cast.answers, clock.today)) ? { ok: true as const, value: { cast: true } } : { ok: false as const };
    });
    if (!answer.ok) {
      await ctx.limiter.authFailed(ctx.ip);
      throw new AppError('FORBIDDEN', 'FORBIDDEN', refused);
    }
    ctx.log.info({ path: `ballot.${action ?? 'summary'}` }, 'call ok');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.value));
  }

  return (ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL) =>
    handle(ctx, req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof RateLimited) res.setHeader('retry-after', String(error.retryAfterSeconds));
      const { error: safe, unexpected } = error instanceof AppError ? { error, unexpected: false } : toClientError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error }));
      if (unexpected) ctx.log.error({ err: error, path: 'ballot' }, 'ballot request failed');
      refuseWithError(res, safe as AppError, error instanceof InvalidInput ? toFieldIssues(error.issues) : undefined);
    });
}
