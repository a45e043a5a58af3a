import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { IdentityProvider, VerifiedToken } from '@pcs/auth';
import type { Db } from '@pcs/db';
import type { Logger } from './logger';

export interface ApiDeps {
  db: Db;
  verifyToken: (authorization: string | undefined) => Promise<VerifiedToken>;
  logger: Logger;
  /** Keycloak (or our development login server speaking its Admin REST API). */
  identityProvider: IdentityProvider;
  /** The system clock; tests pass a fixed one. */
  now?: () => Date;
}

export interface Context {
  deps: ApiDeps;
  requestId: string;
  authorization: string | undefined;
  /** The township the caller works in, as asked for by the app (x-tenant-id). */
  requestedTenantId: string | undefined;
  log: Logger;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function createContextFactory(deps: ApiDeps) {
  return ({ req }: { req: IncomingMessage }): Context => {
    const requestId = header(req, 'x-request-id') ?? randomUUID();
    return {
      deps,
      requestId,
      authorization: header(req, 'authorization'),
      requestedTenantId: header(req, 'x-tenant-id') || undefined,
      log: deps.logger.child({ requestId }),
    };
  };
}
