import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DEFAULT_ATTACHMENT_MAX_BYTES, DEFAULT_MAX_BATCH_CALLS } from '@pcs/domain';
import { AppError } from './errors';

/**
 * How much one client may ask of the API (README "Reliability"). The counters live in memory:
 * the process's own, or, when the API runs as several worker processes (`apps/api`, PCS_API_WORKERS),
 * the primary process's, which all its workers ask (`CounterHome`).
 */
export interface ApiLimitSettings {
  /** HTTP requests per IP address per window, whatever they carry. */
  ipRequests: number;
  /** Procedure calls per signed-in user per window (a batch of five counts five). */
  userCalls: number;
  windowSeconds: number;
  /** Failed token checks per IP address per window before that address is blocked. */
  authFailures: number;
  authFailureWindowSeconds: number;
  authBlockSeconds: number;
  /** Calls in one batched HTTP request. */
  maxBatchCalls: number;
  /** Request bodies, checked against Content-Length and counted while streaming. */
  maxBodyBytes: number;
  /** One attachment, counted while its upload streams in (`attachments/http.ts`). */
  maxFileBytes: number;
  /** Attachments of one item. */
  maxFilesPerOwner: number;
  /** Proxies in front of the API whose X-Forwarded-For entries are trusted (0: use the socket's address). */
  trustedProxies: number;
  /** Anonymous grid-event reports per IP address per hour (the public report page). */
  publicReportsPerHour: number;
  /** Leading zero bits the public report page's proof of work must find (each bit doubles the work). */
  publicProofBits: number;
}

export const DEFAULT_LIMITS: ApiLimitSettings = {
  ipRequests: 1000,
  userCalls: 200,
  windowSeconds: 10,
  authFailures: 30,
  authFailureWindowSeconds: 60,
  authBlockSeconds: 60,
  maxBatchCalls: DEFAULT_MAX_BATCH_CALLS,
  maxBodyBytes: 4 * 1024 * 1024,
  maxFileBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
  maxFilesPerOwner: 20,
  trustedProxies: 0,
  publicReportsPerHour: 20,
  publicProofBits: 16,
};

const ENV_NAMES: Record<keyof ApiLimitSettings, string> = {
  ipRequests: 'PCS_LIMIT_IP_REQUESTS',
  userCalls: 'PCS_LIMIT_USER_CALLS',
  windowSeconds: 'PCS_LIMIT_WINDOW_SECONDS',
  authFailures: 'PCS_LIMIT_AUTH_FAILURES',
  authFailureWindowSeconds: 'PCS_LIMIT_AUTH_FAILURE_WINDOW_SECONDS',
  authBlockSeconds: 'PCS_LIMIT_AUTH_BLOCK_SECONDS',
  maxBatchCalls: 'PCS_LIMIT_BATCH_CALLS',
  maxBodyBytes: 'PCS_LIMIT_BODY_BYTES',
  maxFileBytes: 'PCS_LIMIT_FILE_BYTES',
  maxFilesPerOwner: 'PCS_LIMIT_FILES_PER_ITEM',
  trustedProxies: 'PCS_TRUSTED_PROXIES',
  publicReportsPerHour: 'PCS_LIMIT_PUBLIC_REPORTS_PER_HOUR',
  publicProofBits: 'PCS_PUBLIC_PROOF_BITS',
};

/** The defaults, with any of them overridden by its environment variable (a whole number). */
export function limitsFromEnv(env: Record<string, string | undefined> = process.env): ApiLimitSettings {
  const settings = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as Array<keyof ApiLimitSettings>) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${ENV_NAMES[key]} must be a whole number, not "${raw}"`);
    settings[key] = value;
  }
  return settings;
}

/** A refusal for going too fast; the HTTP layer turns `retryAfterSeconds` into `Retry-After`. */
export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', 'RATE_LIMITED');
  }
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Where counters live: in this process ('process'), or in the primary of the API's cluster
 * ('cluster': the workers ask it over IPC, so a limit holds for the machine, not per worker;
 * the primary holds a `RateLimiterClusterMaster`).
 */
export type CounterHome = 'process' | 'cluster';

/** What the API's worker processes share: where the counters live, and the key of the public page's challenges. */
export interface ProcessShare {
  home: CounterHome;
  /** Signs the public report page's proof-of-work challenges; a random key per process when unset. */
  proofOfWorkKey?: Buffer;
}

/** In the primary of the API's cluster: holds the counters its workers ask for ('cluster'). */
export function holdClusterCounters(): void {
  new RateLimiterClusterMaster();
}

/** A counter of `points` per `duration` seconds per key, kept where `home` says; keyPrefix names it across the cluster. */
export function counter(home: CounterHome, options: { keyPrefix: string; points: number; duration: number; blockDuration?: number }): RateLimiterAbstract {
  return home === 'cluster' ? new RateLimiterCluster(options) : new RateLimiterMemory(options);
}

/** Counts one against key; over the limit, a `RateLimited` refusal with its wait. */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw new RateLimited(retryAfter(refusal));
    throw refusal;
  }
}

/** The API's counters: per IP address, per user, and failed sign-ins per IP address. */
export class ApiLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perUser: RateLimiterAbstract;
  private readonly authFailures: RateLimiterAbstract;

  constructor(
    readonly settings: ApiLimitSettings,
    home: CounterHome = 'process',
  ) {
    this.perIp = counter(home, { keyPrefix: 'ip', points: settings.ipRequests, duration: settings.windowSeconds });
    this.perUser = counter(home, { keyPrefix: 'user', points: settings.userCalls, duration: settings.windowSeconds });
    this.authFailures = counter(home, {
      keyPrefix: 'auth',
      points: settings.authFailures,
      duration: settings.authFailureWindowSeconds,
      blockDuration: settings.authBlockSeconds,
    });
  }

  request(ip: string): Promise<void> {
    return spend(this.perIp, ip);
  }

  call(username: string): Promise<void> {
    return spend(this.perUser, username);
  }

  /** Refuses an address that has failed too many token checks, before its token is even looked at. */
  async refuseBlockedAddress(ip: string): Promise<void> {
    const state = await this.authFailures.get(ip);
    if (state && state.consumedPoints > this.settings.authFailures) throw new RateLimited(retryAfter(state));
  }

  async authFailed(ip: string): Promise<void> {
    await this.authFailures.consume(ip).catch((refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
    });
  }
}
