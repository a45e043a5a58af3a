import { z } from 'zod';

/**
 * One-time ballot codes (投票码). Letters and digits that cannot be mistaken for each other
 * when read off paper or typed on a phone (no 0/O, 1/I/L). Ten of them carry about 49 bits:
 * with the API's limit on wrong codes per address, guessing one is hopeless. The API draws them
 * from a CSPRNG and stores only a keyed hash (docs/audit.md, "Anonymous ballots").
 */
export const BALLOT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BALLOT_CODE_LENGTH = 10;

/** What a person may type: any case, spaces and dashes anywhere. */
export function normaliseBallotCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function isBallotCode(code: string): boolean {
  return code.length === BALLOT_CODE_LENGTH && [...code].every((c) => BALLOT_CODE_ALPHABET.includes(c));
}

/** As printed: groups of four and the rest, `ABCD-EFGH-JK`. */
export function formatBallotCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A code from random numbers below the alphabet's length (the caller draws them with a CSPRNG). */
export function ballotCodeFrom(randomIndices: readonly number[]): string {
  if (randomIndices.length !== BALLOT_CODE_LENGTH) throw new Error(`A ballot code takes ${BALLOT_CODE_LENGTH} characters`);
  return randomIndices
    .map((i) => {
      const c = BALLOT_CODE_ALPHABET[i];
      if (c === undefined) throw new Error(`No character at ${i}`);
      return c;
    })
    .join('');
}

export const ballotCodeSchema = z
  .string()
  .max(40)
  .transform(normaliseBallotCode)
  .refine(isBallotCode, { message: `a ballot code has ${BALLOT_CODE_LENGTH} letters and digits` });
