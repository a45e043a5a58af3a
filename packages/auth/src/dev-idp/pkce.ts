import { createHash, timingSafeEqual } from 'node:crypto';

// RFC 7636 §4.1/4.2: verifier is 43–128 unreserved characters; an S256 challenge is a 43-char base64url SHA-256.
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

export function isS256Challenge(challenge: string | null): challenge is string {
  return challenge !== null && S256_CHALLENGE.test(challenge);
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function verifierMatches(verifier: string | null, challenge: string): boolean {
  if (verifier === null || !VERIFIER.test(verifier)) return false;
  const expected = Buffer.from(challenge);
  const actual = Buffer.from(s256(verifier));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
