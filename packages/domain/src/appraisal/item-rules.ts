import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { round3, type AppraisalItem, type ItemRule } from './rule-set';

/** What a scorer enters for an item, by its rule's kind. */
export const itemInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), points: z.number().min(0).max(100_000) }).strict(),
  z.object({ kind: z.literal('deduction'), occurrences: z.number().int().min(0).max(10_000) }).strict(),
  z.object({ kind: z.literal('pass_fail'), passed: z.boolean() }).strict(),
  z.object({ kind: z.literal('graded'), option: z.string().trim().min(1).max(40) }).strict(),
  z.object({ kind: z.literal('linear'), value: z.number().min(-1e9).max(1e9) }).strict(),
  z.object({ kind: z.literal('rank'), rank: z.number().int().min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('bonus'), units: z.number().min(0).max(10_000) }).strict(),
]);
export type ItemInput = z.infer<typeof itemInputSchema>;

export type ItemScoreOutcome = { ok: true; points: number } | { ok: false; field: string; message: BilingualMessage };

function refuse(field: string, zh: string, en: string): ItemScoreOutcome {
  return { ok: false, field, message: { zh, en } };
}

/**
 * The points an entry earns under the item's rule. An entry that does not fit the rule (points
 * above the maximum, an unknown choice, another rule's entry) is refused naming the field.
 */
export function scoreItem(item: Pick<AppraisalItem, 'max' | 'rule' | 'name'>, input: ItemInput): ItemScoreOutcome {
  const rule: ItemRule = item.rule;
  if (input.kind !== rule.kind) return refuse('input.kind', `该项按“${rule.kind}”计分`, `this item is scored by "${rule.kind}"`);
  switch (rule.kind) {
    case 'points': {
      const { points } = input as Extract<ItemInput, { kind: 'points' }>;
      if (points > item.max) return refuse('input.points', `得分 ${points} 超过该项分值 ${item.max}`, `${points} points exceed the item's maximum of ${item.max}`);
      return { ok: true, points: round3(points) };
    }
    case 'deduction': {
      const { occurrences } = input as Extract<ItemInput, { kind: 'deduction' }>;
      return { ok: true, points: round3(Math.max(rule.floor, item.max - rule.perOccurrence * occurrences)) };
    }
    case 'pass_fail':
      return { ok: true, points: (input as Extract<ItemInput, { kind: 'pass_fail' }>).passed ? item.max : rule.failPoints };
    case 'graded': {
      const option = rule.options.find((o) => o.key === (input as Extract<ItemInput, { kind: 'graded' }>).option);
      if (!option) return refuse('input.option', '没有这个档次', 'no such choice');
      return { ok: true, points: option.points };
    }
    case 'linear': {
      const { value } = input as Extract<ItemInput, { kind: 'linear' }>;
      const share = (value - rule.from) / (rule.to - rule.from);
      return { ok: true, points: round3(item.max * Math.min(1, Math.max(0, share))) };
    }
    case 'rank': {
      const { rank } = input as Extract<ItemInput, { kind: 'rank' }>;
      return { ok: true, points: rule.points[rank - 1] ?? rule.beyond };
    }
    case 'bonus': {
      const { units } = input as Extract<ItemInput, { kind: 'bonus' }>;
      return { ok: true, points: round3(Math.min(rule.cap, rule.perUnit * units)) };
    }
  }
}

/** A pass/fail item marked veto that failed (一票否决). */
export function vetoFailed(item: Pick<AppraisalItem, 'rule'>, input: ItemInput | undefined): boolean {
  return item.rule.kind === 'pass_fail' && item.rule.veto && input?.kind === 'pass_fail' && !input.passed;
}
