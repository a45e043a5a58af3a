import type { BilingualMessage } from '../common/messages';
import { ruleRangeSchema, type RuleRange } from './catalogue';

export type RangeState = 'below' | 'within' | 'above';

/** A stored range value, or null when the value is not a range (then the check says "not configured"). */
export function asRuleRange(value: unknown): RuleRange | null {
  const parsed = ruleRangeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function rangeState(n: number, range: RuleRange): RangeState {
  if (n < range.min) return 'below';
  return n > range.max ? 'above' : 'within';
}

/** "7–13" (a range with equal ends reads as one number). */
export function formatRange(range: RuleRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

/**
 * The presidium's size against `presidium.size_range` (seed 000: 「一般由7-13人组成」, seed 004:
 * 「一般由5-7人組成」): a warning when serving members fall outside it.
 */
export function presidiumSizeCheck(size: number, value: unknown): { size: number; range: RuleRange | null; state: RangeState | null; warning: BilingualMessage | null } {
  const range = asRuleRange(value);
  if (!range) return { size, range: null, state: null, warning: null };
  const state = rangeState(size, range);
  const warning =
    state === 'within'
      ? null
      : {
          zh: `主席团现有${size}人，${state === 'below' ? '少于' : '多于'}规定的${formatRange(range)}人`,
          en: `The presidium has ${size} member(s), ${state === 'below' ? 'fewer' : 'more'} than the ${formatRange(range)} the rule sets`,
        };
  return { size, range, state, warning };
}
