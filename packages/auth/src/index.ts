export { createTokenVerifier, TokenError } from './verify-token';
export type { TokenErrorReason, TokenVerifierOptions, VerifiedToken } from './verify-token';
export { DevUserStore, startDevIdp } from './dev-idp';
export type { DevAdminClient, DevClient, DevIdp, DevIdpOptions, DevUser } from './dev-idp';
export { IdentityProviderError } from './provisioning/identity-provider';
export type { IdentityProvider, IdentityUser, IdentityUserSpec } from './provisioning/identity-provider';
export { KeycloakIdentityProvider, type KeycloakAdminOptions } from './provisioning/keycloak-identity-provider';
