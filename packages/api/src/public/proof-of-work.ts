import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { leadingZeroBits } from '@pcs/domain';

/**
 * A captcha-free brake on anonymous reports: the page gets a signed challenge and must find a
 * nonce whose SHA-256 with it starts with `bits` zero bits (a second or two of a phone's time,
 * nothing for one honest report, costly for thousands). Each challenge is good once, for ten minutes.
 */
export class ProofOfWork {
  private readonly key = randomBytes(32);
  private readonly used = new Map<string, number>();

  constructor(
    readonly bits: number,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  issue(now = Date.now()): { challenge: string; bits: number } {
    const body = `${randomBytes(12).toString('hex')}.${now + this.ttlMs}.${this.bits}`;
    return { challenge: `${body}.${this.sign(body)}`, bits: this.bits };
  }

  /** Whether the nonce solves a challenge of ours that is neither expired nor used; marks it used. */
  redeem(challenge: string, nonce: string, now = Date.now()): boolean {
    const parts = challenge.split('.');
    if (parts.length !== 4) return false;
    const [salt, expires, bits, signature] = parts as [string, string, string, string];
    const expected = Buffer.from(this.sign(`${salt}.${expires}.${bits}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    if (Number(expires) < now || this.used.has(salt)) return false;
    const hash = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    if (leadingZeroBits(hash) < Number(bits)) return false;
    this.forgetExpired(now);
    this.used.set(salt, Number(expires));
    return true;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private forgetExpired(now: number) {
    for (const [salt, expires] of this.used) if (expires < now) this.used.delete(salt);
  }
}

/** What the page does, for tests and for the server's own check: the first nonce that solves the challenge. */
export function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) >= bits) return nonce;
  }
}
