import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I): the password is read off a screen and typed once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time password that the identity provider makes the user change at first login. */
export function temporaryPassword(length = 12): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
