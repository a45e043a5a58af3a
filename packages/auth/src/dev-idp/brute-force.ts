/**
 * Keycloak's brute-force detection (realm "Security defenses"), as its
 * DefaultBruteForceProtector applies it: per user, a wait that grows with every `failureFactor`
 * failures, a minimum wait for failures quicker than `quickLoginCheckMilliSeconds`, and
 * failures forgotten after `maxDeltaTimeSeconds` or a successful login.
 */
export interface BruteForceSettings {
  failureFactor: number;
  waitIncrementSeconds: number;
  quickLoginCheckMilliSeconds: number;
  minimumQuickLoginWaitSeconds: number;
  maxFailureWaitSeconds: number;
  maxDeltaTimeSeconds: number;
}

/** Keycloak's defaults, written out in infra/keycloak/realm-pcs.json (a test keeps the two equal). */
export const KEYCLOAK_BRUTE_FORCE: BruteForceSettings = {
  failureFactor: 30,
  waitIncrementSeconds: 60,
  quickLoginCheckMilliSeconds: 1000,
  minimumQuickLoginWaitSeconds: 60,
  maxFailureWaitSeconds: 900,
  maxDeltaTimeSeconds: 43_200,
};

interface LoginFailures {
  count: number;
  lastFailure: number;
  notBefore: number;
}

export class BruteForceProtector {
  readonly #failures = new Map<string, LoginFailures>();

  constructor(
    private readonly settings: BruteForceSettings,
    private readonly now: () => number,
  ) {}

  /** While true the user cannot sign in, even with the right password. */
  isTemporarilyDisabled(userId: string): boolean {
    const failures = this.#failures.get(userId);
    return failures !== undefined && this.now() < failures.notBefore;
  }

  failure(userId: string): void {
    const now = this.now();
    const failures = this.#failures.get(userId) ?? { count: 0, lastFailure: 0, notBefore: 0 };
    const previous = failures.lastFailure;
    const delta = previous > 0 ? now - previous : 0;
    if (delta > this.settings.maxDeltaTimeSeconds * 1000) failures.count = 0;
    failures.lastFailure = now;
    failures.count += 1;
    let waitSeconds = this.settings.waitIncrementSeconds * Math.floor(failures.count / this.settings.failureFactor);
    if (waitSeconds === 0 && previous > 0 && delta < this.settings.quickLoginCheckMilliSeconds) waitSeconds = this.settings.minimumQuickLoginWaitSeconds;
    if (waitSeconds > 0) failures.notBefore = now + Math.min(waitSeconds, this.settings.maxFailureWaitSeconds) * 1000;
    this.#failures.set(userId, failures);
  }

  success(userId: string): void {
    this.#failures.delete(userId);
  }
}
