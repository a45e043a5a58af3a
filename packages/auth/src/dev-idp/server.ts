import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdminClientRegistry } from './admin-clients';
import { AdminMonitor } from './admin-monitor';
import { handleAdmin } from './admin-router';
import { handleAuthorize, handleLogin } from './authorize';
import { BruteForceProtector, KEYCLOAK_BRUTE_FORCE } from './brute-force';
import { ClientRegistry } from './clients';
import type { IdpContext } from './context';
import { jwks, openidConfiguration } from './discovery';
import { answerPreflight, corsHeaders, HttpError, sendHtml, sendJson } from './http';
import { createSigningKeys } from './keys';
import { handleLogout } from './logout';
import { errorPage } from './pages';
import { handleUpdatePassword } from './required-action';
import { IdpState } from './state';
import { handleToken } from './token-endpoint';
import { accessClaims, type TokenIssuer } from './tokens';
import type { DevIdp, DevIdpOptions, DevUser } from './types';
import { handleUserinfo } from './userinfo';
import { DevUserStore } from './user-store';

/**
 * Starts a development identity server that speaks Keycloak's OpenID Connect paths and token
 * shapes, so keycloak-js and the API's token verifier work against it unchanged.
 */
export async function startDevIdp(opts: DevIdpOptions): Promise<DevIdp> {
  const now = opts.now ?? Date.now;
  const accessTtlSeconds = opts.accessTokenTtlSeconds ?? 300;
  const refreshTtlSeconds = opts.refreshTokenTtlSeconds ?? 1800;
  const keys = await createSigningKeys(opts.signingKey);
  const users = new DevUserStore(opts.users, now);
  const clients = new ClientRegistry(opts.clients);
  const adminClients = new AdminClientRegistry(opts.adminClients);
  // One id, one kind of client: otherwise a secret-less request could pass for the admin client.
  const shared = adminClients.ids().find((id) => clients.get(id));
  if (shared) throw new Error(`Client "${shared}" is both a public and an admin client`);
  const admin = new AdminMonitor();
  const realmPath = `/realms/${encodeURIComponent(opts.realm)}`;

  // The issuer depends on the port, known only after listening when port is 0; requests wait for it.
  const started: { ctx?: IdpContext } = {};
  const server = createServer((req, res) => {
    if (!started.ctx) return sendJson(res, 503, { error: 'starting' });
    route(started.ctx, req, res).catch((err: unknown) => failed(res, err));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const publicUrl = (opts.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');
  const issuer = `${publicUrl}${realmPath}`;
  const tokens: TokenIssuer = { issuer, apiAudience: opts.apiAudience, accessTtlSeconds, refreshTtlSeconds, now, keys };
  const ctx: IdpContext = {
    realm: opts.realm,
    realmPath,
    adminPath: `/admin${realmPath}`,
    publicUrl,
    issuer,
    clients,
    adminClients,
    admin,
    realmRoles: [...(opts.realmRoles ?? [])],
    users,
    bruteForce: new BruteForceProtector({ ...KEYCLOAK_BRUTE_FORCE, ...opts.bruteForce }, now),
    state: new IdpState(now, refreshTtlSeconds * 1000),
    keys,
    tokens,
    now,
    secureCookies: publicUrl.startsWith('https:'),
  };
  started.ctx = ctx;

  return {
    url: publicUrl,
    issuer,
    users,
    signAccessToken(user: DevUser, overrides?: Record<string, unknown>) {
      const clientId = opts.clients[0]?.clientId ?? 'dev';
      return keys.sign(accessClaims(tokens, user, clientId, randomUUID(), overrides));
    },
    injectAdminFaults: (count: number) => admin.setFaults(count),
    adminRequestCount: () => admin.count,
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // fetch keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

async function route(ctx: IdpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://dev-idp');
  const adminPrefix = `${ctx.adminPath}/`;
  if (url.pathname.startsWith(adminPrefix)) return handleAdmin(ctx, req, res, url.pathname.slice(adminPrefix.length), url);
  if (url.pathname.startsWith('/admin/')) return sendJson(res, 404, { error: 'Realm not found.' });
  const prefix = `${ctx.realmPath}/`;
  const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
  const method = req.method ?? 'GET';
  const cors = corsHeaders(req, (origin) => ctx.clients.isOriginAllowed(origin));
  const api = (allowed: string[], handler: () => Promise<void> | void) => {
    if (method === 'OPTIONS') return answerPreflight(res, cors);
    if (!allowed.includes(method)) return sendJson(res, 405, { error: 'method_not_allowed' }, { ...cors, Allow: allowed.join(', ') });
    return handler();
  };

  switch (path) {
    case '.well-known/openid-configuration':
      return api(['GET'], () => sendJson(res, 200, openidConfiguration(ctx), cors));
    case 'protocol/openid-connect/certs':
      return api(['GET'], () => sendJson(res, 200, jwks(ctx), cors));
    case 'protocol/openid-connect/token':
      return api(['POST'], () => handleToken(ctx, req, res, cors));
    case 'protocol/openid-connect/userinfo':
      return api(['GET', 'POST'], () => handleUserinfo(ctx, req, res, cors));
    case 'protocol/openid-connect/auth':
      if (method === 'GET') return handleAuthorize(ctx, req, res, url);
      if (method === 'POST') return handleLogin(ctx, req, res);
      break;
    case 'login-actions/required-action':
      if (method === 'POST') return handleUpdatePassword(ctx, req, res);
      break;
    case 'protocol/openid-connect/logout':
      if (method === 'GET' || method === 'POST') return handleLogout(ctx, req, res, url);
      break;
  }
  sendHtml(res, 404, errorPage('页面不存在。', 'Page not found.'));
}

function failed(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof HttpError) {
    sendHtml(res, err.status, errorPage('请求无效。', err.message));
    return;
  }
  console.error('[dev-idp] request failed', err);
  sendHtml(res, 500, errorPage('服务器内部错误。', 'Internal server error.'));
}
