import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdminError, page, readRepresentation, userNotFound } from './admin-http';
import type { IdpContext } from './context';
import { sendEmpty, sendJson } from './http';
import type { DevUser } from './types';
import { userFilter } from './user-query';
import {
  credentialSchema, displayNameOf, passwordCredential, tenantCodesOf, toRepresentation, UPDATE_PASSWORD, userRepSchema,
} from './user-representation';

// Keycloak's default page size for GET users.
const DEFAULT_MAX = 100;

const exists = (message: string) => new AdminError(409, { errorMessage: message });
const invalid = (field: string, errorMessage: string, ...params: unknown[]) =>
  new AdminError(400, { field, errorMessage, params: [field, ...params] });

/** GET users: filtered as Keycloak does, ordered by username, paged with first/max. */
export function listUsers(ctx: IdpContext, res: ServerResponse, q: URLSearchParams): void {
  const users = ctx.users.list().filter(userFilter(q)).sort((a, b) => a.username.localeCompare(b.username));
  const brief = q.get('briefRepresentation') === 'true';
  sendJson(res, 200, page(users, q, DEFAULT_MAX).map((u) => toRepresentation(u, brief)));
}

/** GET users/count: the same filter, a bare number. */
export function countUsers(ctx: IdpContext, res: ServerResponse, q: URLSearchParams): void {
  sendJson(res, 200, ctx.users.list().filter(userFilter(q)).length);
}

export function getUser(ctx: IdpContext, res: ServerResponse, id: string): void {
  const user = ctx.users.getById(id) ?? fail(userNotFound());
  sendJson(res, 200, toRepresentation(user));
}

/**
 * POST users → 201 with the new user's URL in Location and no body, which is how the admin
 * client learns the id. As in Keycloak, a user is disabled unless `enabled: true` is sent, and
 * realm roles in the representation are ignored (role mappings are their own endpoint).
 */
export async function createUser(ctx: IdpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rep = await readRepresentation(req, userRepSchema);
  const username = (rep.username ?? '').trim().toLowerCase();
  if (!username) throw invalid('username', 'error-user-attribute-required');
  // Keycloak's default user profile: usernames of 3 to 255 characters.
  if (username.length < 3 || username.length > 255) throw invalid('username', 'error-invalid-length', 3, 255);
  if (ctx.users.getByUsername(username)) throw exists('User exists with same username');
  const email = checkedEmail(ctx, rep.email, undefined);
  const credential = passwordCredential(rep);
  if (credential && !credential.value?.trim()) throw new AdminError(400, { error: 'Empty password' });

  const user: DevUser = {
    id: randomUUID(),
    username,
    // No credential means no password login at all: the store refuses an empty password.
    password: credential?.value ?? '',
    displayName: displayNameOf(rep) ?? '',
    email,
    realmRoles: [],
    tenantCodes: rep.attributes ? tenantCodesOf(rep.attributes) : [],
    enabled: rep.enabled === true,
    passwordTemporary: credential?.temporary === true || (rep.requiredActions ?? []).includes(UPDATE_PASSWORD),
    createdTimestamp: ctx.now(),
  };
  ctx.users.upsert(user);
  sendEmpty(res, 201, { Location: `${ctx.publicUrl}${ctx.adminPath}/users/${user.id}` });
}

/**
 * PUT users/{id}: fields present are changed, absent ones kept. `attributes`, when sent, replaces
 * the tenants (no `tenant` key means none). Usernames are read-only, as in a default realm.
 * Disabling ends the user's SSO sessions, so refresh tokens stop working at once.
 */
export async function updateUser(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const current = ctx.users.getById(id) ?? fail(userNotFound());
  const rep = await readRepresentation(req, userRepSchema);
  if (rep.username != null && rep.username.trim().toLowerCase() !== current.username.toLowerCase()) {
    throw invalid('username', 'error-user-attribute-read-only');
  }
  const next: DevUser = { ...current };
  if (rep.email != null) next.email = checkedEmail(ctx, rep.email, id);
  // A last name alone is not enough to rebuild the display name, which has no separate last name.
  if (rep.firstName != null) next.displayName = displayNameOf(rep) ?? '';
  if (rep.enabled != null) next.enabled = rep.enabled;
  if (rep.attributes != null) next.tenantCodes = tenantCodesOf(rep.attributes);
  if (rep.requiredActions != null) next.passwordTemporary = rep.requiredActions.includes(UPDATE_PASSWORD);
  ctx.users.upsert(next);
  if (!next.enabled) ctx.state.endSessionsOf(id);
  sendEmpty(res, 204);
}

export function deleteUser(ctx: IdpContext, res: ServerResponse, id: string): void {
  if (!ctx.users.delete(id)) throw userNotFound();
  ctx.state.endSessionsOf(id);
  sendEmpty(res, 204);
}

/**
 * PUT users/{id}/reset-password with a CredentialRepresentation. `temporary: true` makes the user
 * choose a new password at the next login; anything else clears that requirement, as in Keycloak.
 */
export async function resetPassword(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const user = ctx.users.getById(id) ?? fail(userNotFound());
  const credential = await readRepresentation(req, credentialSchema.nullish());
  if (credential?.value == null) throw new AdminError(400, { error: 'No password provided' });
  if (!credential.value.trim()) throw new AdminError(400, { error: 'Empty password' });
  if (credential.type != null && credential.type !== 'password') {
    throw new AdminError(400, { error: 'Only password credentials can be reset' });
  }
  ctx.users.setPassword(user.id, credential.value, credential.temporary === true);
  sendEmpty(res, 204);
}

/** A normalized e-mail, or undefined for none; unique per realm as in Keycloak's default. */
function checkedEmail(ctx: IdpContext, raw: string | null | undefined, ownerId: string | undefined): string | undefined {
  const email = (raw ?? '').trim().toLowerCase();
  if (!email) return undefined;
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw invalid('email', 'error-invalid-email');
  const holder = ctx.users.getByEmail(email);
  if (holder && holder.id !== ownerId) throw exists('User exists with same email');
  return email;
}

function fail(error: AdminError): never {
  throw error;
}
