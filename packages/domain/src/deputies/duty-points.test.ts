import { describe, expect, it } from 'vitest';
import { findRule } from '../rules/catalogue';
import { resolveRule } from '../rules/resolve';
import { computeDutyPoints, computeDutyPointsByDay, DEFAULT_DUTY_POINTS, dutyPointsSchema } from './duty-points';

describe('duty points', () => {
  it('multiplies each counted item by its points and sums them', () => {
    const result = computeDutyPoints({ inspection: 2, training: 1, session_present: 1, suggestion: 3 }, DEFAULT_DUTY_POINTS);
    expect(result.total).toBe(2 * 2 + 1 * 1 + 3 + 3 * 2);
    expect(result.lines.find((l) => l.item === 'suggestion')).toEqual({ item: 'suggestion', count: 3, points: 2, subtotal: 6 });
  });

  it('deducts for absence without leave', () => {
    expect(computeDutyPoints({ session_absent: 2 }, DEFAULT_DUTY_POINTS).total).toBe(-4);
  });

  it('scores items left out of a township rule as 0 and lists only counted items', () => {
    const result = computeDutyPoints({ inspection: 1, survey: 4, other: 0 }, { inspection: 5 });
    expect(result.total).toBe(5);
    expect(result.lines.map((l) => l.item)).toEqual(['inspection', 'survey']);
  });

  it('rounds fractional points to one decimal', () => {
    expect(computeDutyPoints({ voter_contact: 3 }, { voter_contact: 0.1 }).total).toBe(0.3);
    expect(computeDutyPoints({ voter_contact: 1 }, { voter_contact: 0.25 }).total).toBe(0.3);
    expect(computeDutyPoints({ voter_contact: 1, training: 1 }, { voter_contact: 0.04, training: 0.5 }).total).toBe(0.5);
  });

  it('lists items in the catalogue order, with points and subtotal, and skips items not counted', () => {
    const result = computeDutyPoints({ suggestion: 1, inspection: 1, session_absent: 1, training: 0, survey: -1 }, { inspection: 2, suggestion: 3, session_absent: -2 });
    expect(result).toEqual({
      total: 3,
      lines: [
        { item: 'inspection', count: 1, points: 2, subtotal: 2 },
        { item: 'session_absent', count: 1, points: -2, subtotal: -2 },
        { item: 'suggestion', count: 1, points: 3, subtotal: 3 },
      ],
    });
    expect(computeDutyPoints({}, DEFAULT_DUTY_POINTS)).toEqual({ total: 0, lines: [] });
  });

  it('bounds the points of an item', () => {
    expect(dutyPointsSchema.safeParse({ inspection: 100, session_absent: -100 }).success).toBe(true);
    expect(dutyPointsSchema.safeParse({ inspection: 100.5 }).success).toBe(false);
    expect(dutyPointsSchema.safeParse({ session_absent: -101 }).success).toBe(false);
    expect(dutyPointsSchema.parse({})).toEqual({});
  });

  it('is a catalogue rule whose default validates and a township may override', () => {
    const rule = findRule('deputy.duty_points');
    expect(rule).toBeDefined();
    expect(rule!.schema.safeParse(rule!.defaultValue).success).toBe(true);
    expect(dutyPointsSchema.safeParse({ inspection: 'many' }).success).toBe(false);
    expect(dutyPointsSchema.safeParse({ no_such_item: 1 }).success).toBe(false);
    const records = [
      { key: 'deputy.duty_points', tenantId: null, value: DEFAULT_DUTY_POINTS, effectiveFrom: '2020-01-01' },
      { key: 'deputy.duty_points', tenantId: 't1', value: { inspection: 4 }, effectiveFrom: '2026-07-01' },
    ];
    expect(resolveRule('deputy.duty_points', 't1', '2026-06-30', records).value).toEqual(DEFAULT_DUTY_POINTS);
    expect(resolveRule('deputy.duty_points', 't1', '2026-07-01', records).value).toEqual({ inspection: 4 });
    expect(resolveRule('deputy.duty_points', 't2', '2026-07-01', []).source).toBe('catalogue');
  });
});

describe('computeDutyPointsByDay', () => {
  const before = { inspection: 2, suggestion: 2 };
  const after = { inspection: 5, suggestion: 2 };
  const ruleOn = (day: string) => (day < '2026-07-01' ? before : after);

  it('scores each item by the rule of its own day', () => {
    const result = computeDutyPointsByDay(
      [
        { item: 'inspection', day: '2026-03-10' },
        { item: 'inspection', day: '2026-08-10' },
        { item: 'suggestion', day: '2026-02-01', count: 2 },
        { item: 'training', day: '2026-09-01' },
      ],
      ruleOn,
    );
    expect(result.total).toBe(2 + 5 + 4);
    expect(result.lines).toEqual([
      { item: 'inspection', count: 2, points: 3.5, subtotal: 7 },
      { item: 'training', count: 1, points: 0, subtotal: 0 },
      { item: 'suggestion', count: 2, points: 2, subtotal: 4 },
    ]);
  });

  it('agrees with computeDutyPoints when the rule never changed', () => {
    const items = [{ item: 'inspection' as const, day: '2026-03-10' }, { item: 'session_absent' as const, day: '2026-04-01' }];
    expect(computeDutyPointsByDay(items, () => DEFAULT_DUTY_POINTS)).toEqual(computeDutyPoints({ inspection: 1, session_absent: 1 }, DEFAULT_DUTY_POINTS));
  });
});
