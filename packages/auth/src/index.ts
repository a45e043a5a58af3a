export { createTokenVerifier, TokenError } from './verify-token';
export type { TokenErrorReason, TokenVerifierOptions, VerifiedToken } from './verify-token';
export { DevUserStore, startDevIdp } from './dev-idp';
export type { DevClient, DevIdp, DevIdpOptions, DevUser } from './dev-idp';
