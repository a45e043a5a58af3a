import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { leadingZeroBits } from '@pcs/domain';
import { counter, type CounterHome } from '../limits';

/**
 * A captcha-free brake on anonymous reports: the page gets a signed challenge and must find a
 * nonce whose SHA-256 with it starts with `bits` zero bits (a second or two of a phone's time,
 * nothing for one honest report, costly for thousands). Each challenge is good once, for ten minutes.
 */
export class ProofOfWork {
  /** The challenges' signing key: the same in every worker of the API (a challenge one issues, another accepts). */
  private readonly key: Buffer;
  /** Redeemed challenges, one point each for their lifetime: a second redemption is over the limit. */
  private readonly used: RateLimiterAbstract;

  constructor(
    readonly bits: number,
    options: { key?: Buffer; home?: CounterHome } = {},
    private readonly ttlMs = 10 * 60_000,
  ) {
    this.key = options.key ?? randomBytes(32);
    this.used = counter(options.home ?? 'process', { keyPrefix: 'proof-of-work', points: 1, duration: Math.ceil(ttlMs / 1000) });
  }

  issue(now = Date.now()): { challenge: string; bits: number } {
    const body = `${randomBytes(12).toString('hex')}.${now + this.ttlMs}.${this.bits}`;
    return { challenge: `${body}.${this.sign(body)}`, bits: this.bits };
  }

  /** Whether the nonce solves a challenge of ours that is neither expired nor used; marks it used. */
  async redeem(challenge: string, nonce: string, now = Date.now()): Promise<boolean> {
    const parts = challenge.split('.');
    if (parts.length !== 4) return false;
    const [salt, expires, bits, signature] = parts as [string, string, string, string];
    const expected = Buffer.from(this.sign(`${salt}.${expires}.${bits}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    if (Number(expires) < now) return false;
    const hash = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    if (leadingZeroBits(hash) < Number(bits)) return false;
    // The first redemption takes the challenge's one point; the counter decides, so two workers cannot both accept it.
    return this.used.consume(salt).then(
      () => true,
      (refusal: unknown) => {
        if (refusal instanceof RateLimiterRes) return false;
        throw refusal;
      },
    );
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** What the page does, for tests and for the server's own check: the first nonce that solves the challenge. */
export function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) >= bits) return nonce;
  }
}
