/**
 * Test hooks of the Admin REST API: injected failures (to exercise provisioning retries) and a
 * request counter (to assert how many calls a feature made).
 */
export class AdminMonitor {
  #failNext = 0;
  #count = 0;

  /** Replaces any faults still pending: the next `count` admin requests answer 503. */
  setFaults(count: number): void {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('fault count must be a non-negative integer');
    this.#failNext = count;
  }

  /** Records one admin request; true if it must fail. */
  take(): boolean {
    this.#count += 1;
    if (this.#failNext === 0) return false;
    this.#failNext -= 1;
    return true;
  }

  get count(): number {
    return this.#count;
  }
}
