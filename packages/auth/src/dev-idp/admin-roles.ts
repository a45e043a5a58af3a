import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { AdminError, page, readRepresentation, userNotFound } from './admin-http';
import type { IdpContext } from './context';
import { sendEmpty, sendJson } from './http';
import { nameUuid } from './ids';
import type { DevUser } from './types';

/** Keycloak's RoleRepresentation for a plain realm role. */
export interface RoleRepresentation {
  id: string;
  name: string;
  composite: false;
  clientRole: false;
  containerId: string;
}

// Only the id counts when mapping, as in Keycloak; the name is carried along by clients.
const mappingSchema = z.array(z.object({ id: z.string().nullish(), name: z.string().nullish() }));

/** The realm's roles: those configured plus any a user holds, each once, by name. */
function realmRoles(ctx: IdpContext): RoleRepresentation[] {
  const names = new Set(ctx.realmRoles);
  for (const user of ctx.users.list()) for (const role of user.realmRoles) names.add(role);
  return [...names].sort().map((name) => roleRep(ctx, name));
}

function roleRep(ctx: IdpContext, name: string): RoleRepresentation {
  // Derived from realm and name, so a role keeps its id for as long as it exists, across restarts.
  return { id: nameUuid(`${ctx.realm}/role/${name}`), name, composite: false, clientRole: false, containerId: ctx.realm };
}

/** GET roles, with Keycloak's `search` (substring) and `first`/`max` (no default limit). */
export function listRoles(ctx: IdpContext, res: ServerResponse, q: URLSearchParams): void {
  const search = (q.get('search') ?? '').toLowerCase();
  const roles = realmRoles(ctx).filter((r) => r.name.toLowerCase().includes(search));
  sendJson(res, 200, page(roles, q, undefined));
}

export function getRole(ctx: IdpContext, res: ServerResponse, name: string): void {
  const role = realmRoles(ctx).find((r) => r.name === name);
  if (!role) throw new AdminError(404, { error: 'Could not find role' });
  sendJson(res, 200, role);
}

/** GET users/{id}/role-mappings. Keycloak leaves `realmMappings` out when there are none. */
export function getRoleMappings(ctx: IdpContext, res: ServerResponse, userId: string): void {
  const roles = mappedRoles(ctx, mustGet(ctx, userId));
  sendJson(res, 200, roles.length > 0 ? { realmMappings: roles } : {});
}

export function getRealmRoleMappings(ctx: IdpContext, res: ServerResponse, userId: string): void {
  sendJson(res, 200, mappedRoles(ctx, mustGet(ctx, userId)));
}

/** POST users/{id}/role-mappings/realm: grants every listed role (all must exist) → 204. */
export async function addRealmRoleMappings(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, userId: string) {
  const user = mustGet(ctx, userId);
  const names = await requestedRoles(ctx, req);
  ctx.users.upsert({ ...user, realmRoles: [...new Set([...user.realmRoles, ...names])] });
  sendEmpty(res, 204);
}

/** DELETE users/{id}/role-mappings/realm: revokes the listed roles; ones not held are no error. */
export async function deleteRealmRoleMappings(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, userId: string) {
  const user = mustGet(ctx, userId);
  const names = new Set(await requestedRoles(ctx, req));
  ctx.users.upsert({ ...user, realmRoles: user.realmRoles.filter((r) => !names.has(r)) });
  sendEmpty(res, 204);
}

/** The role names a mapping request means, all checked before anything changes. */
async function requestedRoles(ctx: IdpContext, req: IncomingMessage): Promise<string[]> {
  const body = await readRepresentation(req, mappingSchema);
  const byId = new Map(realmRoles(ctx).map((r) => [r.id, r.name]));
  return body.map(({ id }) => {
    const name = id == null ? undefined : byId.get(id);
    if (name === undefined) throw new AdminError(404, { error: 'Role not found' });
    return name;
  });
}

function mappedRoles(ctx: IdpContext, user: DevUser): RoleRepresentation[] {
  return user.realmRoles.map((name) => roleRep(ctx, name));
}

function mustGet(ctx: IdpContext, id: string): DevUser {
  const user = ctx.users.getById(id);
  if (!user) throw userNotFound();
  return user;
}
