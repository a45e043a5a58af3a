import type { BilingualMessage } from '../common/messages';
import { asRuleRange, formatRange, rangeState, type RangeState } from '../rules/range';

/**
 * Key supervision topics of a year against `supervision.key_topics_per_year` (seed 004: 「每年…
 * 選擇2—3個有代表性的事項進行監督」): the matters of the year's supervision plan that were carried
 * out (at least one activity). Short only once the year is over; above the range is told, not faulted.
 */
export function keyTopicsFigure(carriedOut: number, planned: number, rule: unknown, yearOver: boolean): { carriedOut: number; planned: number; min: number; max: number; state: RangeState | 'open'; note: BilingualMessage } | null {
  const range = asRuleRange(rule);
  if (!range) return null;
  const state = rangeState(carriedOut, range);
  const shown = state === 'below' && !yearOver ? 'open' : state;
  const span = formatRange(range);
  const note =
    shown === 'below'
      ? { zh: `全年开展重点监督事项${carriedOut}项，少于规定的${span}项`, en: `${carriedOut} key supervision topic(s) carried out, fewer than the ${span} the rule sets` }
      : { zh: `已开展重点监督事项${carriedOut}项（规定每年${span}项）`, en: `${carriedOut} key supervision topic(s) carried out (the rule sets ${span} a year)` };
  return { carriedOut, planned, min: range.min, max: range.max, state: shown, note };
}
