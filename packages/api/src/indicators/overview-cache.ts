import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { INDICATOR_DEFINITIONS, periodRange, previousPeriod, type IndicatorPeriod } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { storedValuesFingerprint } from './engine';

/**
 * The overview of a period, kept while nothing it was computed from has changed. Its figures are
 * the value table's (computed in PostgreSQL); what the cache saves is reading them again and
 * scoring, ranking and explaining every cell (most of an overview's time). Each open still asks
 * the database for the fingerprint of the stored values it would read (overview's period and the
 * one before: count and sum of `computedAt`, which the refresh sets on every row it writes), and
 * the key holds every other input: the townships (names, kinds, statuses), the county's weights
 * and targets, the rule values, the time zone and whether it ranks. So a refresh that rewrote a
 * figure, a changed setting or rule, or a renamed or suspended township is a miss, never a stale
 * answer. A period of years ago that the job no longer rewrites stays cached; the current month
 * is computed again after each refresh that touched it. Custom ranges and anything counted from
 * the source tables for the answer (not in the table) are not kept: their inputs are records.
 *
 * Per API process (a second instance keeps its own); bounded by entries, each overview being a
 * few hundred kilobytes of objects.
 */
const MAX_ENTRIES = 32;
const cache = new LRUCache<string, object>({ max: MAX_ENTRIES });

/** What an overview is computed from besides the stored values (overview.ts's options). */
interface OverviewInputs {
  timeZone: string;
  townships: ReadonlyArray<{ id: string }>;
  period: IndicatorPeriod;
  settings: unknown;
  records: unknown;
  rank: boolean;
}

function keyOf(options: OverviewInputs, fingerprint: string): string {
  const { timeZone, townships, period, settings, records, rank } = options;
  return createHash('sha256').update(JSON.stringify({ timeZone, townships, period, settings, records, rank, fingerprint })).digest('base64');
}

/** The overview for these options: the kept one while its inputs are unchanged, else `compute`'s (kept when it came from the value table alone). */
export async function cachedOverview<T extends object>(tx: Tx, options: OverviewInputs, compute: () => Promise<{ overview: T; fromTable: boolean }>): Promise<T> {
  if (options.period.kind === 'custom' || options.townships.length === 0) return (await compute()).overview;
  const ranges = [periodRange(options.period), periodRange(previousPeriod(options.period))];
  const fingerprint = await storedValuesFingerprint(tx, options.townships.map((t) => t.id), INDICATOR_DEFINITIONS.map((i) => i.id), ranges);
  const key = keyOf(options, fingerprint);
  const kept = cache.get(key);
  if (kept) return kept as T;
  const { overview, fromTable } = await compute();
  if (fromTable) cache.set(key, overview);
  return overview;
}
