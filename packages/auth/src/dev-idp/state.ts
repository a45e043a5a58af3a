import { randomBytes, randomUUID } from 'node:crypto';

/** Everything an authorization request asked for, kept server-side while the login form is shown. */
export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  codeChallenge: string;
  state?: string;
  nonce?: string;
}

export interface PendingLogin extends AuthRequest {
  id: string;
  expiresAt: number;
  /** Set once the password was right but a required action (a new password) is still owed. */
  userId?: string;
}

export interface AuthCode extends AuthRequest {
  code: string;
  sessionId: string;
  expiresAt: number;
}

export interface SsoSession {
  /** Public id: `sid` / `session_state` in tokens and redirects. */
  id: string;
  /** Private id carried only in the HttpOnly cookie; the public id must not be enough to hijack a session. */
  cookieSecret: string;
  userId: string;
  authTime: number;
  lastActive: number;
}

const CODE_TTL_MS = 60_000;
// Keycloak's default "login timeout": how long the login form stays usable.
const PENDING_LOGIN_TTL_MS = 30 * 60_000;

const secret = () => randomBytes(32).toString('base64url');

/** In-memory, short-lived server state: pending logins, authorization codes and SSO sessions. */
export class IdpState {
  readonly #pending = new Map<string, PendingLogin>();
  readonly #codes = new Map<string, AuthCode>();
  readonly #sessions = new Map<string, SsoSession>();
  readonly #sessionByCookie = new Map<string, string>();

  constructor(
    private readonly now: () => number,
    private readonly sessionIdleMs: number,
  ) {}

  addPendingLogin(request: AuthRequest): PendingLogin {
    this.#sweep();
    const pending = { ...request, id: secret(), expiresAt: this.now() + PENDING_LOGIN_TTL_MS };
    this.#pending.set(pending.id, pending);
    return pending;
  }

  getPendingLogin(id: string): PendingLogin | undefined {
    const pending = this.#pending.get(id);
    return pending && pending.expiresAt > this.now() ? pending : undefined;
  }

  /** Marks the login as password-verified for `userId`, awaiting its required action. */
  setPendingUser(id: string, userId: string): void {
    const pending = this.#pending.get(id);
    if (pending) pending.userId = userId;
  }

  deletePendingLogin(id: string): void {
    this.#pending.delete(id);
  }

  issueCode(request: AuthRequest, sessionId: string): string {
    this.#sweep();
    const code = secret();
    this.#codes.set(code, { ...request, code, sessionId, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** Removes the code on first presentation, whatever the outcome, so it can never be tried twice. */
  takeCode(code: string): AuthCode | 'expired' | undefined {
    const found = this.#codes.get(code);
    this.#codes.delete(code);
    if (!found) return undefined;
    return found.expiresAt > this.now() ? found : 'expired';
  }

  startSession(userId: string): SsoSession {
    const t = this.now();
    const session: SsoSession = {
      id: randomUUID(),
      cookieSecret: secret(),
      userId,
      authTime: t,
      lastActive: t,
    };
    this.#sessions.set(session.id, session);
    this.#sessionByCookie.set(session.cookieSecret, session.id);
    return session;
  }

  /** The session if it was neither logged out nor idle longer than the refresh token lifetime. */
  liveSession(id: string | undefined): SsoSession | undefined {
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (!session) return undefined;
    return this.now() - session.lastActive < this.sessionIdleMs ? session : undefined;
  }

  liveSessionByCookie(cookieSecret: string | undefined): SsoSession | undefined {
    return this.liveSession(cookieSecret ? this.#sessionByCookie.get(cookieSecret) : undefined);
  }

  touch(session: SsoSession): void {
    session.lastActive = this.now();
  }

  endSession(id: string | undefined): void {
    const session = id === undefined ? undefined : this.#sessions.get(id);
    if (!session) return;
    this.#sessions.delete(session.id);
    this.#sessionByCookie.delete(session.cookieSecret);
  }

  /** Ends every SSO session of a user (disabled or deleted), so their refresh tokens stop working. */
  endSessionsOf(userId: string): void {
    for (const session of [...this.#sessions.values()]) {
      if (session.userId === userId) this.endSession(session.id);
    }
    // A half-finished login must not complete for this user either.
    for (const [k, v] of this.#pending) if (v.userId === userId) this.#pending.delete(k);
  }

  #sweep(): void {
    const t = this.now();
    for (const [k, v] of this.#pending) if (v.expiresAt <= t) this.#pending.delete(k);
    for (const [k, v] of this.#codes) if (v.expiresAt <= t) this.#codes.delete(k);
  }
}
