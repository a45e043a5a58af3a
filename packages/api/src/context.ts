import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { IdentityProvider, VerifiedToken } from '@pcs/auth';
import type { Db } from '@pcs/db';
import type { AttachmentStore } from './attachments/store';
import type { Caller } from './caller';
import type { ApiLimiter } from './limits';
import type { Logger } from './logger';

export interface ApiDeps {
  db: Db;
  verifyToken: (authorization: string | undefined) => Promise<VerifiedToken>;
  logger: Logger;
  /** Keycloak (or our development login server speaking its Admin REST API). */
  identityProvider: IdentityProvider;
  /** Where new attachments' bytes go; the database (`databaseStore`) unless configured (`attachmentStoreFromEnv`). */
  attachmentStore?: AttachmentStore;
  /** The key of ballot codes' hashes (`PCS_BALLOT_SECRET`); without it no ballot code is issued or accepted. */
  ballotSecret?: string;
  /** The system clock; tests pass a fixed one. */
  now?: () => Date;
}

export interface Context {
  deps: ApiDeps;
  requestId: string;
  authorization: string | undefined;
  /**
   * The township the app asks to work in (x-tenant-id). Read only by the township check in
   * `trpc.ts`; procedures get the checked township as `ctx.township`.
   */
  requestedTenantId: string | undefined;
  /** The Idempotency-Key header, as sent (checked where a township write runs, `trpc.ts`). */
  idempotencyKey: string | undefined;
  /** The client's address (see `clientAddress`), for per-address limits. */
  ip: string;
  limiter: ApiLimiter;
  log: Logger;
  /**
   * The token's check and the caller, once per HTTP request: the calls of one batch (a page's
   * queries sent together) share them, read at the same moment. The next request reads them
   * again, so a disabled user or a suspended township is refused on it.
   */
  signedIn: { token?: Promise<VerifiedToken>; caller?: Promise<Caller> };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address: the socket's, or behind `trustedProxies` proxies the entry they added
 * to X-Forwarded-For (entries further left are the client's own words and prove nothing).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const forwarded = (header(req, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? socket;
}

export function createContextFactory(deps: ApiDeps, limiter: ApiLimiter) {
  return ({ req }: { req: IncomingMessage }): Context => {
    const requestId = header(req, 'x-request-id')?.slice(0, 100) || randomUUID();
    return {
      deps,
      requestId,
      authorization: header(req, 'authorization'),
      requestedTenantId: header(req, 'x-tenant-id') || undefined,
      idempotencyKey: header(req, 'idempotency-key'),
      ip: clientAddress(req, limiter.settings.trustedProxies),
      limiter,
      log: deps.logger.child({ requestId }),
      signedIn: {},
    };
  };
}
