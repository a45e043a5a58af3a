import { performance } from 'node:perf_hooks';

export interface Timing {
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  samples: number;
}

/** Runs `fn` after a warm-up, `count` times in sequence, and returns the median, 95th percentile and mean. */
export async function timeEach(count: number, fn: () => Promise<unknown>, warmUp = 5): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95), meanMs: samples.reduce((s, x) => s + x, 0) / count, samples: count };
}

export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

export const fmt = (x: number) => x.toFixed(1);

/** A row of the printed table: the API's figures, the raw SQL's and their ratio. */
export function row(api: Timing, raw?: Timing) {
  return {
    p50_ms: fmt(api.p50Ms),
    p95_ms: fmt(api.p95Ms),
    raw_sql_p50_ms: raw ? fmt(raw.p50Ms) : '',
    raw_sql_p95_ms: raw ? fmt(raw.p95Ms) : '',
    ratio_p95: raw ? `${(api.p95Ms / raw.p95Ms).toFixed(2)}x` : '',
  };
}
