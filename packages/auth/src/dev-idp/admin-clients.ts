import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DevAdminClient } from './types';

export interface ClientCredentials {
  clientId: string;
  secret: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Confidential service-account clients; only they may call the Admin REST API. */
export class AdminClientRegistry {
  readonly #secrets = new Map<string, Buffer>();

  constructor(clients: DevAdminClient[] = []) {
    for (const c of clients) {
      if (!c.clientId || !c.secret) throw new Error('adminClients need a clientId and a secret');
      this.#secrets.set(c.clientId, digest(c.secret));
    }
  }

  has(clientId: unknown): boolean {
    return typeof clientId === 'string' && this.#secrets.has(clientId);
  }

  ids(): string[] {
    return [...this.#secrets.keys()];
  }

  /** Compares digests in constant time so timing does not reveal how much of a secret was right. */
  authenticate(credentials: ClientCredentials): boolean {
    const expected = this.#secrets.get(credentials.clientId);
    const ok = timingSafeEqual(digest(credentials.secret), expected ?? digest('\u0000no-client'));
    return ok && expected !== undefined;
  }
}

/**
 * `Authorization: Basic` client credentials (RFC 6749 §2.3.1): id and secret are each
 * form-urlencoded before base64, which is what the Keycloak admin client sends.
 * Undefined without such a header; 'malformed' when it cannot be decoded.
 */
export function basicCredentials(req: IncomingMessage): ClientCredentials | 'malformed' | undefined {
  const match = /^Basic +(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    const unform = (s: string) => decodeURIComponent(s.replaceAll('+', ' '));
    return { clientId: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}
