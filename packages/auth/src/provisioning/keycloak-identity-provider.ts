import KcAdminClient from '@keycloak/keycloak-admin-client';
import type RoleRepresentation from '@keycloak/keycloak-admin-client/lib/defs/roleRepresentation.js';
import type UserRepresentation from '@keycloak/keycloak-admin-client/lib/defs/userRepresentation.js';
import { IdentityProviderError, type IdentityProvider, type IdentityUser, type IdentityUserSpec } from './identity-provider';

export interface KeycloakAdminOptions {
  /** Keycloak's base URL (our development login server in dev and tests). */
  baseUrl: string;
  realm: string;
  /** A confidential client with a service account allowed to manage users (realm-management). */
  clientId: string;
  clientSecret: string;
}

function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number } }).response?.status;
}

/** 5xx and network failures are worth retrying; 4xx mean our request is wrong. */
function wrap(action: string, error: unknown): IdentityProviderError {
  const status = statusOf(error);
  const retryable = status === undefined || status >= 500 || status === 429;
  return new IdentityProviderError(`Identity provider ${action} failed${status ? ` (HTTP ${status})` : ''}`, retryable, { cause: error });
}

function toSpec(user: UserRepresentation, roles: string[]): IdentityUser {
  return {
    id: user.id!,
    username: user.username!,
    displayName: [user.firstName, user.lastName].filter(Boolean).join(''),
    email: user.email ?? null,
    enabled: user.enabled ?? false,
    realmRoles: roles,
    tenantCodes: user.attributes?.tenant ?? [],
  };
}

/** Provisioning against Keycloak's Admin REST API through the official admin client. */
export class KeycloakIdentityProvider implements IdentityProvider {
  readonly #client: KcAdminClient;
  readonly #options: KeycloakAdminOptions;

  constructor(options: KeycloakAdminOptions) {
    this.#options = options;
    this.#client = new KcAdminClient({ baseUrl: options.baseUrl, realmName: options.realm });
  }

  async #call<T>(action: string, run: (client: KcAdminClient) => Promise<T>): Promise<T> {
    try {
      // Service-account tokens are short-lived and come without a refresh token: ask each time.
      await this.#client.auth({ grantType: 'client_credentials', clientId: this.#options.clientId, clientSecret: this.#options.clientSecret });
      return await run(this.#client);
    } catch (error) {
      throw error instanceof IdentityProviderError ? error : wrap(action, error);
    }
  }

  async #byUsername(client: KcAdminClient, username: string): Promise<UserRepresentation | undefined> {
    const found = await client.users.find({ username, exact: true });
    return found.find((u) => u.username === username);
  }

  async upsertUser(spec: IdentityUserSpec): Promise<{ id: string }> {
    return this.#call('upsert', async (client) => {
      const representation: UserRepresentation = {
        username: spec.username,
        firstName: spec.displayName,
        lastName: '',
        email: spec.email ?? undefined,
        enabled: spec.enabled,
        attributes: { tenant: spec.tenantCodes },
      };
      const existing = await this.#byUsername(client, spec.username);
      const id = existing?.id ?? (await client.users.create(representation)).id;
      if (existing) await client.users.update({ id }, representation);
      await this.#syncRoles(client, id, spec.realmRoles);
      return { id };
    });
  }

  async #syncRoles(client: KcAdminClient, id: string, wanted: string[]): Promise<void> {
    const [realmRoles, current] = await Promise.all([client.roles.find(), client.users.listRealmRoleMappings({ id })]);
    const known = new Map(realmRoles.map((r) => [r.name!, r]));
    const missing = wanted.filter((name) => !known.has(name));
    if (missing.length) throw new IdentityProviderError(`Realm roles missing in the identity provider: ${missing.join(', ')}`, false);
    const ours = new Set(wanted);
    const toAdd = wanted.filter((name) => !current.some((r) => r.name === name)).map((name) => known.get(name)!);
    // Only roles of our catalogue are ours to remove; Keycloak's defaults stay.
    const managed = (role: RoleRepresentation) => role.name !== undefined && known.has(role.name) && !role.name.startsWith('default-roles') && !['offline_access', 'uma_authorization'].includes(role.name);
    const toRemove = current.filter((r) => managed(r) && !ours.has(r.name!));
    if (toAdd.length) await client.users.addRealmRoleMappings({ id, roles: toAdd.map((r) => ({ id: r.id!, name: r.name! })) });
    if (toRemove.length) await client.users.delRealmRoleMappings({ id, roles: toRemove.map((r) => ({ id: r.id!, name: r.name! })) });
  }

  async findUser(username: string): Promise<IdentityUser | null> {
    return this.#call('lookup', async (client) => {
      const user = await this.#byUsername(client, username);
      if (!user?.id) return null;
      const roles = await client.users.listRealmRoleMappings({ id: user.id });
      return toSpec(user, roles.map((r) => r.name!));
    });
  }

  async setTemporaryPassword(id: string, password: string): Promise<void> {
    await this.#call('password reset', (client) => client.users.resetPassword({ id, credential: { type: 'password', value: password, temporary: true } }));
  }
}
