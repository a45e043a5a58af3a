import { createHmac, randomInt } from 'node:crypto';
import { BALLOT_CODE_ALPHABET, BALLOT_CODE_LENGTH, ballotCodeFrom } from '@pcs/domain';
import { AppError } from '../errors';

/** A new one-time code, drawn from the operating system's CSPRNG (`crypto.randomInt`). */
export function drawBallotCode(): string {
  return ballotCodeFrom(Array.from({ length: BALLOT_CODE_LENGTH }, () => randomInt(BALLOT_CODE_ALPHABET.length)));
}

/**
 * What the database keeps of a code: HMAC-SHA256 under a secret that lives only in the API's
 * configuration (`PCS_BALLOT_SECRET`), so a copy of the database cannot test guesses.
 */
export function hashBallotCode(secret: string, code: string): Buffer {
  return createHmac('sha256', secret).update(code, 'utf8').digest();
}

/** The configured secret, or a refusal: without it no code can be issued or checked. */
export function requireBallotSecret(secret: string | undefined): string {
  if (!secret || secret.length < 16) {
    throw new AppError('SERVICE_UNAVAILABLE', 'INTERNAL', { zh: '投票码密钥未配置（PCS_BALLOT_SECRET）', en: 'Ballot codes are not configured (PCS_BALLOT_SECRET)' });
  }
  return secret;
}
