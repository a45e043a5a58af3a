import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/** What the API needs to know about the caller, taken from a verified Keycloak access token. */
export interface VerifiedToken {
  subject: string;
  username: string;
  displayName: string;
  realmRoles: string[];
  tenantCodes: string[];
  sessionId?: string;
}

export type TokenErrorReason =
  | 'missing'
  | 'malformed'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'algorithm'
  | 'claims';

/** A token the caller is to blame for (answer 401). Infrastructure failures, such as the JWKS being unreachable, are not TokenErrors. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly reason: TokenErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface TokenVerifierOptions {
  /** e.g. `https://sso.example/realms/pcs` — must equal the token's `iss` exactly. */
  issuer: string;
  /** e.g. `pcs-api` — must be one of the token's `aud` values. */
  audience: string;
  /** Defaults to Keycloak's path `<issuer>/protocol/openid-connect/certs`. */
  jwksUri?: string;
  /** Key resolver to use instead of fetching a JWKS (tests). */
  jwks?: JWTVerifyGetKey;
  /** The clock the remembered tokens' expiry is read on; the system's unless given (tests). */
  now?: () => number;
}

// Only the asymmetric algorithm Keycloak signs with: refusing everything else blocks `alg: none`
// and HS256-with-the-public-key confusion attacks.
const ALGORITHMS = ['RS256'];
// Small tolerance for clock drift between Keycloak and the API; longer would extend stolen tokens' life.
const CLOCK_TOLERANCE_SECONDS = 5;

const claimsSchema = z.object({
  sub: z.string().min(1),
  // Keycloak access tokens always say typ 'Bearer'; this keeps ID and refresh tokens out.
  typ: z.literal('Bearer'),
  preferred_username: z.string().min(1),
  name: z.string().optional(),
  sid: z.string().optional(),
  realm_access: z.object({ roles: z.array(z.string()) }).optional(),
  // A Keycloak attribute mapper left on "single value" emits a string instead of an array.
  tenant: z.union([z.array(z.string()), z.string()]).optional(),
});

/**
 * Tokens already verified, remembered until they expire: the same bytes verify the same way, and
 * the signature check was a tenth to half a millisecond of every call (and a thread-pool job).
 * A forged or altered token is other bytes, so it is verified afresh; a failure is never kept.
 * Bounded: a county's users hold a few thousand live tokens at most.
 */
const REMEMBERED_TOKENS = 5_000;

interface Remembered {
  verified: VerifiedToken;
  /** As jose judges it: the token's exp plus the clock tolerance, in ms. */
  validUntilMs: number;
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-_.~+/]+=*)$/i;

export function createTokenVerifier(
  opts: TokenVerifierOptions,
): (bearer: string | undefined) => Promise<VerifiedToken> {
  const keys =
    opts.jwks ??
    createRemoteJWKSet(new URL(opts.jwksUri ?? `${opts.issuer}/protocol/openid-connect/certs`));

  const now = opts.now ?? Date.now;
  const remembered = new LRUCache<string, Remembered>({ max: REMEMBERED_TOKENS });

  return async (bearer) => {
    const token = extractBearer(bearer);
    const known = remembered.get(token);
    if (known && now() < known.validUntilMs) return known.verified;
    let payload: { exp?: number };
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ALGORITHMS,
        issuer: opts.issuer,
        audience: opts.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (err) {
      throw toTokenError(err);
    }
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) {
      throw new TokenError('claims', 'Access token claims are not the expected shape', {
        cause: parsed.error,
      });
    }
    const c = parsed.data;
    const tenant = c.tenant === undefined ? [] : Array.isArray(c.tenant) ? c.tenant : [c.tenant];
    const verified: VerifiedToken = {
      subject: c.sub,
      username: c.preferred_username,
      displayName: c.name ?? c.preferred_username,
      realmRoles: c.realm_access?.roles ?? [],
      tenantCodes: tenant,
    };
    if (c.sid !== undefined) verified.sessionId = c.sid;
    // One object now answers every call of this token: frozen, so no call can change another's.
    Object.freeze(verified.realmRoles);
    Object.freeze(verified.tenantCodes);
    Object.freeze(verified);
    // jwtVerify required exp; after it (and the tolerance) the token is checked again, and refused.
    remembered.set(token, { verified, validUntilMs: (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000 });
    return verified;
  };
}

/** Takes an `Authorization` header value; the scheme is case-insensitive (RFC 9110, and keycloak-js sends `bearer`). */
function extractBearer(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new TokenError('missing', 'No bearer token');
  }
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) throw new TokenError('malformed', 'Authorization header is not "Bearer <token>"');
  return match[1];
}

function toTokenError(err: unknown): unknown {
  if (err instanceof errors.JWTExpired) return new TokenError('expired', 'Token expired', { cause: err });
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'iss') return new TokenError('issuer', 'Wrong issuer', { cause: err });
    if (err.claim === 'aud') return new TokenError('audience', 'Wrong audience', { cause: err });
    return new TokenError('claims', `Invalid claim ${err.claim}`, { cause: err });
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return new TokenError('algorithm', 'Algorithm not allowed', { cause: err });
  }
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) {
    return new TokenError('signature', 'Signature not valid for any trusted key', { cause: err });
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return new TokenError('malformed', 'Not a valid JWT', { cause: err });
  }
  // JWKS fetch failures and timeouts are outages, not bad tokens: let the caller answer 5xx.
  return err;
}
