import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ADMIN_AUTH_ERRORS, authenticateAdmin } from './admin-auth';
import { AdminError, readRepresentation } from './admin-http';
import {
  addRealmRoleMappings, deleteRealmRoleMappings, getRealmRoleMappings, getRole, getRoleMappings, listRoles,
} from './admin-roles';
import { countUsers, createUser, deleteUser, getUser, listUsers, resetPassword, updateUser } from './admin-users';
import type { IdpContext } from './context';
import { sendJson } from './http';

interface Call {
  ctx: IdpContext;
  req: IncomingMessage;
  res: ServerResponse;
  /** Values of the `:name` segments, in order. */
  params: string[];
  q: URLSearchParams;
}
type Handler = (call: Call) => Promise<void> | void;

const id = (c: Call) => c.params[0]!;

/** The subset of Keycloak's Admin REST API the Keycloak admin client uses for provisioning. */
const ROUTES: Array<[pattern: string, methods: Record<string, Handler>]> = [
  ['users', { GET: (c) => listUsers(c.ctx, c.res, c.q), POST: (c) => createUser(c.ctx, c.req, c.res) }],
  // Before users/:id, which would otherwise take "count" for an id.
  ['users/count', { GET: (c) => countUsers(c.ctx, c.res, c.q) }],
  [
    'users/:id',
    {
      GET: (c) => getUser(c.ctx, c.res, id(c)),
      PUT: (c) => updateUser(c.ctx, c.req, c.res, id(c)),
      DELETE: (c) => deleteUser(c.ctx, c.res, id(c)),
    },
  ],
  ['users/:id/reset-password', { PUT: (c) => resetPassword(c.ctx, c.req, c.res, id(c)) }],
  ['users/:id/role-mappings', { GET: (c) => getRoleMappings(c.ctx, c.res, id(c)) }],
  [
    'users/:id/role-mappings/realm',
    {
      GET: (c) => getRealmRoleMappings(c.ctx, c.res, id(c)),
      POST: (c) => addRealmRoleMappings(c.ctx, c.req, c.res, id(c)),
      DELETE: (c) => deleteRealmRoleMappings(c.ctx, c.req, c.res, id(c)),
    },
  ],
  ['roles', { GET: (c) => listRoles(c.ctx, c.res, c.q) }],
  ['roles/:name', { GET: (c) => getRole(c.ctx, c.res, id(c)) }],
];

/** Our test control, outside Keycloak's API: it is neither counted nor failed. */
const FAULTS_PATH = 'dev/faults';
const faultsSchema = z.object({ failNext: z.number().int().nonnegative() });

/**
 * Everything under `/admin/realms/<realm>/` (`path` is the rest). Injected faults come first, as a
 * Keycloak that is down answers 503 whoever asks; then the bearer token; then the route.
 */
export async function handleAdmin(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, path: string, url: URL) {
  try {
    if (path === FAULTS_PATH) return await setFaults(ctx, req, res);
    if (ctx.admin.take()) return sendJson(res, 503, { error: 'unavailable' });
    const auth = await authenticateAdmin(ctx, req);
    if ('status' in auth) return sendJson(res, auth.status, ADMIN_AUTH_ERRORS[auth.status]);

    const method = req.method ?? 'GET';
    const found = match(path);
    if (!found) return sendJson(res, 404, { error: 'HTTP 404 Not Found' });
    const handler = found.methods[method];
    if (!handler) {
      return sendJson(res, 405, { error: 'HTTP 405 Method Not Allowed' }, { Allow: Object.keys(found.methods).join(', ') });
    }
    await handler({ ctx, req, res, params: found.params, q: url.searchParams });
  } catch (err) {
    if (!(err instanceof AdminError)) throw err;
    sendJson(res, err.status, err.body);
  }
}

function match(path: string): { methods: Record<string, Handler>; params: string[] } | undefined {
  // The admin client asks for `users/` (a trailing slash from joining an empty sub-path); JAX-RS
  // in Keycloak matches it like `users`.
  const segments = path.replace(/\/$/, '').split('/');
  for (const [pattern, methods] of ROUTES) {
    const parts = pattern.split('/');
    if (parts.length !== segments.length) continue;
    const params: string[] = [];
    const ok = parts.every((part, i) => {
      const segment = segments[i]!;
      if (!part.startsWith(':')) return part === segment;
      const value = decodeSegment(segment);
      if (value === undefined || value === '') return false;
      params.push(value);
      return true;
    });
    if (ok) return { methods, params };
  }
  return undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** POST dev/faults `{ failNext: n }`: the next n admin requests answer 503. Admin token required. */
async function setFaults(ctx: IdpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const auth = await authenticateAdmin(ctx, req);
  if ('status' in auth) return sendJson(res, auth.status, ADMIN_AUTH_ERRORS[auth.status]);
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'HTTP 405 Method Not Allowed' }, { Allow: 'POST' });
  const { failNext } = await readRepresentation(req, faultsSchema);
  ctx.admin.setFaults(failNext);
  sendJson(res, 200, { failNext });
}
