import { createHash, timingSafeEqual } from 'node:crypto';
import type { DevUser } from './types';

/**
 * In-memory users of the development identity server. A class with narrow operations (rather
 * than a bare array) so an admin-sync feature can manage users the way it would in Keycloak.
 * Returns copies so callers cannot change a user behind the store's back.
 */
export class DevUserStore {
  readonly #byId = new Map<string, DevUser>();

  constructor(users: DevUser[] = []) {
    for (const user of users) this.upsert(user);
  }

  list(): DevUser[] {
    return [...this.#byId.values()].map(copy);
  }

  getById(id: string): DevUser | undefined {
    const user = this.#byId.get(id);
    return user && copy(user);
  }

  /** Case-insensitive, like Keycloak (which stores usernames in lower case). */
  getByUsername(username: string): DevUser | undefined {
    const wanted = username.toLowerCase();
    for (const user of this.#byId.values()) {
      if (user.username.toLowerCase() === wanted) return copy(user);
    }
    return undefined;
  }

  /** Creates or replaces the user with this id; usernames must stay unique. */
  upsert(user: DevUser): DevUser {
    const clash = this.getByUsername(user.username);
    if (clash && clash.id !== user.id) {
      throw new Error(`Username "${user.username}" already belongs to user ${clash.id}`);
    }
    this.#byId.set(user.id, copy(user));
    return copy(user);
  }

  setEnabled(id: string, enabled: boolean): void {
    this.#mustGet(id).enabled = enabled;
  }

  setPassword(id: string, password: string): void {
    this.#mustGet(id).password = password;
  }

  /** The user if the password matches and the account exists (enabled or not: callers decide). */
  checkPassword(username: string, password: string): DevUser | undefined {
    const user = this.getByUsername(username);
    // Compare digests in constant time so response timing does not reveal password prefixes.
    const a = createHash('sha256').update(password).digest();
    const b = createHash('sha256').update(user?.password ?? '\u0000no-user').digest();
    return user && timingSafeEqual(a, b) ? user : undefined;
  }

  #mustGet(id: string): DevUser {
    const user = this.#byId.get(id);
    if (!user) throw new Error(`No user with id ${id}`);
    return user;
  }
}

function copy(user: DevUser): DevUser {
  return { ...user, realmRoles: [...user.realmRoles], tenantCodes: [...user.tenantCodes] };
}
