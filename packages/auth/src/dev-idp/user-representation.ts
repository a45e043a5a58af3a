import { z } from 'zod';
import type { DevUser } from './types';

/** The attribute that carries a user's tenant codes, as the realm's user profile declares it. */
export const TENANT_ATTRIBUTE = 'tenant';
export const UPDATE_PASSWORD = 'UPDATE_PASSWORD';

// Keycloak's JSON may say null where a field is absent; both mean "not given".
const text = z.string().nullish();
// Keycloak accepts a single string where it expects a list of attribute values.
const values = z.union([z.string(), z.array(z.string())]).nullish();

export const credentialSchema = z.object({
  type: text,
  value: text,
  temporary: z.boolean().nullish(),
});
export type CredentialInput = z.infer<typeof credentialSchema>;

/** The part of Keycloak's UserRepresentation this server understands; other fields are ignored. */
export const userRepSchema = z.object({
  username: text,
  enabled: z.boolean().nullish(),
  firstName: text,
  lastName: text,
  email: text,
  attributes: z.record(z.string(), values).nullish(),
  credentials: z.array(credentialSchema).nullish(),
  requiredActions: z.array(z.string()).nullish(),
});
export type UserRepInput = z.infer<typeof userRepSchema>;

/** What GET users / users/{id} answer, with Keycloak's field names and defaults. */
export interface UserRepresentation {
  id: string;
  username: string;
  firstName?: string;
  email?: string;
  emailVerified: boolean;
  createdTimestamp: number;
  enabled: boolean;
  totp?: boolean;
  disableableCredentialTypes?: string[];
  requiredActions?: string[];
  notBefore?: number;
  attributes?: Record<string, string[]>;
  access: Record<string, boolean>;
}

// What a realm-admin may do with any user; Keycloak computes this per caller.
const ADMIN_ACCESS = { manageGroupMembership: true, view: true, mapRoles: true, impersonate: true, manage: true };

/**
 * DevUser → UserRepresentation. `displayName` is Keycloak's first name (Chinese names are kept
 * whole there). The brief form, like Keycloak's, leaves out attributes and required actions.
 */
export function toRepresentation(user: DevUser, brief = false): UserRepresentation {
  const rep: UserRepresentation = {
    id: user.id,
    username: user.username,
    ...(user.displayName ? { firstName: user.displayName } : {}),
    ...(user.email ? { email: user.email } : {}),
    emailVerified: false,
    createdTimestamp: user.createdTimestamp ?? 0,
    enabled: user.enabled,
    access: ADMIN_ACCESS,
  };
  if (brief) return rep;
  return {
    ...rep,
    totp: false,
    disableableCredentialTypes: [],
    requiredActions: user.passwordTemporary ? [UPDATE_PASSWORD] : [],
    notBefore: 0,
    // Keycloak leaves `attributes` out entirely when a user has none.
    ...(user.tenantCodes.length > 0 ? { attributes: { [TENANT_ATTRIBUTE]: [...user.tenantCodes] } } : {}),
  };
}

/**
 * Joins Keycloak's two name fields into one display name. No space: the product's users have
 * Chinese names, written family name first with nothing between. Undefined when neither is given.
 * (Read back, the whole name is the first name: the dev user keeps no separate last name.)
 */
export function displayNameOf(rep: UserRepInput): string | undefined {
  if (rep.firstName == null && rep.lastName == null) return undefined;
  return `${rep.firstName ?? ''}${rep.lastName ?? ''}`;
}

export function tenantCodesOf(attributes: NonNullable<UserRepInput['attributes']>): string[] {
  const raw = attributes[TENANT_ATTRIBUTE];
  const list = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
  return [...new Set(list)];
}

/** The password credential of a create request, if any (Keycloak reads only type "password"). */
export function passwordCredential(rep: UserRepInput): CredentialInput | undefined {
  return rep.credentials?.find((c) => (c.type ?? 'password') === 'password' && c.value != null);
}
