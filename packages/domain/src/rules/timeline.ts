import { addDays, daysInclusive, endOfYear, minDay, type IsoDay } from '../time/days';
import { resolveRule, type EffectiveRule, type RuleValueRecord } from './resolve';

/**
 * Rules over time. A figure for a past or running period uses the rule in force on each day it
 * measures: a change on 1 July does not re-value January to June (DOMAIN-DETAIL §8.2).
 */

/** A stretch of days (both ends included) over which one value of a rule is in force. */
export interface RuleSpan extends EffectiveRule {
  from: IsoDay;
  to: IsoDay;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Splits the days from `from` to `to` by the rule's effective dates (the township's overrides
 * and the county's defaults alike), in order; neighbouring stretches with the same value merge.
 */
export function ruleSpans(key: string, tenantId: string, from: IsoDay, to: IsoDay, records: readonly RuleValueRecord[]): RuleSpan[] {
  if (to < from) throw new RangeError(`Empty period ${from} to ${to}`);
  // This rule's records for this township once: the overview asks every township's spans of each period.
  const own = records.filter((r) => r.key === key && (r.tenantId === null || r.tenantId === tenantId));
  const changes = [...new Set(own.filter((r) => r.effectiveFrom > from && r.effectiveFrom <= to).map((r) => r.effectiveFrom))].sort();
  const starts = [from, ...changes];
  const spans: RuleSpan[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : to;
    const effective = resolveRule(key, tenantId, start, own);
    const last = spans.at(-1);
    if (last && sameValue(last.value, effective.value)) last.to = end;
    else spans.push({ ...effective, from: start, to: end });
  });
  return spans;
}

/** The value in force on a day, from spans that cover it. */
export function valueOnDay(spans: readonly RuleSpan[], day: IsoDay): unknown {
  const span = spans.find((s) => s.from <= day && day <= s.to);
  if (!span) throw new RangeError(`No rule span covers ${day}`);
  return span.value;
}

/**
 * What a numeric rule asks of a period (a year, a quarter) when it changed during it: each day
 * carries its share of the period under the value in force that day. Two sessions a year until
 * 30 June and one from 1 July ask about 1.5 sessions of the year; callers round counts up.
 * Values that are not numbers (a rule left unset) make the answer null.
 */
export function periodRequirement(spans: readonly RuleSpan[], from: IsoDay, to: IsoDay, pick: (value: unknown) => number | null = numberOrNull): number | null {
  const total = daysInclusive(from, to);
  let sum = 0;
  for (const span of spans) {
    const start = span.from > from ? span.from : from;
    const end = span.to < to ? span.to : to;
    if (end < start) continue;
    const value = pick(span.value);
    if (value === null) return null;
    sum += value * daysInclusive(start, end);
  }
  return sum / total;
}

/** A count a period asks for: the period's requirement rounded up (a part-meeting is a meeting). */
export function periodCountRequirement(spans: readonly RuleSpan[], from: IsoDay, to: IsoDay): number {
  const requirement = periodRequirement(spans, from, to) ?? 0;
  // Guard against float noise: 3.0000000001 asks for 3.
  return Math.max(0, Math.ceil(requirement - 1e-9));
}

/** The same, or null when the rule is left unset on some day of the period ("not configured", never 0). */
export function configuredCountRequirement(spans: readonly RuleSpan[], from: IsoDay, to: IsoDay): number | null {
  const requirement = periodRequirement(spans, from, to);
  return requirement === null ? null : Math.max(0, Math.ceil(requirement - 1e-9));
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * The day a figure about a state (contacts kept, members on the presidium) is measured for a
 * year: today while the year runs (or is to come), its last day once it is over.
 */
export const stateDayFor = (year: number, today: IsoDay): IsoDay => minDay(today, endOfYear(year));
