import { describe, expect, it } from 'vitest';
import { daysInclusive, quarterOf, yearsBetween } from '../time/days';
import { optionalText, phoneSchema, requiredText, ruleIssue } from './common';

describe('deputies area helpers', () => {
  it('counts whole years, a year turning on the birthday itself', () => {
    expect(yearsBetween('2003-06-15', '2021-06-14')).toBe(17);
    expect(yearsBetween('2003-06-15', '2021-06-15')).toBe(18);
    expect(yearsBetween('2003-06-15', '2021-05-20')).toBe(17);
    expect(yearsBetween('2003-06-15', '2021-07-01')).toBe(18);
    expect(yearsBetween('2003-06-15', '2021-06-16')).toBe(18);
  });

  it('counts days with both ends', () => {
    expect(daysInclusive('2026-03-10', '2026-03-10')).toBe(1);
    expect(daysInclusive('2026-02-27', '2026-03-02')).toBe(4);
    expect(daysInclusive('2025-12-31', '2026-01-01')).toBe(2);
  });

  it('names the quarter of a day', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('reads blank optional text and a blank phone as none', () => {
    expect(optionalText(5).parse('  ')).toBeNull();
    expect(optionalText(5).parse(' 备注 ')).toBe('备注');
    expect(optionalText(5).safeParse('123456').success).toBe(false);
    expect(requiredText(3).safeParse(' ').success).toBe(false);
    expect(requiredText(3).parse(' 张三 ')).toBe('张三');
    expect(phoneSchema.parse('')).toBeNull();
    expect(phoneSchema.parse(' 0731-8888888 ')).toBe('0731-8888888');
    expect(phoneSchema.parse('+86 (138) 0000')).toBe('+86 (138) 0000');
    expect(['1234', '1'.repeat(21), '138x0000000'].map((p) => phoneSchema.safeParse(p).success)).toEqual([false, false, false]);
  });

  it('makes a custom issue that carries both languages', () => {
    expect(ruleIssue(['a', 0], 'x', '中', 'en words')).toEqual({ code: 'custom', path: ['a', 0], input: 'x', message: 'en words', params: { zh: '中', en: 'en words' } });
  });
});
