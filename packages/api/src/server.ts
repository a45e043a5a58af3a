import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { ATTACHMENTS_PREFIX, createAttachmentRoutes } from './attachments/http';
import { BALLOT_PREFIX, createBallotRoutes } from './ballots/public-http';
import { clientAddress, createContextFactory, type ApiDeps } from './context';
import { refuse } from './http-refusals';
import { ApiLimiter, limitsFromEnv, RateLimited, type ApiLimitSettings, type ProcessShare } from './limits';
import { PUBLIC_PREFIX, createPublicRoutes } from './public/grid-events';
import { appRouter } from './root';
import { setSecurityHeaders } from './security-headers';

export interface ApiServerOptions {
  deps: ApiDeps;
  /** Browser origins of the two apps; others get no CORS headers. */
  allowedOrigins: string[];
  /** Rate, batch and body limits; unset ones come from the environment or the defaults (`limitsFromEnv`). */
  limits?: Partial<ApiLimitSettings>;
  /** One worker of several (`apps/api`, PCS_API_WORKERS): counters in the primary, the challenges' key shared. Alone by default. */
  share?: ProcessShare;
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: string[]) {
  const origin = req.headers.origin;
  if (origin && allowedOrigins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-allow-headers', 'authorization, content-type, x-tenant-id, x-request-id, trpc-accept, idempotency-key');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-expose-headers', 'retry-after, content-disposition');
    res.setHeader('access-control-max-age', '600');
  }
}

const TRPC_PREFIX = '/trpc/';
const LINGER_MS = 10_000;

/**
 * A call answered before its body was read (refused, or without input) leaves the body unread.
 * Drop at most `budget` bytes more, what the call could have sent anyway, so the connection
 * stays usable; a body past that, or one that takes too long, closes the connection instead.
 */
function dropUnreadBody(req: IncomingMessage, budget: number): void {
  if (req.complete || req.destroyed) return;
  let left = budget;
  const timer = setTimeout(() => req.destroy(), LINGER_MS).unref();
  req.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) req.destroy();
  });
  req.on('end', () => clearTimeout(timer));
  req.on('close', () => clearTimeout(timer));
  req.resume();
}

/** The API's HTTP surface: tRPC under /trpc, files under /attachments, the public's pages under /public, liveness at /healthz, readiness at /readyz. */
export function createApiServer({ deps, allowedOrigins, limits, share = { home: 'process' } }: ApiServerOptions): Server {
  const settings = { ...limitsFromEnv(), ...limits };
  const limiter = new ApiLimiter(settings, share.home);
  const createContext = createContextFactory(deps, limiter);
  const attachments = createAttachmentRoutes(settings);
  const ballots = createBallotRoutes();
  const publicRoutes = createPublicRoutes(deps.db, settings, deps.logger, share, deps.attachmentStore);

  async function handleTrpc(req: IncomingMessage, res: ServerResponse, url: URL) {
    const maxBodySize = settings.maxBodyBytes;
    res.on('finish', () => dropUnreadBody(req, maxBodySize));
    try {
      await limiter.request(clientAddress(req, settings.trustedProxies));
    } catch (error) {
      if (!(error instanceof RateLimited)) throw error;
      return refuse(res, 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED', { 'retry-after': String(error.retryAfterSeconds) });
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(TRPC_PREFIX.length));
    } catch {
      return refuse(res, 404, 'NOT_FOUND', 'NOT_FOUND');
    }
    const paths = url.searchParams.get('batch') === '1' ? path.split(',') : [path];
    if (paths.length > settings.maxBatchCalls) return refuse(res, 400, 'BAD_REQUEST', 'BATCH_TOO_LARGE');
    // Checked before a byte of the body is read; tRPC counts a body without a length as it streams.
    if (Number(req.headers['content-length'] ?? 0) > maxBodySize) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', { connection: 'close' });
    await nodeHTTPRequestHandler({
      router: appRouter,
      createContext,
      req,
      res,
      path,
      maxBodySize,
      responseMeta({ errors }) {
        const limited = errors.find((e): e is RateLimited => e instanceof RateLimited);
        return limited ? { headers: { 'retry-after': String(limited.retryAfterSeconds) } } : {};
      },
    });
  }

  return createServer((req, res) => {
    setSecurityHeaders(res);
    applyCors(req, res, allowedOrigins);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://api');
    } catch {
      // A request target no URL parser accepts (e.g. "//host:99999"): nothing of ours is there.
      res.on('finish', () => dropUnreadBody(req, 64 * 1024));
      return json(res, 400, { error: 'bad request' });
    }
    if (!url.pathname.startsWith(TRPC_PREFIX)) res.on('finish', () => dropUnreadBody(req, 64 * 1024));
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (url.pathname === '/healthz') {
      json(res, 200, { status: 'ok' });
    } else if (url.pathname === '/readyz') {
      deps.db.$queryRaw`SELECT 1`.then(
        () => json(res, 200, { status: 'ready' }),
        () => json(res, 503, { status: 'database unavailable' }),
      );
    } else if (url.pathname.startsWith(ATTACHMENTS_PREFIX)) {
      void attachments(createContext({ req }), req, res, url);
    } else if (url.pathname.startsWith(BALLOT_PREFIX)) {
      void ballots(createContext({ req }), req, res, url);
    } else if (url.pathname.startsWith(PUBLIC_PREFIX)) {
      // Without login: the public's grid-event report and tracking pages (public/grid-events.ts).
      const ip = clientAddress(req, settings.trustedProxies);
      limiter.request(ip).then(
        () => publicRoutes(req, res, url, ip),
        (error: unknown) => (error instanceof RateLimited ? refuse(res, 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED', { 'retry-after': String(error.retryAfterSeconds) }) : json(res, 500, { error: 'internal error' })),
      );
    } else if (url.pathname.startsWith(TRPC_PREFIX)) {
      handleTrpc(req, res, url).catch((error: unknown) => {
        deps.logger.error({ err: error }, 'request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
      });
    } else {
      json(res, 404, { error: 'not found' });
    }
  });
}
