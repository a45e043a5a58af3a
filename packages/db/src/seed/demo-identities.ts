import { DEMO_PASSWORD, DEMO_USERS } from './demo-county';

/**
 * The demo users as the development login server holds them (the same shape as a
 * Keycloak user with realm roles and our `tenant` attribute).
 */
export function demoIdentities() {
  return DEMO_USERS.map((user, index) => ({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    username: user.username,
    password: DEMO_PASSWORD,
    displayName: user.displayName,
    email: `${user.username}@example.org`,
    realmRoles: [...new Set(user.memberships.map((m) => m.role))],
    tenantCodes: user.memberships.flatMap((m) => (m.tenantCode ? [m.tenantCode] : [])),
    enabled: true,
  }));
}
