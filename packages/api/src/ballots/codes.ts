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

/**
 * A signed-in member's code, never printed nor stored: derived from the secret, the evaluation,
 * the user and the evaluation's member key (moved on whenever members are added, so every unspent
 * member code is written anew), and kept, like a printed code, only as its keyed hash.
 */
export function memberCodeHash(secret: string, evaluationId: string, userId: string, memberKey: number): Uint8Array<ArrayBuffer> {
  const code = createHmac('sha256', secret).update(`member|${evaluationId}|${userId}|${memberKey}`, 'utf8').digest('base64url');
  return new Uint8Array(hashBallotCode(secret, code));
}
