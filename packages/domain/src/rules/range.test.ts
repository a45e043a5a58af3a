import { describe, expect, it } from 'vitest';
import { asRuleRange, formatRange, presidiumSizeCheck, rangeState } from './range';

describe('rule ranges', () => {
  it('reads a stored range, and nothing else', () => {
    expect(asRuleRange({ min: 7, max: 13 })).toEqual({ min: 7, max: 13 });
    expect([asRuleRange([7, 13]), asRuleRange(7), asRuleRange(null), asRuleRange({ min: 9, max: 3 })]).toEqual([null, null, null, null]);
  });

  it('places a number below, within or above, both ends included', () => {
    const range = { min: 7, max: 13 };
    expect([6, 7, 10, 13, 14].map((n) => rangeState(n, range))).toEqual(['below', 'within', 'within', 'within', 'above']);
    expect([formatRange(range), formatRange({ min: 3, max: 3 })]).toEqual(['7–13', '3']);
  });

  it('warns of a presidium outside the range, in both languages', () => {
    expect(presidiumSizeCheck(5, { min: 7, max: 13 })).toEqual({
      size: 5,
      range: { min: 7, max: 13 },
      state: 'below',
      warning: { zh: '主席团现有5人，少于规定的7–13人', en: 'The presidium has 5 member(s), fewer than the 7–13 the rule sets' },
    });
    expect(presidiumSizeCheck(8, { min: 5, max: 7 }).warning?.zh).toBe('主席团现有8人，多于规定的5–7人');
    expect(presidiumSizeCheck(7, { min: 7, max: 13 })).toMatchObject({ state: 'within', warning: null });
    expect(presidiumSizeCheck(7, 'x')).toEqual({ size: 7, range: null, state: null, warning: null });
  });
});
