/** What the identity provider must know of a user for login and tokens. */
export interface IdentityUserSpec {
  username: string;
  displayName: string;
  email?: string | null;
  enabled: boolean;
  /** Realm roles: our role codes, for the token's realm_access.roles. */
  realmRoles: string[];
  /** Codes of the townships the user works in, for the token's `tenant` claim. */
  tenantCodes: string[];
}

export interface IdentityUser extends IdentityUserSpec {
  id: string;
}

/**
 * The identity provider as provisioning sees it. Every method is idempotent, so a sync
 * that failed half-way can simply be run again (retry, reconcile).
 */
export interface IdentityProvider {
  /** Creates the user or brings an existing one (matched by username) to the spec. */
  upsertUser(spec: IdentityUserSpec): Promise<{ id: string }>;
  findUser(username: string): Promise<IdentityUser | null>;
  /** Sets a one-time password the user must change at the next login. */
  setTemporaryPassword(id: string, password: string): Promise<void>;
}

export class IdentityProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
