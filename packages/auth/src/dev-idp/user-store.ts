import { createHash, timingSafeEqual } from 'node:crypto';
import type { DevUser } from './types';

/**
 * In-memory users of the development identity server. A class with narrow operations (rather
 * than a bare array) so an admin-sync feature can manage users the way it would in Keycloak.
 * Returns copies so callers cannot change a user behind the store's back.
 */
export class DevUserStore {
  readonly #byId = new Map<string, DevUser>();

  /** `now` stamps `createdTimestamp`; the server passes its (test-controllable) clock. */
  constructor(
    users: DevUser[] = [],
    private readonly now: () => number = Date.now,
  ) {
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

  /** Case-insensitive, like Keycloak (which stores e-mail addresses in lower case). */
  getByEmail(email: string): DevUser | undefined {
    const wanted = email.toLowerCase();
    for (const user of this.#byId.values()) {
      if (user.email?.toLowerCase() === wanted) return copy(user);
    }
    return undefined;
  }

  /** Creates or replaces the user with this id; usernames must stay unique. */
  upsert(user: DevUser): DevUser {
    const clash = this.getByUsername(user.username);
    if (clash && clash.id !== user.id) {
      throw new Error(`Username "${user.username}" already belongs to user ${clash.id}`);
    }
    // A replacement keeps the original creation time unless it brings its own.
    const createdTimestamp = user.createdTimestamp ?? this.#byId.get(user.id)?.createdTimestamp ?? this.now();
    const stored = copy({ ...user, createdTimestamp });
    this.#byId.set(user.id, stored);
    return copy(stored);
  }

  /** True if the user existed. */
  delete(id: string): boolean {
    return this.#byId.delete(id);
  }

  setEnabled(id: string, enabled: boolean): void {
    this.#mustGet(id).enabled = enabled;
  }

  /** A temporary password must be changed at the next login (Keycloak's UPDATE_PASSWORD). */
  setPassword(id: string, password: string, temporary = false): void {
    const user = this.#mustGet(id);
    user.password = password;
    user.passwordTemporary = temporary;
  }

  /** The user if the password matches and the account exists (enabled or not: callers decide). */
  checkPassword(username: string, password: string): DevUser | undefined {
    const user = this.getByUsername(username);
    // Compare digests in constant time so response timing does not reveal password prefixes.
    const a = createHash('sha256').update(password).digest();
    const b = createHash('sha256').update(user?.password ?? '\u0000no-user').digest();
    // An empty stored password means "no password credential" (a user created without one).
    return user && timingSafeEqual(a, b) && user.password !== '' ? user : undefined;
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
