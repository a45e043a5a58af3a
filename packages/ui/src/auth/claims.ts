import type { KeycloakTokenParsed } from 'keycloak-js';

export interface UserClaims {
  username: string;
  displayName: string;
  realmRoles: string[];
  tenantCodes: string[];
}

/** Reads what the apps need from a parsed access token, tolerating Keycloak's single-value mappers. */
export function claimsFrom(token: KeycloakTokenParsed | undefined): UserClaims {
  const username = typeof token?.['preferred_username'] === 'string' ? (token['preferred_username'] as string) : '';
  const name = typeof token?.['name'] === 'string' ? (token['name'] as string) : '';
  const tenant: unknown = token?.['tenant'];
  const tenantCodes = Array.isArray(tenant) ? tenant.filter((t): t is string => typeof t === 'string') : typeof tenant === 'string' ? [tenant] : [];
  return {
    username,
    displayName: name || username,
    realmRoles: token?.realm_access?.roles ?? [],
    tenantCodes,
  };
}
