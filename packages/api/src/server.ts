import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createContextFactory, type ApiDeps } from './context';
import { appRouter } from './root';

export interface ApiServerOptions {
  deps: ApiDeps;
  /** Browser origins of the two apps; others get no CORS headers. */
  allowedOrigins: string[];
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
    res.setHeader('access-control-allow-headers', 'authorization, content-type, x-tenant-id, x-request-id, trpc-accept');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-max-age', '600');
  }
}

/** The API's HTTP surface: tRPC under /trpc, liveness at /healthz, readiness at /readyz. */
export function createApiServer({ deps, allowedOrigins }: ApiServerOptions): Server {
  const trpc = createHTTPHandler({ router: appRouter, createContext: createContextFactory(deps), basePath: '/trpc/' });
  return createServer((req, res) => {
    applyCors(req, res, allowedOrigins);
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (path === '/healthz') {
      json(res, 200, { status: 'ok' });
    } else if (path === '/readyz') {
      deps.db.$queryRaw`SELECT 1`.then(
        () => json(res, 200, { status: 'ready' }),
        () => json(res, 503, { status: 'database unavailable' }),
      );
    } else if (path?.startsWith('/trpc/')) {
      void trpc(req, res);
    } else {
      json(res, 404, { error: 'not found' });
    }
  });
}
